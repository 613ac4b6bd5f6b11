// Every migration, listed by hand instead of found by scanning a folder, so that tsx, tests and any
// bundler see the same set. Names sort in the order they run; append only.
import type { Migration } from 'kysely';
import { createServerMeta } from './0001-create-server-meta';
import { createSyncTables } from './0002-create-sync-tables';
import { createIdentifierFlags } from './0003-create-identifier-flags';
import { flagNoteDeletions } from './0004-flag-note-deletions';

export const migrations: Readonly<Record<string, Migration>> = {
  '0001-create-server-meta': createServerMeta,
  '0002-create-sync-tables': createSyncTables,
  '0003-create-identifier-flags': createIdentifierFlags,
  '0004-flag-note-deletions': flagNoteDeletions,
};
