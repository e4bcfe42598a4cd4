import { sprintNotes46Seed } from './db/seed/sprint-notes-46';
import { type Db, migrateToLatest, openDatabase } from './db/database';
import { type ConnectOptions, describeLocation } from './db/dialect';
import { refreshDueProjects } from './db/queries/project-derived';
import { today as todayInUtc } from '../src/domain/phase-rules';
import { seedIfEmpty } from './db/seed';

/**
 * Opens, migrates and (when empty) seeds the database, then works out the stored fields of any
 * project that is due (all of them after a new seed or migration), so the first request does not
 * pay for it: what every way of running the app does first. Servers started at once on one
 * PostgreSQL database take turns: one migrates and seeds, the others find it done.
 */
export async function prepareDatabase(
  location: string,
  log: (line: string) => void,
  options: ConnectOptions & { today?: string } = {},
): Promise<Db> {
  const { today = todayInUtc(), ...connectOptions } = options;
  const db = openDatabase(location, connectOptions);
  const where = describeLocation(location);
  const applied = await migrateToLatest(db);
  if (applied.length > 0) log(`Migrated ${where}: ${applied.join(', ')}.`);
  const result = await seedIfEmpty(db, sprintNotes46Seed);
  if (result.seeded) {
    log(`Seeded ${where} from Sprint Notes #46: ${result.projects} projects, ${result.organisations} organisations, ${result.updates} updates.`);
  }
  await db.transaction().execute((trx) => refreshDueProjects(trx, today));
  return db;
}
