// Test helper: the headers a current client sends to the sync API (SPEC VER-1), with its token.
import { SCHEMA_VERSION } from '../../domain/shared/schema-version';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, SCHEMA_HEADER } from '../../sync/protocol';

export const apiHeaders = (token?: string): Record<string, string> => ({
  [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
  [SCHEMA_HEADER]: String(SCHEMA_VERSION),
  ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
});
