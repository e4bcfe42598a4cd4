import { sprintNotes46Seed } from '../server/db/seed/sprint-notes-46';
import { type Db, migrateToLatest, openDatabase } from '../server/db/database';
import { seedIfEmpty } from '../server/db/seed';
import { createApp } from '../server/app';

/** The day tests are pinned to, so phase progress and "current phase" never drift with the calendar. */
export const TEST_TODAY = '2022-05-11';

/** A fresh in-memory database, migrated and seeded from Sprint Notes #46. */
export async function createSeededDatabase(): Promise<Db> {
  const db = openDatabase(':memory:');
  await migrateToLatest(db);
  await seedIfEmpty(db, sprintNotes46Seed);
  return db;
}

/** The real API over a fresh seeded database, with the clock pinned to TEST_TODAY. */
export async function createTestApp(today: string = TEST_TODAY) {
  const db = await createSeededDatabase();
  return { db, app: createApp({ db, today: () => today }) };
}
