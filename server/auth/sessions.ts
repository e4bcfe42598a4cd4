import { ABSOLUTE_TIMEOUT_MINUTES, IDLE_TIMEOUT_MINUTES } from '../../src/domain/session-rules';
import type { Db } from '../db/database';
import { addMinutes, isoNow } from './clock';
import { digest, newToken } from './tokens';

/** Recording every request would write on every read; once a minute is precise enough for a 30-minute timeout. */
const TOUCH_AFTER_MS = 60_000;

export async function startSession(db: Db, userId: number, now: Date): Promise<string> {
  const token = newToken();
  await db
    .insertInto('sessions')
    .values({ tokenDigest: digest(token), userId, createdAt: isoNow(now), lastSeenAt: isoNow(now) })
    .execute();
  return token;
}

/**
 * The user id a session token stands for, or null when the token is unknown, idle for more
 * than 30 minutes, or older than 12 hours. Expired sessions are deleted as they are found.
 */
export async function resumeSession(db: Db, token: string, now: Date): Promise<number | null> {
  const tokenDigest = digest(token);
  const session = await db.selectFrom('sessions').selectAll().where('tokenDigest', '=', tokenDigest).executeTakeFirst();
  if (session === undefined) return null;
  const idleSince = new Date(session.lastSeenAt);
  const started = new Date(session.createdAt);
  const expired =
    addMinutes(idleSince, IDLE_TIMEOUT_MINUTES) <= now || addMinutes(started, ABSOLUTE_TIMEOUT_MINUTES) <= now;
  if (expired) {
    await db.deleteFrom('sessions').where('tokenDigest', '=', tokenDigest).execute();
    return null;
  }
  if (now.getTime() - idleSince.getTime() >= TOUCH_AFTER_MS) {
    await db.updateTable('sessions').set({ lastSeenAt: isoNow(now) }).where('tokenDigest', '=', tokenDigest).execute();
  }
  return session.userId;
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('tokenDigest', '=', digest(token)).execute();
}

/** Signs a person out everywhere: when their account is disabled or their password changes. */
export async function endAllSessions(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('userId', '=', userId).execute();
}
