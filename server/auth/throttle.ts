import type { Db } from '../db/database';
import { addMinutes, isoNow } from './clock';

export const MAX_FAILURES = 10;
export const WINDOW_MINUTES = 15;

/** Failures are counted per account and per client address, so neither guessing one account from many places nor many accounts from one place gets far. */
export function throttleKeys(email: string, address: string): string[] {
  return [`account:${email}`, `address:${address}`];
}

/**
 * Seconds until another attempt is allowed, or null if one is allowed now. While any key has
 * had 10 failures in the last 15 minutes, every attempt is refused, even with the right password.
 */
export async function retryAfterSeconds(db: Db, keys: readonly string[], now: Date): Promise<number | null> {
  const windowStart = isoNow(addMinutes(now, -WINDOW_MINUTES));
  let wait = 0;
  for (const key of keys) {
    const failures = await db
      .selectFrom('signInFailures')
      .select('failedAt')
      .where('key', '=', key)
      .where('failedAt', '>', windowStart)
      .orderBy('failedAt', 'desc')
      .limit(MAX_FAILURES)
      .execute();
    const oldest = failures[MAX_FAILURES - 1];
    if (oldest === undefined) continue;
    // The attempt is allowed again once the oldest of the last ten failures leaves the window.
    const freeAt = addMinutes(new Date(oldest.failedAt), WINDOW_MINUTES).getTime();
    wait = Math.max(wait, Math.ceil((freeAt - now.getTime()) / 1000));
  }
  return wait > 0 ? wait : null;
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('signInFailures').where('key', '=', key).execute();
}

export type AttemptClaim = { allowed: false; retryAfter: number } | { allowed: true; failureIds: number[] };

/**
 * Checks the limit and records the attempt as a failure in one transaction, before the password
 * is checked. Attempts sent all at once therefore each see the ones before them, so a burst
 * cannot slip past the limit while hashes are still being worked out. A successful sign-in
 * takes its record back with `forgiveAttempt`.
 */
export async function claimAttempt(db: Db, keys: readonly string[], now: Date): Promise<AttemptClaim> {
  return db.transaction().execute(async (trx) => {
    const wait = await retryAfterSeconds(trx, keys, now);
    if (wait !== null) return { allowed: false, retryAfter: wait };
    const rows = await trx
      .insertInto('signInFailures')
      .values(keys.map((key) => ({ key, failedAt: isoNow(now) })))
      .returning('id')
      .execute();
    // Old failures count for nothing; clearing them here keeps the table small without a scheduler.
    await trx.deleteFrom('signInFailures').where('failedAt', '<=', isoNow(addMinutes(now, -WINDOW_MINUTES))).execute();
    return { allowed: true, failureIds: rows.map((row) => row.id) };
  });
}

/** After a successful sign-in: the attempt was not a failure, and the account's earlier failures are forgiven. */
export async function forgiveAttempt(db: Db, failureIds: readonly number[], accountKey: string): Promise<void> {
  if (failureIds.length > 0) await db.deleteFrom('signInFailures').where('id', 'in', failureIds).execute();
  await clearFailures(db, accountKey);
}
