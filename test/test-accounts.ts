import { expect } from 'vitest';
import { type ApiApp, createApp } from '../server/app';
import type { AppDeps } from '../server/app-deps';
import { clientAddressResolver } from '../server/client-address';
import type { Db } from '../server/db/database';
import { DEMO_PASSWORD, ensureDemoAccounts } from '../server/db/demo-accounts';
import { currentSessionSchema, sessionSchema } from '../src/domain/user';
import { readJson, sendRequest } from './api-request';
import { TEST_PASSWORD_COST, TEST_START, TEST_TODAY } from './test-content';
import { openTestDatabase } from './test-database';

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

export function createTestClock(start = TEST_START): TestClock {
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
  const db = given ?? (await openTestDatabase(demoAccounts ? 'demo' : 'seeded'));
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

/**
 * Whom GET /api/session names for this cookie: their email while the session lives, null once it
 * has ended (the API then answers as it does to anyone not signed in). Naming the person, not just
 * "someone", also catches a cookie that resumes another person's session.
 */
export async function whoIsSignedIn(app: ApiApp, cookie: string): Promise<string | null> {
  const session = await readJson(await sendRequest(app, 'GET', '/api/session', { cookie }), currentSessionSchema);
  return session.user?.email ?? null;
}

/** The id of an account, for routes that take one; the API never shows ids of others to non-managers. */
export async function userIdOf(db: Db, email: string): Promise<number> {
  const { id } = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  return id;
}
