import { PASSWORD_COST, type ScryptCost } from './auth/passwords';
import type { Db } from './db/database';

/** What every route needs from outside, so tests can fix the clock and make hashing cheap. */
export interface AppDeps {
  db: Db;
  /** Today's date (YYYY-MM-DD), for phase rules. */
  today: () => string;
  /** The current time, for sessions, throttling and link expiry. */
  now?: () => Date;
  /** scrypt cost for new password hashes; tests lower it, production never sets it. */
  passwordCost?: ScryptCost;
  /** Where people reach the app, e.g. https://portfolio.example.gov.uk; used for links and cookie security. */
  publicUrl?: string;
  /** Demo mode: shows the demo accounts on the sign-in page. */
  demo?: boolean;
  /** The client's address, for throttling sign-in attempts per address. */
  clientAddress?: (request: Request, env: unknown) => string;
}

export type ResolvedDeps = Required<Omit<AppDeps, 'publicUrl'>> & Pick<AppDeps, 'publicUrl'>;

export function resolveDeps(deps: AppDeps): ResolvedDeps {
  return {
    now: () => new Date(),
    passwordCost: PASSWORD_COST,
    demo: false,
    clientAddress: () => 'unknown',
    ...deps,
  };
}
