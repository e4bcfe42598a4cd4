import { setupServer } from 'msw/node';
import type { Db } from '../server/db/database';
import { type ApiApp, createApp } from '../server/app';
import { createSeededDatabase, TEST_TODAY } from '../test/test-database';
import { type ApiBackend, createApiHandlers } from './handlers';

let current: { db: Db; app: ApiApp } | undefined;

/**
 * The handlers read the API through this backend rather than holding one app, so each test can
 * get a fresh database while `server.use(...)` faults and `resetHandlers()` keep working as usual.
 */
const currentApi: ApiBackend = {
  fetch: (request) => {
    if (current === undefined) throw new Error('No test API: call startTestApi() before the app makes a request');
    return current.app.fetch(request);
  },
};

/** The msw server for tests in Node or jsdom: the real API behind it, faults added with `server.use(...)`. */
export const server = setupServer(...createApiHandlers(currentApi));

/** Puts a freshly seeded in-memory database behind the server, with the clock pinned to `today`. */
export async function startTestApi(today: string = TEST_TODAY): Promise<Db> {
  await stopTestApi();
  const db = await createSeededDatabase();
  current = { db, app: createApp({ db, today: () => today }) };
  return db;
}

/** The database behind the server now, for tests that arrange data the seed does not have. */
export function testApiDatabase(): Db {
  if (current === undefined) throw new Error('No test API: call startTestApi() first');
  return current.db;
}

export async function stopTestApi(): Promise<void> {
  const previous = current;
  current = undefined;
  await previous?.db.destroy();
}
