import { type Kysely, sql } from 'kysely';
import { type DialectKind, textType, withId } from '../dialect';
import { RECHECK_NOW } from './0003-scale';

/**
 * Delivery confidence and the portfolio at a glance (decision 0015): managers' ratings, kept as
 * a history, and the fields the table sorts by and the overview counts by, stored on each
 * project as its current phase is (kept by server/db/queries/project-derived.ts). Existing
 * projects are marked to be worked out at the next read, so this migration copies no rule.
 */
export function deliveryMigration(dialect: DialectKind) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const text = textType(dialect);
      await withId(db.schema.createTable('delivery_ratings'), dialect)
        .addColumn('project_id', 'integer', (col) => col.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('rating', text, (col) => col.notNull())
        .addColumn('reason', text, (col) => col.notNull())
        .addColumn('rated_on', text, (col) => col.notNull())
        .addColumn('rated_by', 'integer', (col) => col.references('users.id').onDelete('set null'))
        .addColumn('rated_by_name', text, (col) => col.notNull())
        .addColumn('created_at', text, (col) => col.notNull())
        .execute();
      // A project's ratings newest first; its current rating is the first of them.
      await db.schema.createIndex('delivery_ratings_project_idx').on('delivery_ratings').columns(['project_id', 'rated_on', 'id']).execute();

      // The day a project was added: before it, a project with no update yet is not quiet. Null for those added before this migration.
      await db.schema.alterTable('projects').addColumn('created_on', text).execute();
      for (const column of ['lead_sort', 'planned_end_on', 'latest_update_on', 'quiet_from', 'overrun_from', 'confidence', 'confidence_on']) {
        await db.schema.alterTable('projects').addColumn(column, text).execute();
      }
      for (const column of ['phase_rank', 'funding_pounds', 'confidence_rank']) {
        await db.schema.alterTable('projects').addColumn(column, 'integer').execute();
      }
      await sql`update projects set recheck_on = ${RECHECK_NOW}`.execute(db);
    },

    async down(db: Kysely<unknown>): Promise<void> {
      for (const column of [
        'confidence_rank',
        'funding_pounds',
        'phase_rank',
        'confidence_on',
        'confidence',
        'overrun_from',
        'quiet_from',
        'latest_update_on',
        'planned_end_on',
        'lead_sort',
        'created_on',
      ]) {
        await db.schema.alterTable('projects').dropColumn(column).execute();
      }
      await db.schema.dropTable('delivery_ratings').execute();
    },
  };
}
