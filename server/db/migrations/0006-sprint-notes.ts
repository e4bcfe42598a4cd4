import type { Kysely } from 'kysely';
import { type DialectKind, textType, withId } from '../dialect';

/**
 * Sprint Notes issues: their sections, the updates each section uses in order, and project
 * headings written for one issue. An update carries the published issue that used it, so "not
 * used yet" is one indexed condition and two issues cannot both take it (decision 0014).
 */
export function sprintNotesMigration(dialect: DialectKind) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const text = textType(dialect);
      await withId(db.schema.createTable('sprint_notes'), dialect)
        .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
        .addColumn('number', 'integer', (col) => col.notNull().unique())
        .addColumn('covers_from', text, (col) => col.notNull())
        .addColumn('covers_to', text, (col) => col.notNull())
        .addColumn('intro_markdown', text, (col) => col.notNull())
        .addColumn('closing_markdown', text, (col) => col.notNull())
        .addColumn('status', text, (col) => col.notNull())
        .addColumn('published_on', text)
        .addColumn('published_url', text)
        .addColumn('created_at', text, (col) => col.notNull())
        .addColumn('updated_at', text, (col) => col.notNull())
        .execute();
      // The archive and the feed list published issues newest first.
      await db.schema.createIndex('sprint_notes_status_idx').on('sprint_notes').columns(['status', 'number']).execute();

      await withId(db.schema.createTable('sprint_note_sections'), dialect)
        .addColumn('sprint_note_id', 'integer', (col) => col.notNull().references('sprint_notes.id').onDelete('cascade'))
        .addColumn('position', 'integer', (col) => col.notNull())
        .addColumn('kind', text, (col) => col.notNull())
        .addColumn('name', text, (col) => col.notNull())
        .addColumn('intro_markdown', text, (col) => col.notNull())
        .addUniqueConstraint('sprint_note_sections_position_unique', ['sprint_note_id', 'position'])
        .execute();

      await withId(db.schema.createTable('sprint_note_items'), dialect)
        .addColumn('sprint_note_id', 'integer', (col) => col.notNull().references('sprint_notes.id').onDelete('cascade'))
        .addColumn('section_id', 'integer', (col) => col.notNull().references('sprint_note_sections.id').onDelete('cascade'))
        .addColumn('position', 'integer', (col) => col.notNull())
        // A draft that uses an update loses the item if the update is deleted; a published issue's updates cannot be (the route refuses).
        .addColumn('update_id', 'integer', (col) => col.notNull().references('updates.id').onDelete('cascade'))
        .addColumn('headline', text)
        .addColumn('body_markdown', text)
        .addUniqueConstraint('sprint_note_items_update_unique', ['sprint_note_id', 'update_id'])
        .execute();
      await db.schema.createIndex('sprint_note_items_section_idx').on('sprint_note_items').columns(['section_id', 'position']).execute();
      await db.schema.createIndex('sprint_note_items_update_idx').on('sprint_note_items').column('update_id').execute();

      await withId(db.schema.createTable('sprint_note_headings'), dialect)
        .addColumn('sprint_note_id', 'integer', (col) => col.notNull().references('sprint_notes.id').onDelete('cascade'))
        .addColumn('project_id', 'integer', (col) => col.notNull().references('projects.id').onDelete('cascade'))
        .addColumn('heading', text, (col) => col.notNull())
        .addUniqueConstraint('sprint_note_headings_project_unique', ['sprint_note_id', 'project_id'])
        .execute();

      await db.schema
        .alterTable('updates')
        .addColumn('sprint_note_id', 'integer', (col) => col.references('sprint_notes.id').onDelete('set null'))
        .execute();
      // An issue's candidates: approved, dated in its period, not yet used.
      await db.schema.createIndex('updates_candidates_idx').on('updates').columns(['status', 'published_on', 'id']).execute();
    },

    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('updates_candidates_idx').execute();
      await db.schema.alterTable('updates').dropColumn('sprint_note_id').execute();
      for (const table of ['sprint_note_headings', 'sprint_note_items', 'sprint_note_sections', 'sprint_notes']) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
