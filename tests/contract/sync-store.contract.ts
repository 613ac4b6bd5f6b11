// The SyncStore contract (SPEC rule ids in the test names): every storage backend must pass all of it.
// tests/contract/sync-store.test.ts runs it on SQLite always and on PostgreSQL when DATABASE_URL is set.
import { describe } from 'vitest';
import type { MakeStore } from './contract-setup';
import { devicesContract } from './devices.contract';
import { identifierFlagsContract } from './identifier-flags.contract';
import { notesContract } from './notes.contract';
import { pullContract } from './pull.contract';
import { pushContract } from './push.contract';

export type { MakeStore, StoreUnderTest } from './contract-setup';

export const syncStoreContract = (name: string, makeStore: MakeStore): void => {
  describe(`SyncStore contract on ${name}`, () => {
    describe('devices', () => devicesContract(makeStore));
    describe('push', () => pushContract(makeStore));
    describe('pull', () => pullContract(makeStore));
    describe('identifier flags and ward settings', () => identifierFlagsContract(makeStore));
    describe('notes', () => notesContract(makeStore));
  });
};
