import type { Db } from './db/database';

/** What every route needs from outside: the database and today's date, so tests can fix the clock. */
export interface AppDeps {
  db: Db;
  today: () => string;
}
