import type { Kysely } from 'kysely';
import { type DialectKind, textType } from '../dialect';

/**
 * Updates written and reviewed in the app: who wrote each one, when it was submitted, and the
 * comment a reviewer returned it with. The review queue reads submitted updates oldest first.
 * A new status, "returned", needs no change: statuses are text checked by the domain schema.
 */
export function updateReviewMigration(dialect: DialectKind) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const text = textType(dialect);
      // The writer's name is shown while the update is in review; history keeps it for good, so a removed account only empties this.
      await db.schema
        .alterTable('updates')
        .addColumn('author_id', 'integer', (col) => col.references('users.id').onDelete('set null'))
        .execute();
      await db.schema.alterTable('updates').addColumn('submitted_at', text).execute();
      await db.schema.alterTable('updates').addColumn('review_comment', text).execute();
      await db.schema.createIndex('updates_review_idx').on('updates').columns(['status', 'submitted_at', 'id']).execute();
    },

    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('updates_review_idx').execute();
      await db.schema.alterTable('updates').dropColumn('review_comment').execute();
      await db.schema.alterTable('updates').dropColumn('submitted_at').execute();
      await db.schema.alterTable('updates').dropColumn('author_id').execute();
    },
  };
}
