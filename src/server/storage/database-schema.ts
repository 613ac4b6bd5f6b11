// The server's tables as Kysely sees them. Each table here is created by a migration in
// src/server/migrations; the two must change together.
import type { Selectable } from 'kysely';

/** Server-wide settings as key/value text, e.g. the `epoch` that changes when a backup is restored. */
export type ServerMetaTable = {
  key: string;
  value: string;
};

export type ServerMeta = Selectable<ServerMetaTable>;

export type DatabaseSchema = {
  server_meta: ServerMetaTable;
};
