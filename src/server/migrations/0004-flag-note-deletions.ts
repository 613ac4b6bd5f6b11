// Migration 0004: identifier flags may name a noteDeletion, whose reason is free text staff type
// (SPEC PUSH-6, NOTE-2), as well as a feedbackResponse or a note. Only the check on record_type
// changes; the flags already written are kept as they are.
// Migrations never change once released: later changes are new migrations.
//
// PostgreSQL changes the check in place. SQLite cannot alter a check, so the table is rebuilt the way
// SQLite's documentation describes (new table, copy, drop, rename), in one transaction: Kysely runs
// SQLite migrations outside a transaction, and a rebuild cut short must leave the old table whole.
import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

const isPostgres = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof PostgresAdapter;

/** PostgreSQL's name for 0003's column check (`<table>_<column>_check`), kept by 0004. */
const checkName = 'identifier_flags_record_type_check';

const rebuildOnSqlite = async (db: Kysely<unknown>, recordTypes: readonly string[]): Promise<void> => {
  const allowed = sql.join(recordTypes.map((type) => sql.lit(type)));
  await db.transaction().execute(async (transaction) => {
    await transaction.schema
      .createTable('identifier_flags_next')
      .addColumn('record_id', 'text', (column) => column.primaryKey())
      .addColumn('record_type', 'text', (column) => column.notNull().check(sql`record_type in (${allowed})`))
      .addColumn('ward_id', 'text', (column) => column.notNull().references('wards.id'))
      .addColumn('kinds', 'text', (column) => column.notNull())
      .addColumn('flagged_at', 'text', (column) => column.notNull())
      .execute();
    await sql`insert into identifier_flags_next (record_id, record_type, ward_id, kinds, flagged_at)
      select record_id, record_type, ward_id, kinds, flagged_at from identifier_flags`.execute(transaction);
    await transaction.schema.dropTable('identifier_flags').execute();
    await transaction.schema.alterTable('identifier_flags_next').renameTo('identifier_flags').execute();
    await transaction.schema
      .createIndex('identifier_flags_ward_id_flagged_at')
      .on('identifier_flags')
      .columns(['ward_id', 'flagged_at'])
      .execute();
  });
};

const allowOnPostgres = async (db: Kysely<unknown>, recordTypes: readonly string[]): Promise<void> => {
  const allowed = sql.join(recordTypes.map((type) => sql.lit(type)));
  await sql`alter table identifier_flags drop constraint ${sql.id(checkName)},
    add constraint ${sql.id(checkName)} check (record_type in (${allowed}))`.execute(db);
};

const allow = (db: Kysely<unknown>, recordTypes: readonly string[]): Promise<void> =>
  isPostgres(db) ? allowOnPostgres(db, recordTypes) : rebuildOnSqlite(db, recordTypes);

export const flagNoteDeletions: Migration = {
  async up(db: Kysely<unknown>) {
    await allow(db, ['feedbackResponse', 'note', 'noteDeletion']);
  },
  async down(db: Kysely<unknown>) {
    // The flags of deletion reasons cannot be kept under 0003's check.
    await sql`delete from identifier_flags where record_type = 'noteDeletion'`.execute(db);
    await allow(db, ['feedbackResponse', 'note']);
  },
};
