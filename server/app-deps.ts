import { PASSWORD_COST, type ScryptCost } from './auth/passwords';
import type { Db } from './db/database';
import { type Logger, silentLogger } from './log';

/**
 * Where the app is reached when nothing says otherwise: the origin Hono gives `app.request('/path')`,
 * so a test's requests count as the app's own without configuring anything. The server always
 * passes its configured address (see publicBaseUrl in env.ts).
 */
export const DEFAULT_PUBLIC_URL = 'http://localhost';

/** What every route needs from outside, so tests can fix the clock and make hashing cheap. */
export interface AppDeps {
  db: Db;
  /** Today's date (YYYY-MM-DD), for phase rules. */
  today: () => string;
  /** The current time, for sessions, throttling and link expiry. */
  now?: () => Date;
  /** scrypt cost for new password hashes; tests lower it, production never sets it. */
  passwordCost?: ScryptCost;
  /**
   * Where people reach the app, as configured: PUBLIC_URL, or else http://HOST:PORT. Set-up links
   * are made under it, a write's Origin must be its origin, and `https:` here means Secure cookies
   * and HSTS. Never taken from a request, whose Host header the client chooses. Default DEFAULT_PUBLIC_URL.
   */
  publicUrl?: string;
  /** Demo mode: shows the demo accounts on the sign-in page. */
  demo?: boolean;
  /** The client's address, for throttling sign-in attempts per address. */
  clientAddress?: (request: Request, env: unknown) => string;
  /** Where requests and unexpected errors are logged; silent by default, so tests stay quiet. */
  logger?: Logger;
}

export type ResolvedDeps = Required<AppDeps>;

export function resolveDeps(deps: AppDeps): ResolvedDeps {
  return {
    now: () => new Date(),
    passwordCost: PASSWORD_COST,
    demo: false,
    clientAddress: () => 'unknown',
    logger: silentLogger,
    ...deps,
    publicUrl: (deps.publicUrl ?? DEFAULT_PUBLIC_URL).replace(/\/$/, ''),
  };
}
