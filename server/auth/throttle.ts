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

export async function recordFailure(db: Db, keys: readonly string[], now: Date): Promise<void> {
  await db
    .insertInto('signInFailures')
    .values(keys.map((key) => ({ key, failedAt: isoNow(now) })))
    .execute();
  // Old failures count for nothing; clearing them here keeps the table small without a scheduler.
  await db
    .deleteFrom('signInFailures')
    .where('failedAt', '<=', isoNow(addMinutes(now, -WINDOW_MINUTES)))
    .execute();
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('signInFailures').where('key', '=', key).execute();
}
