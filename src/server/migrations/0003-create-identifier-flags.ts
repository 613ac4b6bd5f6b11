// Migration 0003: identifier_flags, the records in which the server's own identifier check found
// something (an NHS number, a phone number, a name after a title …), for staff to review. A flag holds
// which kinds were found and how many of each, never the text or the values found.
// Migrations never change once released: later changes are new migrations.
import { sql, type Kysely, type Migration } from 'kysely';

export const createIdentifierFlags: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('identifier_flags')
      // One flag per record: a record is stored once (PUSH-3), so it is checked once. No foreign key
      // to records, so that removing records under a retention policy is not blocked by their flags.
      .addColumn('record_id', 'text', (column) => column.primaryKey())
      .addColumn('record_type', 'text', (column) =>
        column.notNull().check(sql`record_type in ('feedbackResponse', 'note')`),
      )
      .addColumn('ward_id', 'text', (column) => column.notNull().references('wards.id'))
      // JSON text: `[{ "kind": "phone-number", "count": 1 }, …]` in REDACTION_KINDS order.
      .addColumn('kinds', 'text', (column) => column.notNull())
      .addColumn('flagged_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex('identifier_flags_ward_id_flagged_at')
      .on('identifier_flags')
      .columns(['ward_id', 'flagged_at'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('identifier_flags').execute();
  },
};
