import type { Kysely } from 'kysely';
import { type DialectKind, textType, withId } from '../dialect';

/** Every record people edit, each of which now carries the version a write must name. */
export const VERSIONED_TABLES = ['organisations', 'projects', 'phases', 'partnerships', 'show_and_tells', 'outputs', 'updates'] as const;

/**
 * Editing without silent overwrites, and a record of every change. Each editable record gets a
 * `version`, which a write names and raises (a stale one is refused); `history` keeps who
 * changed what, when, with the record before and after, written in the change's own
 * transaction. History has no foreign key to a project, so it outlives a deleted one, and keeps
 * the person's name as it was, so it outlives a removed account.
 */
export function historyMigration(dialect: DialectKind) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const text = textType(dialect);
      for (const table of VERSIONED_TABLES) {
        await db.schema
          .alterTable(table)
          .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
          .execute();
      }
      await withId(db.schema.createTable('history'), dialect)
        .addColumn('at', text, (col) => col.notNull())
        .addColumn('user_id', 'integer', (col) => col.references('users.id').onDelete('set null'))
        .addColumn('actor_name', text, (col) => col.notNull())
        .addColumn('project_id', 'integer')
        .addColumn('record_type', text, (col) => col.notNull())
        .addColumn('record_id', 'integer', (col) => col.notNull())
        .addColumn('action', text, (col) => col.notNull())
        .addColumn('before_json', text)
        .addColumn('after_json', text)
        .execute();
      // A project's history, and one person's, newest first; the whole log reads by id.
      await db.schema.createIndex('history_project_idx').on('history').columns(['project_id', 'id']).execute();
      await db.schema.createIndex('history_user_idx').on('history').columns(['user_id', 'id']).execute();
    },

    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('history').execute();
      for (const table of VERSIONED_TABLES) await db.schema.alterTable(table).dropColumn('version').execute();
    },
  };
}
