import { CamelCasePlugin, Kysely, type LogConfig, type Migration, type MigrationProvider, Migrator } from 'kysely';
import { connect, type ConnectOptions, type DialectKind, dialectOf } from './dialect';
import { portfolioMigration } from './migrations/0001-portfolio';
import { accountsMigration } from './migrations/0002-accounts';
import { scaleMigration } from './migrations/0003-scale';
import { historyMigration } from './migrations/0004-history';
import { updateReviewMigration } from './migrations/0005-update-review';
import { sprintNotesMigration } from './migrations/0006-sprint-notes';
import { deliveryMigration } from './migrations/0007-delivery';
import type { Database } from './schema';

export type Db = Kysely<Database>;

/**
 * Opens the database `location` names: a `postgres://` URL, or else a SQLite file path
 * (':memory:' for tests). The same queries run on either (see dialect.ts).
 */
export function openDatabase(location: string, options: ConnectOptions & { log?: LogConfig } = {}): Db {
  return new Kysely<Database>({
    dialect: connect(location, options),
    plugins: [new CamelCasePlugin()],
    ...(options.log === undefined ? {} : { log: options.log }),
  });
}

/** Runs `work` in the transaction `db` already is, or else in a new one: Kysely does not nest them. */
export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/** Migrations are listed in code, not read from a folder, so the bundle and tsx agree on them. */
function migrationsFor(kind: DialectKind): Record<string, Migration> {
  return {
    '0001-portfolio': portfolioMigration(kind),
    '0002-accounts': accountsMigration(kind),
    '0003-scale': scaleMigration(kind),
    '0004-history': historyMigration(kind),
    '0005-update-review': updateReviewMigration(kind),
    '0006-sprint-notes': sprintNotesMigration(kind),
    '0007-delivery': deliveryMigration(kind),
  };
}

function migrator(db: Db): Migrator {
  const migrations = migrationsFor(dialectOf(db));
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };
  return new Migrator({ db, provider });
}

/**
 * Brings the schema up to date and returns the names of the migrations this call ran. On
 * PostgreSQL the migrator holds an advisory lock while it works, so when several servers start
 * at once one migrates and the others wait, then find nothing left to do.
 */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const { error, results } = await migrator(db).migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error !== undefined || failed !== undefined) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(failed === undefined ? `Could not migrate the database: ${reason}` : `Migration ${failed.migrationName} failed: ${reason}`, {
      cause: error,
    });
  }
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}

/** Whether every migration this code knows has been run: what /readyz asks before a server takes requests. */
export async function migrationsAreCurrent(db: Db): Promise<boolean> {
  const migrations = await migrator(db).getMigrations();
  return migrations.every((migration) => migration.executedAt !== undefined);
}
