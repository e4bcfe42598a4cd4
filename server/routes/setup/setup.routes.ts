import { Hono } from 'hono';
import { completeSetupSchema, type SetupDetails } from '../../../src/domain/user';
import type { ResolvedDeps } from '../../app-deps';
import type { AppEnv } from '../../app-env';
import { isoNow } from '../../auth/clock';
import { hashPassword } from '../../auth/passwords';
import { revokeSetupLinks } from '../../auth/setup-links';
import { isHttps, writeSessionCookie } from '../../auth/session-cookie';
import { endAllSessions, endSession, startSession } from '../../auth/sessions';
import { digest } from '../../auth/tokens';
import { allowedActions } from '../../auth/permissions';
import { loadUser, publicUser } from '../../auth/users';
import type { Db } from '../../db/database';
import { lockKeys } from '../../db/dialect';
import { ApiError } from '../../http/api-error';
import { readJson } from '../../http/read-json';

const LINK_NOT_VALID = 'This link has expired or has already been used. Ask an LDCU manager for a new one.';

/** A link is good once, for 24 hours; a first-manager link only while there is no account at all. */
async function usableLink(db: Db, token: string, now: Date) {
  const link = await db.selectFrom('setupLinks').selectAll().where('tokenDigest', '=', digest(token)).executeTakeFirst();
  if (link === undefined || link.usedAt !== null || link.expiresAt <= isoNow(now)) throw new ApiError(410, LINK_NOT_VALID);
  if (link.userId === null) {
    const anyone = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
    if (anyone !== undefined) throw new ApiError(410, LINK_NOT_VALID);
    return { link, user: null };
  }
  const user = await loadUser(db, link.userId);
  if (user === null || user.disabled) throw new ApiError(410, LINK_NOT_VALID);
  return { link, user };
}

export function setupRoutes({ db, now, passwordCost, publicUrl }: ResolvedDeps) {
  return new Hono<AppEnv>()
    .get('/:token', async (c) => {
      const { link, user } = await usableLink(db, c.req.param('token'), now());
      const details: SetupDetails = {
        email: user?.email ?? null,
        displayName: user?.displayName ?? null,
        role: link.role,
        existingAccount: user?.active ?? false,
      };
      return c.json(details);
    })
    .post('/:token', async (c) => {
      const at = now();
      const token = c.req.param('token');
      const { link, user } = await usableLink(db, token, at);
      const input = await readJson(c, completeSetupSchema);
      if (user === null && (input.email === undefined || input.displayName === undefined)) {
        throw new ApiError(400, 'Check the details you entered', {
          ...(input.email === undefined ? { email: ['Enter your email address'] } : {}),
          ...(input.displayName === undefined ? { displayName: ['Enter your name'] } : {}),
        });
      }
      const passwordHash = await hashPassword(input.password, passwordCost);

      const userId = await db.transaction().execute(async (trx) => {
        // Marking the link used first, conditionally, means two tabs racing get one winner.
        const claimed = await trx
          .updateTable('setupLinks')
          .set({ usedAt: isoNow(at) })
          .where('tokenDigest', '=', link.tokenDigest)
          .where('usedAt', 'is', null)
          .executeTakeFirst();
        if (claimed.numUpdatedRows === 0n) throw new ApiError(410, LINK_NOT_VALID);
        if (user !== null) {
          await trx
            .updateTable('users')
            .set({ passwordHash, passwordChangedAt: isoNow(at), displayName: input.displayName ?? user.displayName })
            .where('id', '=', user.id)
            .execute();
          return user.id;
        }
        // Checked again here, under a lock every first-run claim takes, so no other claim can come
        // between the check and the insert: two first-run links used at once must not make two managers.
        await lockKeys(trx, ['first-manager']);
        const anyone = await trx.selectFrom('users').select('id').limit(1).executeTakeFirst();
        if (anyone !== undefined) throw new ApiError(410, LINK_NOT_VALID);
        const { id } = await trx
          .insertInto('users')
          .values({
            email: input.email ?? '',
            displayName: input.displayName ?? '',
            role: link.role,
            passwordHash,
            disabledAt: null,
            createdAt: isoNow(at),
            passwordChangedAt: isoNow(at),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        return id;
      });

      // A new password ends every session the old one opened; then the person is signed in afresh.
      await endAllSessions(db, userId);
      await revokeSetupLinks(db, userId, at);
      const previous = c.get('sessionToken');
      if (previous !== null) await endSession(db, previous);
      writeSessionCookie(c, isHttps(c, publicUrl), await startSession(db, userId, at));
      const signedIn = await loadUser(db, userId);
      if (signedIn === null) throw new ApiError(410, LINK_NOT_VALID);
      return c.json({ user: publicUser(signedIn), allowed: allowedActions(signedIn) });
    });
}
