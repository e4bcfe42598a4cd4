import { type Kysely, sql } from 'kysely';
import { type DialectKind, textType, withId } from '../dialect';

/**
 * The portfolio: organisations, projects and what happens in them.
 */
export function portfolioMigration(dialect: DialectKind) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const text = textType(dialect);
      await withId(db.schema.createTable('organisations'), dialect)
        .addColumn('slug', text, (col) => col.notNull().unique())
        .addColumn('name', text, (col) => col.notNull())
        .addColumn('kind', text, (col) => col.notNull())
        .addColumn('website', text)
        .execute();

      await withId(db.schema.createTable('projects'), dialect)
        .addColumn('slug', text, (col) => col.notNull().unique())
        .addColumn('name', text, (col) => col.notNull())
        .addColumn('summary', text)
        .addColumn('status', text, (col) => col.notNull())
        .addColumn('funding_stream', text)
        .addColumn('website_url', text)
        .addColumn('repository_url', text)
        .addColumn('blog_url', text)
        .execute();

      await withId(db.schema.createTable('phases'), dialect)
        .addColumn('project_id', 'integer', (col) => col.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('position', 'integer', (col) => col.notNull())
        .addColumn('kind', text)
        .addColumn('label', text)
        .addColumn('status', text)
        .addColumn('started_on', text)
        .addColumn('planned_weeks', 'integer')
        .addColumn('planned_end_on', text)
        .addColumn('ended_on', text)
        .addColumn('funding_amount_pounds', 'integer')
        .addColumn('funding_stream', text)
        .addColumn('outcome', text)
        .addColumn('reported_week', 'integer')
        .addColumn('reported_on', text)
        .addUniqueConstraint('phases_project_position_unique', ['project_id', 'position'])
        .execute();

      await withId(db.schema.createTable('partnerships'), dialect)
        .addColumn('project_id', 'integer', (col) => col.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('organisation_id', 'integer', (col) =>
          col.notNull().references('organisations.id').onDelete('restrict'),
        )
        .addColumn('role', text, (col) => col.notNull())
        .addColumn('phase_id', 'integer', (col) => col.references('phases.id').onDelete('cascade'))
        .addColumn('joined_on', text)
        .addColumn('left_on', text)
        .addColumn('note', text)
        .execute();
      await db.schema.createIndex('partnerships_organisation_idx').on('partnerships').column('organisation_id').execute();
      await db.schema.createIndex('partnerships_project_idx').on('partnerships').column('project_id').execute();

      await withId(db.schema.createTable('show_and_tells'), dialect)
        .addColumn('project_id', 'integer', (col) => col.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('held_on', text)
        .addColumn('title', text, (col) => col.notNull())
        .addColumn('sprint', 'integer')
        .addColumn('summary', text)
        .addColumn('slides_url', text)
        .addColumn('recording_url', text)
        .execute();

      await withId(db.schema.createTable('outputs'), dialect)
        .addColumn('project_id', 'integer', (col) => col.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('kind', text, (col) => col.notNull())
        .addColumn('title', text, (col) => col.notNull())
        .addColumn('description', text)
        .addColumn('url', text)
        .addColumn('occurs_on', text)
        .execute();

      await withId(db.schema.createTable('updates'), dialect)
        .addColumn('project_id', 'integer', (col) => col.references('projects.id').onDelete('cascade'))
        .addColumn('headline', text, (col) => col.notNull())
        .addColumn('body_markdown', text, (col) => col.notNull())
        .addColumn('status', text, (col) => col.notNull())
        .addColumn('published_on', text, (col) => col.notNull())
        .addColumn('created_at', text, (col) => col.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
        .addColumn('updated_at', text, (col) => col.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
        .execute();
      await db.schema.createIndex('updates_project_idx').on('updates').columns(['project_id', 'published_on']).execute();

      await withId(db.schema.createTable('update_links'), dialect)
        .addColumn('update_id', 'integer', (col) => col.notNull().references('updates.id').onDelete('cascade'))
        .addColumn('position', 'integer', (col) => col.notNull())
        .addColumn('title', text, (col) => col.notNull())
        .addColumn('url', text, (col) => col.notNull())
        .execute();
    },

    async down(db: Kysely<unknown>): Promise<void> {
      for (const table of [
        'update_links',
        'updates',
        'outputs',
        'show_and_tells',
        'partnerships',
        'phases',
        'projects',
        'organisations',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
