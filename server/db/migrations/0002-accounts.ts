import type { Kysely } from 'kysely';
import { type DialectKind, textType, withId } from '../dialect';

/**
 * People, their sessions and sign-in throttling. Secrets are never stored as given: sessions
 * and set-up links are kept as SHA-256 digests of their tokens, passwords as scrypt hashes.
 */
export function accountsMigration(dialect: DialectKind) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const text = textType(dialect);
      await withId(db.schema.createTable('users'), dialect)
        .addColumn('email', text, (col) => col.notNull().unique())
        .addColumn('display_name', text, (col) => col.notNull())
        .addColumn('role', text, (col) => col.notNull())
        .addColumn('password_hash', text)
        .addColumn('disabled_at', text)
        .addColumn('created_at', text, (col) => col.notNull())
        .addColumn('password_changed_at', text)
        .execute();

      await db.schema
        .createTable('user_organisations')
        .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
        .addColumn('organisation_id', 'integer', (col) => col.notNull().references('organisations.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('user_organisations_pk', ['user_id', 'organisation_id'])
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('token_digest', text, (col) => col.primaryKey())
        .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', text, (col) => col.notNull())
        .addColumn('last_seen_at', text, (col) => col.notNull())
        .execute();
      await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

      await db.schema
        .createTable('setup_links')
        .addColumn('token_digest', text, (col) => col.primaryKey())
        .addColumn('user_id', 'integer', (col) => col.references('users.id').onDelete('cascade'))
        .addColumn('role', text, (col) => col.notNull())
        .addColumn('created_at', text, (col) => col.notNull())
        .addColumn('expires_at', text, (col) => col.notNull())
        .addColumn('used_at', text)
        .execute();

      await withId(db.schema.createTable('sign_in_failures'), dialect)
        .addColumn('key', text, (col) => col.notNull())
        .addColumn('failed_at', text, (col) => col.notNull())
        .execute();
      await db.schema.createIndex('sign_in_failures_key_idx').on('sign_in_failures').columns(['key', 'failed_at']).execute();
    },

    async down(db: Kysely<unknown>): Promise<void> {
      for (const table of ['sign_in_failures', 'setup_links', 'sessions', 'user_organisations', 'users']) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
