import type { ScryptCost } from '../server/auth/passwords';
import { type Db, migrateToLatest } from '../server/db/database';
import { ensureDemoAccounts } from '../server/db/demo-accounts';
import { seedIfEmpty } from '../server/db/seed';
import { sprintNotes46Seed } from '../server/db/seed/sprint-notes-46';

/** The day tests are pinned to, so phase progress and "current phase" never drift with the calendar. */
export const TEST_TODAY = '2022-05-11';

/** The moment the accounts tests' clock starts at. */
export const TEST_START = new Date(`${TEST_TODAY}T09:00:00Z`);

/** Cheap enough that tests hash freely; production uses N = 2^17, which takes a noticeable fraction of a second. */
export const TEST_PASSWORD_COST: ScryptCost = { N: 1024, r: 8, p: 1 };

/**
 * What a test database starts with: nothing at all, the schema, the seed from Sprint Notes #46,
 * or the seed and the four demo accounts (as under `npm run demo`).
 */
export type TestContent = 'empty' | 'migrated' | 'seeded' | 'demo';

/** Fills a new database: what the PostgreSQL templates and the SQLite images both start from. */
export async function fillTestDatabase(db: Db, content: TestContent): Promise<void> {
  if (content === 'empty') return;
  await migrateToLatest(db);
  if (content === 'migrated') return;
  await seedIfEmpty(db, sprintNotes46Seed);
  if (content === 'demo') await ensureDemoAccounts(db, TEST_START, TEST_PASSWORD_COST);
}
