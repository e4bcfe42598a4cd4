import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, type LogConfig, type Migration, type MigrationProvider, Migrator, SqliteDialect } from 'kysely';
import { portfolioMigration } from './migrations/0001-portfolio';
import { accountsMigration } from './migrations/0002-accounts';
import { scaleMigration } from './migrations/0003-scale';
import type { Database } from './schema';

export type Db = Kysely<Database>;

/**
 * Opens the embedded database: a file path, or ':memory:' for tests. WAL lets the server read
 * while a write is in progress; foreign keys are off by default in SQLite and the schema
 * relies on them.
 */
export function openDatabase(location: string, options: { log?: LogConfig } = {}): Db {
  if (location !== ':memory:') mkdirSync(dirname(location), { recursive: true });
  const sqlite = new SQLite(location);
  if (location !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  return new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    plugins: [new CamelCasePlugin()],
    ...(options.log === undefined ? {} : { log: options.log }),
  });
}

/** Migrations are listed in code, not read from a folder, so the bundle and tsx agree on them. */
const migrations: Record<string, Migration> = {
  '0001-portfolio': portfolioMigration('sqlite'),
  '0002-accounts': accountsMigration('sqlite'),
  '0003-scale': scaleMigration(),
};

const provider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};

export async function migrateToLatest(db: Db): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error !== undefined || failed !== undefined) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed`, { cause: error });
  }
}
