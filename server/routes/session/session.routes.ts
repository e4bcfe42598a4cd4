import { Hono } from 'hono';
import { signInSchema } from '../../../src/domain/user';
import type { ResolvedDeps } from '../../app-deps';
import type { AppEnv } from '../../app-env';
import { verifyAgainstDecoy, verifyPassword } from '../../auth/passwords';
import { clearSessionCookie, isHttps, writeSessionCookie } from '../../auth/session-cookie';
import { endSession, startSession } from '../../auth/sessions';
import { claimAttempt, forgiveAttempt } from '../../auth/throttle';
import { allowedActions } from '../../auth/permissions';
import { loadUser, publicUser } from '../../auth/users';
import { ApiError } from '../../http/api-error';
import { readJson } from '../../http/read-json';

/** One message whatever was wrong, so the reply never tells whether an account exists. */
const SIGN_IN_FAILED = 'Enter a correct email address and password';

function count(amount: number, unit: string): string {
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}

/** Most waits are seconds, and "1 minute" for 8 seconds would send people away for longer than needed. */
function tooManyAttempts(seconds: number): string {
  const wait = seconds < 60 ? count(seconds, 'second') : count(Math.ceil(seconds / 60), 'minute');
  return `Too many attempts to sign in. Wait ${wait}, then try again.`;
}

export function sessionRoutes({ db, now, passwordCost, publicUrl, clientAddress }: ResolvedDeps) {
  return new Hono<AppEnv>()
    .get('/', (c) => {
      const user = c.get('user');
      if (user === null) return c.json({ user: null, allowed: allowedActions(null) });
      return c.json({ user: publicUser(user), allowed: allowedActions(user) });
    })
    .post('/', async (c) => {
      const { email, password } = await readJson(c, signInSchema);
      const at = now();
      const attempt = { email, address: clientAddress(c.req.raw, c.env) };
      const claim = await claimAttempt(db, attempt, at);
      if (!claim.allowed) {
        c.header('Retry-After', String(claim.retryAfter));
        throw new ApiError(429, tooManyAttempts(claim.retryAfter));
      }

      const account = await db
        .selectFrom('users')
        .select(['id', 'passwordHash', 'disabledAt'])
        .where('email', '=', email)
        .executeTakeFirst();
      const usable = account !== undefined && account.passwordHash !== null && account.disabledAt === null;
      const matches = usable ? await verifyPassword(password, account.passwordHash ?? '') : await verifyAgainstDecoy(password, passwordCost);
      // The attempt is already recorded as a failure; only a match takes it back.
      if (!usable || !matches) throw new ApiError(401, SIGN_IN_FAILED);
      await forgiveAttempt(db, attempt, claim.failureIds);
      // A new session id at every sign-in, so an id planted before sign-in is worth nothing after it.
      const previous = c.get('sessionToken');
      if (previous !== null) await endSession(db, previous);
      const token = await startSession(db, account.id, at);
      writeSessionCookie(c, isHttps(c, publicUrl), token);
      const user = await loadUser(db, account.id);
      if (user === null) throw new ApiError(401, SIGN_IN_FAILED);
      return c.json({ user: publicUser(user), allowed: allowedActions(user) });
    })
    .delete('/', async (c) => {
      const token = c.get('sessionToken');
      if (token !== null) await endSession(db, token);
      clearSessionCookie(c, isHttps(c, publicUrl));
      return c.body(null, 204);
    });
}
