import { type Kysely, sql } from 'kysely';
import { type DialectKind, textType } from '../dialect';

/** A day before any real one: a project whose recheck day is this is worked out again at the next read. */
export const RECHECK_NOW = '0000-01-01';

/**
 * What the portfolio needs to stay fast at thousands of projects: the fields its list filters
 * and sorts by, stored on each project, and indexes for every list and detail query. The stored
 * fields are derived (see server/db/queries/project-derived.ts); existing projects are marked to
 * be worked out at the next start, so this migration needs no copy of the rules that derive them.
 */
export function scaleMigration(dialect: DialectKind) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const text = textType(dialect);
      await db.schema.alterTable('projects').addColumn('sort_name', text, (col) => col.notNull().defaultTo('')).execute();
      await db.schema.alterTable('projects').addColumn('search_text', text, (col) => col.notNull().defaultTo('')).execute();
      await db.schema.alterTable('projects').addColumn('current_phase_id', 'integer').execute();
      await db.schema.alterTable('projects').addColumn('current_phase_kind', text).execute();
      // Any new project is worked out at the next read even if the code that added it forgot to.
      await db.schema.alterTable('projects').addColumn('recheck_on', text, (col) => col.defaultTo(RECHECK_NOW)).execute();
      await sql`update projects set recheck_on = ${RECHECK_NOW}`.execute(db);

      await db.schema.createIndex('projects_sort_idx').on('projects').columns(['sort_name', 'id']).execute();
      await db.schema.createIndex('projects_phase_sort_idx').on('projects').columns(['current_phase_kind', 'sort_name', 'id']).execute();
      await db.schema.createIndex('projects_status_sort_idx').on('projects').columns(['status', 'sort_name', 'id']).execute();
      await db.schema.createIndex('projects_recheck_idx').on('projects').column('recheck_on').execute();

      await db.schema.createIndex('show_and_tells_project_idx').on('show_and_tells').columns(['project_id', 'held_on']).execute();
      await db.schema.createIndex('outputs_project_idx').on('outputs').column('project_id').execute();
      await db.schema.createIndex('update_links_update_idx').on('update_links').columns(['update_id', 'position']).execute();

      // A project's updates newest first (all of them, for those who may see drafts), and its
      // approved ones newest first (the public page, and the latest update on a card).
      await db.schema.dropIndex('updates_project_idx').execute();
      await db.schema.createIndex('updates_project_idx').on('updates').columns(['project_id', 'published_on', 'id']).execute();
      await db.schema
        .createIndex('updates_project_status_idx')
        .on('updates')
        .columns(['project_id', 'status', 'published_on', 'id'])
        .execute();

      // Counting an organisation's projects by role reads this index alone.
      await db.schema.dropIndex('partnerships_organisation_idx').execute();
      await db.schema
        .createIndex('partnerships_organisation_idx')
        .on('partnerships')
        .columns(['organisation_id', 'role', 'project_id'])
        .execute();
    },

    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('partnerships_organisation_idx').execute();
      await db.schema.createIndex('partnerships_organisation_idx').on('partnerships').column('organisation_id').execute();
      await db.schema.dropIndex('updates_project_status_idx').execute();
      await db.schema.dropIndex('updates_project_idx').execute();
      await db.schema.createIndex('updates_project_idx').on('updates').columns(['project_id', 'published_on']).execute();
      for (const index of [
        'update_links_update_idx',
        'outputs_project_idx',
        'show_and_tells_project_idx',
        'projects_recheck_idx',
        'projects_status_sort_idx',
        'projects_phase_sort_idx',
        'projects_sort_idx',
      ]) {
        await db.schema.dropIndex(index).execute();
      }
      for (const column of ['recheck_on', 'current_phase_kind', 'current_phase_id', 'search_text', 'sort_name']) {
        await db.schema.alterTable('projects').dropColumn(column).execute();
      }
    },
  };
}
