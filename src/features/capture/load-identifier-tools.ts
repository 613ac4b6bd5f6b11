import type * as IdentifierToolsModule from './identifier-tools';

/** The redactor's parts, once their chunk has loaded. */
export type IdentifierTools = typeof IdentifierToolsModule;

let loading: Promise<IdentifierTools> | undefined;

/** The redactor's chunk, fetched once; a failed fetch (offline before it was cached) is retried next time. */
export const loadIdentifierTools = (): Promise<IdentifierTools> => {
  loading ??= import('./identifier-tools').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
};
