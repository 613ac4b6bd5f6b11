// Migration 0002: the sync tables: wards, devices, enrolment codes, records and the quarantine.
// Migrations never change once released: later changes are new migrations.
//
// Counters (seqs, mutation ids) are `bigint`: on SQLite every integer is 64-bit anyway. Times are ISO
// text (see database-schema.ts). Record bodies are JSON text on both databases: the server only ever
// reads a record whole, never queries inside it.
import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

const isPostgres = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof PostgresAdapter;

export const createSyncTables: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('wards')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('name', 'text', (column) => column.notNull().unique())
      .addColumn('last_seq', 'bigint', (column) => column.notNull().defaultTo(0))
      .addColumn('staff_pin_salt', 'text')
      .addColumn('staff_pin_hash', 'text')
      .addColumn('staff_pin_iterations', 'integer')
      .addColumn('escalation_text', 'text')
      .addColumn('mode_of_collection', 'text')
      .addColumn('created_at', 'text', (column) => column.notNull())
      .execute();

    await db.schema
      .createTable('devices')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('ward_id', 'text', (column) => column.notNull().references('wards.id'))
      .addColumn('role', 'text', (column) => column.notNull().check(sql`role in ('kiosk', 'staff')`))
      .addColumn('token_hash', 'text', (column) => column.notNull().unique())
      .addColumn('last_mutation_id', 'bigint', (column) => column.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('last_seen_at', 'text')
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema.createIndex('devices_ward_id').on('devices').column('ward_id').execute();

    await db.schema
      .createTable('enrolment_codes')
      .addColumn('code_hash', 'text', (column) => column.primaryKey())
      .addColumn('ward_id', 'text', (column) => column.notNull().references('wards.id'))
      .addColumn('role', 'text', (column) => column.notNull().check(sql`role in ('kiosk', 'staff')`))
      .addColumn('expires_at', 'text', (column) => column.notNull())
      .addColumn('used_at', 'text')
      .addColumn('used_by_device', 'text')
      .execute();

    await db.schema
      .createTable('records')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('ward_id', 'text', (column) => column.notNull().references('wards.id'))
      .addColumn('record_type', 'text', (column) => column.notNull())
      .addColumn('body', 'text', (column) => column.notNull())
      .addColumn('seq', 'bigint', (column) => column.notNull())
      .addColumn('created_by_device', 'text', (column) => column.notNull())
      .addColumn('received_at', 'text', (column) => column.notNull())
      .addUniqueConstraint('records_ward_id_seq', ['ward_id', 'seq'])
      .execute();
    // The unique constraint already indexes (ward_id, seq) for staff pulls; kiosks pull ideas only.
    await db.schema
      .createIndex('records_ward_id_record_type_seq')
      .on('records')
      .columns(['ward_id', 'record_type', 'seq'])
      .execute();

    await db.schema
      .createTable('quarantine')
      // SQLite accepts AUTOINCREMENT only on a column typed exactly INTEGER PRIMARY KEY.
      .addColumn('id', isPostgres(db) ? 'bigint' : 'integer', (column) =>
        isPostgres(db)
          ? column.primaryKey().generatedByDefaultAsIdentity()
          : column.primaryKey().autoIncrement(),
      )
      .addColumn('ward_id', 'text', (column) => column.notNull().references('wards.id'))
      .addColumn('device_id', 'text', (column) => column.notNull().references('devices.id'))
      .addColumn('mutation_id', 'bigint', (column) => column.notNull())
      .addColumn('record_type', 'text', (column) => column.notNull())
      .addColumn('record_id', 'text', (column) => column.notNull())
      .addColumn('payload', 'text', (column) => column.notNull())
      .addColumn('reason', 'text', (column) => column.notNull())
      .addColumn('received_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('quarantine_ward_id').on('quarantine').columns(['ward_id', 'id']).execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['quarantine', 'records', 'enrolment_codes', 'devices', 'wards']) {
      await db.schema.dropTable(table).execute();
    }
  },
};
