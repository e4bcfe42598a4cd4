import type { Db } from '../db/database';
import { lockKeys } from '../db/dialect';
import { addMinutes, isoNow } from './clock';

/** Failures older than this count for nothing (decision 0011). */
export const WINDOW_MINUTES = 15;

/** From one address, this many failures for one account refuse that address for that account until the oldest leaves the window. */
const PAIR_LIMIT = 10;

/**
 * Past `freeFailures`, each attempt waits 1, 2, 4, 8… seconds, at most `maxSeconds`, after the
 * latest failure. The caps are what keep these from being lockouts: the owner of an account
 * under attack, or someone behind a busy shared address, waits at most that long.
 */
interface GrowingDelay {
  freeFailures: number;
  maxSeconds: number;
}

/** Failures for an account from other addresses: enough to slow a guesser spread over many addresses, never to lock the owner out. */
const ACCOUNT_DELAY: GrowingDelay = { freeFailures: 10, maxSeconds: 30 };

/** Failures from one address for any account: higher and longer, as many people may share an address behind a proxy. */
const ADDRESS_DELAY: GrowingDelay = { freeFailures: 20, maxSeconds: 60 };

/** Who is trying to sign in: the account's email address as given, and the client address it came from. */
export interface SignInAttempt {
  email: string;
  address: string;
}

/**
 * Every failure is stored twice: once under its (account, address) pair and once under its
 * address. An account's failures are its pairs', found by the pair keys' common prefix. The email
 * is written as a JSON string, whose closing quote no other email's can match, so one account's
 * prefix never takes in another's keys, whatever characters the emails hold.
 */
function accountPrefix(email: string): string {
  return `pair:${JSON.stringify(email)} `;
}

function pairKey({ email, address }: SignInAttempt): string {
  return `${accountPrefix(email)}${address}`;
}

function addressKey({ address }: SignInAttempt): string {
  return `address:${address}`;
}

/** The keys that start with `prefix` are those from `prefix` up to, not including, `prefix` with its last character moved one on. */
function prefixRange(prefix: string): [string, string] {
  const last = prefix.length - 1;
  return [prefix, `${prefix.slice(0, last)}${String.fromCharCode(prefix.charCodeAt(last) + 1)}`];
}

/** ISO timestamps in UTC sort as text. */
function later(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return a > b ? a : b;
}

function secondsUntil(moment: number, now: Date): number {
  return Math.max(0, Math.ceil((moment - now.getTime()) / 1000));
}

function growingDelayWait(delay: GrowingDelay, failures: number, latest: string | null, now: Date): number {
  if (failures < delay.freeFailures || latest === null) return 0;
  const seconds = Math.min(delay.maxSeconds, 2 ** (failures - delay.freeFailures));
  return secondsUntil(new Date(latest).getTime() + seconds * 1000, now);
}

/**
 * Seconds until this attempt may be made, or 0 if it may be made now: the longest of what the
 * pair, the account and the address each ask.
 */
async function secondsToWait(db: Db, attempt: SignInAttempt, now: Date): Promise<number> {
  const windowStart = isoNow(addMinutes(now, -WINDOW_MINUTES));
  const pair = pairKey(attempt);

  const pairFailures = await db
    .selectFrom('signInFailures')
    .select('failedAt')
    .where('key', '=', pair)
    .where('failedAt', '>', windowStart)
    .orderBy('failedAt', 'desc')
    .limit(PAIR_LIMIT)
    .execute();
  const oldest = pairFailures[PAIR_LIMIT - 1];
  // Allowed again once the oldest of the last ten leaves the window: a hard limit, but only on this address.
  const pairWait = oldest === undefined ? 0 : secondsUntil(addMinutes(new Date(oldest.failedAt), WINDOW_MINUTES).getTime(), now);

  const [from, to] = prefixRange(accountPrefix(attempt.email));
  const elsewhere = await db
    .selectFrom('signInFailures')
    .select((eb) => [eb.fn.countAll<number | string>().as('failures'), eb.fn.max<string | null>('failedAt').as('latest')])
    .where('key', '>=', from)
    .where('key', '<', to)
    .where('key', '<>', pair)
    .where('failedAt', '>', windowStart)
    .executeTakeFirstOrThrow();
  // Only failures from other addresses grow the delay (this address's own are the pair limit's
  // business), but it runs from the account's latest failure from anywhere, this address
  // included: else each of a guesser's addresses could fire off its ten as soon as another's delay ended.
  const latestForAccount = later(elsewhere.latest, pairFailures[0]?.failedAt ?? null);
  const accountWait = growingDelayWait(ACCOUNT_DELAY, Number(elsewhere.failures), latestForAccount, now);

  const fromAddress = await db
    .selectFrom('signInFailures')
    .select((eb) => [eb.fn.countAll<number | string>().as('failures'), eb.fn.max<string | null>('failedAt').as('latest')])
    .where('key', '=', addressKey(attempt))
    .where('failedAt', '>', windowStart)
    .executeTakeFirstOrThrow();
  const addressWait = growingDelayWait(ADDRESS_DELAY, Number(fromAddress.failures), fromAddress.latest, now);

  return Math.max(pairWait, accountWait, addressWait);
}

export type AttemptClaim = { allowed: false; retryAfter: number } | { allowed: true; failureIds: number[] };

/**
 * Checks the limits and records the attempt as a failure in one transaction, before the password
 * is checked. The transaction first takes the account's and the address's locks, so attempts sent
 * all at once each see the ones before them, on PostgreSQL as on SQLite, and a burst cannot slip
 * past a limit while hashes are still being worked out. (The account's lock covers its pairs.)
 * A successful sign-in takes its record back with `forgiveAttempt`. A refused attempt records
 * nothing: it tested no password, and counting it would let a guesser push the owner's wait on and on.
 */
export async function claimAttempt(db: Db, attempt: SignInAttempt, now: Date): Promise<AttemptClaim> {
  return db.transaction().execute(async (trx) => {
    await lockKeys(trx, [`account:${JSON.stringify(attempt.email)}`, addressKey(attempt)]);
    const wait = await secondsToWait(trx, attempt, now);
    if (wait > 0) return { allowed: false, retryAfter: wait };
    const rows = await trx
      .insertInto('signInFailures')
      .values([pairKey(attempt), addressKey(attempt)].map((key) => ({ key, failedAt: isoNow(now) })))
      .returning('id')
      .execute();
    // Old failures count for nothing; clearing them here keeps the table small without a scheduler.
    await trx.deleteFrom('signInFailures').where('failedAt', '<=', isoNow(addMinutes(now, -WINDOW_MINUTES))).execute();
    return { allowed: true, failureIds: rows.map((row) => row.id) };
  });
}

/**
 * After a successful sign-in: the attempt was not a failure, and the account's earlier failures
 * from the same address are forgiven, as the owner's own slips. The account's failures from other
 * addresses are not the owner's and stay, else every sign-in by the owner would hand a guesser
 * elsewhere a fresh run of quick guesses. The address's count is never lowered, else anyone with
 * one working password (their own) could wipe it between guesses at other accounts.
 */
export async function forgiveAttempt(db: Db, attempt: SignInAttempt, failureIds: readonly number[]): Promise<void> {
  if (failureIds.length > 0) await db.deleteFrom('signInFailures').where('id', 'in', failureIds).execute();
  await db.deleteFrom('signInFailures').where('key', '=', pairKey(attempt)).execute();
}
