// Migration 0001: server_meta, a key/value table for server-wide settings such as the epoch.
// Migrations never change once released: later changes are new migrations.
import type { Kysely, Migration } from 'kysely';

export const createServerMeta: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('server_meta')
      .addColumn('key', 'text', (column) => column.primaryKey())
      .addColumn('value', 'text', (column) => column.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('server_meta').execute();
  },
};
