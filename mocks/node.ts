import { setupServer } from 'msw/node';
import type { Db } from '../server/db/database';
import { type ApiApp, createApp } from '../server/app';
import type { ScryptCost } from '../server/auth/passwords';
import { DEMO_PASSWORD, ensureDemoAccounts } from '../server/db/demo-accounts';
import { openGeneratedDatabase, type PortfolioSize } from '../test/generate-portfolio';
import { TEST_TODAY } from '../test/test-content';
import { createSeededDatabase } from '../test/test-database';
import { type ApiBackend, createApiHandlers } from './handlers';

/** Hashing at the real cost takes a noticeable fraction of a second; tests need the behaviour, not the strength. */
export const CHEAP_PASSWORD_COST: ScryptCost = { N: 1024, r: 8, p: 1 };

export { DEMO_PASSWORD };

interface TestApi {
  db: Db;
  app: ApiApp;
  /** The session cookie, kept as a browser keeps it: fetch in Node has no cookie jar of its own. */
  cookies: Map<string, string>;
}

let current: TestApi | undefined;

/** Sends a request to the test API with the jar's cookies, and keeps any it sets. */
async function send(api: TestApi, request: Request): Promise<Response> {
  const headers = new Headers(request.headers);
  if (api.cookies.size > 0) {
    headers.set('Cookie', [...api.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
  }
  const response = await api.app.fetch(new Request(request, { headers }));
  for (const line of response.headers.getSetCookie()) {
    const [pair = '', ...attributes] = line.split(';');
    const separator = pair.indexOf('=');
    const name = pair.slice(0, separator).trim();
    const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute) || /^\s*expires=.*1970/i.test(attribute));
    if (expired) api.cookies.delete(name);
    else api.cookies.set(name, pair.slice(separator + 1).trim());
  }
  return response;
}

/**
 * The handlers read the API through this backend rather than holding one app, so each test can
 * get a fresh database while `server.use(...)` faults and `resetHandlers()` keep working as usual.
 */
const currentApi: ApiBackend = {
  fetch: (request) => {
    if (current === undefined) {
      // A request the app gave up on as its page was taken down at the end of a test (a query
      // cancelled on unmount) may reach here after the API has gone: nobody awaits its answer.
      if (request.signal.aborted) return Response.error();
      throw new Error('No test API: call startTestApi() before the app makes a request');
    }
    return send(current, request);
  },
};

/** The msw server for tests in Node or jsdom: the real API behind it, faults added with `server.use(...)`. */
export const server = setupServer(...createApiHandlers(currentApi));

export interface TestApiOptions {
  /** The API's "today", for phase rules. */
  today?: string;
  /** Demo mode: the sign-in page lists the demo accounts. Implies `accounts`. */
  demo?: boolean;
  /** The demo accounts exist (password DEMO_PASSWORD), whether or not the app is in demo mode. */
  accounts?: boolean;
  /** A generated portfolio of this size instead of the Sprint Notes #46 seed, for long lists. */
  generated?: PortfolioSize;
}

/**
 * Puts a freshly seeded in-memory database behind the server, with the clock pinned to `today`,
 * and an empty cookie jar, so nobody is signed in.
 */
export async function startTestApi({ today = TEST_TODAY, demo = false, accounts = demo, generated }: TestApiOptions = {}): Promise<Db> {
  await stopTestApi();
  const db = generated === undefined ? await createSeededDatabase() : (await openGeneratedDatabase(generated, { today })).db;
  if (accounts) await ensureDemoAccounts(db, new Date(), CHEAP_PASSWORD_COST);
  current = {
    db,
    app: createApp({ db, today: () => today, demo, passwordCost: CHEAP_PASSWORD_COST }),
    cookies: new Map(),
  };
  return db;
}

/** The database behind the server now, for tests that arrange data the seed does not have. */
export function testApiDatabase(): Db {
  if (current === undefined) throw new Error('No test API: call startTestApi() first');
  return current.db;
}

/**
 * Signs in through the API, as the sign-in page would, so a test can start on a page for
 * signed-in people. The cookie lands in the same jar the app's requests use.
 */
export async function signInAs(email: string, password: string = DEMO_PASSWORD): Promise<void> {
  if (current === undefined) throw new Error('No test API: call startTestApi() first');
  const response = await send(
    current,
    new Request('http://localhost:3000/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    }),
  );
  if (response.status !== 200) throw new Error(`Signing in as ${email} failed with ${response.status}`);
}

export async function stopTestApi(): Promise<void> {
  const previous = current;
  current = undefined;
  await previous?.db.destroy();
}
