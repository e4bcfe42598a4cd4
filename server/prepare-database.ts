import { sprintNotes46Seed } from './db/seed/sprint-notes-46';
import { type Db, migrateToLatest, openDatabase } from './db/database';
import { seedIfEmpty } from './db/seed';

/** Opens, migrates and (when empty) seeds the database: what every way of running the app does first. */
export async function prepareDatabase(location: string, log: (line: string) => void): Promise<Db> {
  const db = openDatabase(location);
  await migrateToLatest(db);
  const result = await seedIfEmpty(db, sprintNotes46Seed);
  if (result.seeded) {
    log(
      `Seeded ${location} from Sprint Notes #46: ${result.projects} projects, ${result.organisations} organisations, ${result.updates} updates.`,
    );
  }
  return db;
}
