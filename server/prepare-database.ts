import { sprintNotes46Seed } from './db/seed/sprint-notes-46';
import { type Db, migrateToLatest, openDatabase } from './db/database';
import { refreshDueProjects } from './db/queries/project-derived';
import { today as todayInUtc } from '../src/domain/phase-rules';
import { seedIfEmpty } from './db/seed';

/**
 * Opens, migrates and (when empty) seeds the database, then works out the stored fields of any
 * project that is due (all of them after a new seed or migration), so the first request does not
 * pay for it: what every way of running the app does first.
 */
export async function prepareDatabase(location: string, log: (line: string) => void, today: string = todayInUtc()): Promise<Db> {
  const db = openDatabase(location);
  await migrateToLatest(db);
  const result = await seedIfEmpty(db, sprintNotes46Seed);
  if (result.seeded) {
    log(
      `Seeded ${location} from Sprint Notes #46: ${result.projects} projects, ${result.organisations} organisations, ${result.updates} updates.`,
    );
  }
  await db.transaction().execute((trx) => refreshDueProjects(trx, today));
  return db;
}
