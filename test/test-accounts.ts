import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely';
import { expect } from 'vitest';
import { type ApiApp, createApp } from '../server/app';
import type { AppDeps } from '../server/app-deps';
import type { ScryptCost } from '../server/auth/passwords';
import { clientAddressResolver } from '../server/client-address';
import { type Db, migrateToLatest } from '../server/db/database';
import { seedIfEmpty } from '../server/db/seed';
import { sprintNotes46Seed } from '../server/db/seed/sprint-notes-46';
import type { Database } from '../server/db/schema';
import { DEMO_PASSWORD, ensureDemoAccounts } from '../server/db/demo-accounts';
import { sessionSchema } from '../src/domain/user';
import { readJson, sendRequest } from './api-request';
import { TEST_TODAY } from './test-database';

/** Cheap enough that tests hash freely; production uses N = 2^17, which takes a noticeable fraction of a second. */
export const TEST_PASSWORD_COST: ScryptCost = { N: 1024, r: 8, p: 1 };

export const DEMO = {
  manager: 'manager@demo.test',
  engagement: 'engagement@demo.test',
  rugby: 'rugby@demo.test',
  lincoln: 'lincoln@demo.test',
} as const;

/** A clock the test moves by hand, so timeouts and throttling windows are tested without waiting. */
export interface TestClock {
  now: () => Date;
  advanceMinutes: (minutes: number) => void;
  advanceSeconds: (seconds: number) => void;
}

export function createTestClock(start = new Date(`${TEST_TODAY}T09:00:00Z`)): TestClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advanceMinutes: (minutes) => {
      current += minutes * 60_000;
    },
    advanceSeconds: (seconds) => {
      current += seconds * 1000;
    },
  };
}

/** Opens an in-memory database as openDatabase(':memory:') does, from a copy of another's bytes. */
function openImage(image?: Buffer): { sqlite: SQLite.Database; db: Db } {
  const sqlite = new SQLite(image ?? ':memory:');
  sqlite.pragma('foreign_keys = ON');
  return { sqlite, db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), plugins: [new CamelCasePlugin()] }) };
}

const images = new Map<boolean, Promise<Buffer>>();

/**
 * Migrating, seeding and hashing four demo passwords takes tens of milliseconds; copying the
 * result takes one. Suites here make a fresh world for nearly every test, so each worker builds
 * the seeded database once (with and without demo accounts) and hands out copies.
 */
function seededImage(demoAccounts: boolean): Promise<Buffer> {
  let image = images.get(demoAccounts);
  if (image === undefined) {
    image = (async () => {
      const { sqlite, db } = openImage();
      await migrateToLatest(db);
      await seedIfEmpty(db, sprintNotes46Seed);
      if (demoAccounts) await ensureDemoAccounts(db, createTestClock().now(), TEST_PASSWORD_COST);
      return sqlite.serialize();
    })();
    images.set(demoAccounts, image);
  }
  return image;
}

export interface AccountsTestApp {
  db: Db;
  app: ApiApp;
  clock: TestClock;
}

/**
 * The real API over a fresh seeded database with a hand-moved clock and cheap hashing. Client
 * addresses come from X-Forwarded-For, as behind a trusted proxy, so tests can speak from several.
 * With `demoAccounts` (the default) the four demo accounts exist, as under `npm run demo`.
 */
export async function createAccountsTestApp(
  options: Partial<Omit<AppDeps, 'db' | 'now'>> & { demoAccounts?: boolean; db?: Db } = {},
): Promise<AccountsTestApp> {
  const { demoAccounts = true, db: given, ...deps } = options;
  const clock = createTestClock();
  const db = given ?? openImage(await seededImage(demoAccounts)).db;
  if (given !== undefined && demoAccounts) await ensureDemoAccounts(db, clock.now(), TEST_PASSWORD_COST);
  const app = createApp({
    today: () => TEST_TODAY,
    passwordCost: TEST_PASSWORD_COST,
    clientAddress: clientAddressResolver(true),
    ...deps,
    db,
    now: clock.now,
  });
  return { db, app, clock };
}

export interface SetCookie {
  name: string;
  value: string;
  /** `name=value`, as a browser sends it back. */
  pair: string;
  /** The attributes after the value, e.g. `HttpOnly`, `SameSite=Lax`, `Max-Age=0`. */
  attributes: string[];
}

/** The session cookie a response sets, if any; the last one wins, as in a browser. */
export function sessionCookieSet(response: Response): SetCookie | null {
  const cookies = response.headers
    .getSetCookie()
    .map((header) => {
      const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
      const separator = pair.indexOf('=');
      return { name: pair.slice(0, separator), value: pair.slice(separator + 1), pair, attributes };
    })
    .filter((cookie) => cookie.name.endsWith('portfolio-session'));
  return cookies.at(-1) ?? null;
}

/** The `name=value` of a session the response started, failing the test if it started none. */
export function newSessionCookie(response: Response): string {
  const cookie = sessionCookieSet(response);
  expect(cookie, 'the response sets a session cookie').not.toBeNull();
  expect(cookie?.value).not.toBe('');
  return cookie?.pair ?? '';
}

/** Signs in through the API as the app does (sending `current`, a cookie the browser already has) and returns the new session cookie. */
export async function signIn(app: ApiApp, email: string, password: string = DEMO_PASSWORD, current?: string): Promise<string> {
  const response = await sendRequest(app, 'POST', '/api/session', { body: { email, password }, cookie: current ?? null });
  const started = newSessionCookie(response);
  const session = await readJson(response, sessionSchema);
  expect(session.user.email).toBe(email.trim().toLowerCase());
  return started;
}

/** The status GET /api/session gives with this cookie: 200 while the session lives, 401 once it has ended. */
export async function sessionStatus(app: ApiApp, cookie: string): Promise<number> {
  const response = await sendRequest(app, 'GET', '/api/session', { cookie });
  await response.arrayBuffer();
  return response.status;
}

/** The id of an account, for routes that take one; the API never shows ids of others to non-managers. */
export async function userIdOf(db: Db, email: string): Promise<number> {
  const { id } = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  return id;
}
