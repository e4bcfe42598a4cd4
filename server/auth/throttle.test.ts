import { describe, expect, it } from 'vitest';
import { sessionSchema } from '../../src/domain/user';
import { readError, readJson, sendRequest } from '../../test/api-request';
import { type AccountsTestApp, createAccountsTestApp, DEMO } from '../../test/test-accounts';
import type { ApiApp } from '../app';
import { DEMO_PASSWORD } from '../db/demo-accounts';
import { addMinutes, isoNow } from './clock';

/**
 * Sign-in throttling as a client meets it (decision 0011). The test app takes the client's
 * address from X-Forwarded-For, so each test speaks from as many addresses as it needs, and its
 * clock only moves when told, so every wait is exact.
 */

const WRONG = 'a wrong password';

function signInRequest(app: ApiApp, email: string, password: string, from: string) {
  return sendRequest(app, 'POST', '/api/session', { body: { email, password }, headers: { 'X-Forwarded-For': from } });
}

function retryAfter(response: Response): number {
  const header = response.headers.get('Retry-After') ?? '';
  expect(header).toMatch(/^[1-9][0-9]*$/);
  return Number(header);
}

async function failFrom(app: ApiApp, email: string, from: string) {
  await readError(await signInRequest(app, email, WRONG, from), 401);
}

interface Patient {
  /** The answer once let through. */
  response: Response;
  /** Seconds waited first, as Retry-After said; 0 if let through at once. */
  waited: number;
  /** What the refusal said, if there was one. */
  refusal: string | null;
}

/**
 * Tries once; if refused, waits as long as Retry-After says and tries again. With nobody else
 * trying meanwhile, that wait must always be enough.
 */
async function patientAttempt({ app, clock }: AccountsTestApp, email: string, password: string, from: string): Promise<Patient> {
  const first = await signInRequest(app, email, password, from);
  if (first.status !== 429) return { response: first, waited: 0, refusal: null };
  const waited = retryAfter(first);
  const { message } = await readError(first, 429);
  clock.advanceSeconds(waited);
  const response = await signInRequest(app, email, password, from);
  expect(response.status, `after waiting ${waited} seconds`).not.toBe(429);
  return { response, waited, refusal: message };
}

/** A guess that waits its turn and then fails; returns how long it waited. */
async function patientFailure(test: AccountsTestApp, email: string, from: string): Promise<number> {
  const { response, waited } = await patientAttempt(test, email, WRONG, from);
  await readError(response, 401);
  return waited;
}

/** One address per guess, as from a botnet. */
function nthAddress(n: number): string {
  return `198.51.${100 + Math.floor(n / 250)}.${(n % 250) + 1}`;
}

async function statusCounts(responses: Promise<Response>[]): Promise<Record<number, number>> {
  const counts: Record<number, number> = {};
  for (const response of await Promise.all(responses)) counts[response.status] = (counts[response.status] ?? 0) + 1;
  return counts;
}

describe('sign-in throttling: an account guessed at from many addresses', () => {
  it('lets the owner in from a new address within a second after ten failures from ten other addresses', async () => {
    const test = await createAccountsTestApp();

    const waits = [];
    for (let n = 0; n < 10; n += 1) waits.push(await patientFailure(test, DEMO.lincoln, nthAddress(n)));
    const owner = await patientAttempt(test, DEMO.lincoln, DEMO_PASSWORD, '192.0.2.1');

    // Ten free failures; past them each attempt waits 1, 2, 4… seconds after the latest.
    expect(waits).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const session = await readJson(owner.response, sessionSchema);
    expect(session.user.email).toBe(DEMO.lincoln);
    expect(owner.waited).toBe(1);
    expect(owner.refusal).toBe('Too many attempts to sign in. Wait 1 second, then try again.');
  });

  it('never makes anyone wait more than 30 seconds, however long the guessing goes on, and lets through at most 50 guesses in 15 minutes', async () => {
    const test = await createAccountsTestApp();
    const start = test.clock.now().getTime();
    const elapsedMinutes = () => (test.clock.now().getTime() - start) / 60_000;
    // The most a guesser gets at once: nine from one address, then ten from another, which
    // sees only nine from elsewhere.
    for (let n = 0; n < 9; n += 1) await failFrom(test.app, DEMO.rugby, '203.0.113.1');
    for (let n = 0; n < 10; n += 1) await failFrom(test.app, DEMO.rugby, '203.0.113.2');

    const waits = [];
    let inFirstWindow = 19;
    for (let n = 0; elapsedMinutes() < 40; n += 1) {
      waits.push(await patientFailure(test, DEMO.rugby, nthAddress(n)));
      if (elapsedMinutes() < 15) inFirstWindow += 1;
    }
    const owner = await patientAttempt(test, DEMO.rugby, DEMO_PASSWORD, '192.0.2.1');

    expect(Math.max(...waits)).toBe(30);
    expect(inFirstWindow).toBeLessThanOrEqual(50);
    await readJson(owner.response, sessionSchema);
    expect(owner.waited).toBeLessThanOrEqual(30);
  });

  it('makes each address wait its turn, so a guesser cannot fire off ten from each of many addresses', async () => {
    const test = await createAccountsTestApp();
    for (let n = 0; n < 10; n += 1) await failFrom(test.app, DEMO.rugby, nthAddress(n));
    expect(await patientFailure(test, DEMO.rugby, '203.0.113.5')).toBe(1);

    // Its own failure does not add to the account's count, but the wait runs from it.
    const again = await signInRequest(test.app, DEMO.rugby, WRONG, '203.0.113.5');

    expect(retryAfter(again)).toBe(1);
    await readError(again, 429);
  });

  it('slows nobody once 15 minutes pass without a failure', async () => {
    const test = await createAccountsTestApp();
    for (let n = 0; n < 10; n += 1) await patientFailure(test, DEMO.rugby, nthAddress(n));

    test.clock.advanceMinutes(15);

    const owner = await patientAttempt(test, DEMO.rugby, DEMO_PASSWORD, '192.0.2.1');
    await readJson(owner.response, sessionSchema);
    expect(owner.waited).toBe(0);
  });

  it('does not slow other accounts, even one whose email address the guessed one begins with', async () => {
    const test = await createAccountsTestApp();
    for (let n = 0; n < 10; n += 1) await patientFailure(test, `${DEMO.lincoln} x`, nthAddress(n));

    const other = await patientAttempt(test, DEMO.lincoln, DEMO_PASSWORD, '192.0.2.1');

    await readJson(other.response, sessionSchema);
    expect(other.waited).toBe(0);
  });
});

describe('sign-in throttling: one address guessing at one account', () => {
  it('refuses the 11th attempt from that address, even with the right password, until the first failure is 15 minutes old', async () => {
    const test = await createAccountsTestApp();
    const { app, clock } = test;
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      await failFrom(app, DEMO.rugby, '203.0.113.5');
      clock.advanceSeconds(5);
    }

    const right = await signInRequest(app, DEMO.rugby, DEMO_PASSWORD, '203.0.113.5');
    // The first failure was 50 seconds ago; it leaves the 15-minute window in 14 minutes 10 seconds.
    expect(retryAfter(right)).toBe(15 * 60 - 50);
    expect((await readError(right, 429)).message).toBe('Too many attempts to sign in. Wait 15 minutes, then try again.');
    await readError(await signInRequest(app, DEMO.rugby, WRONG, '203.0.113.5'), 429);

    // The owner elsewhere is only slowed, as by any failures from other addresses.
    const elsewhere = await patientAttempt(test, DEMO.rugby, DEMO_PASSWORD, '192.0.2.1');
    await readJson(elsewhere.response, sessionSchema);
    expect(elsewhere.waited).toBeLessThanOrEqual(30);

    clock.advanceSeconds(15 * 60 - 50 - elsewhere.waited - 1);
    expect(retryAfter(await signInRequest(app, DEMO.rugby, DEMO_PASSWORD, '203.0.113.5'))).toBe(1);
    clock.advanceSeconds(1);
    await readJson(await signInRequest(app, DEMO.rugby, DEMO_PASSWORD, '203.0.113.5'), sessionSchema);
  });

  it('forgives the owner’s own slips at an address once they sign in from it', async () => {
    const { app } = await createAccountsTestApp();

    for (let round = 1; round <= 2; round += 1) {
      for (let attempt = 1; attempt <= 9; attempt += 1) await failFrom(app, DEMO.rugby, '192.0.2.1');
      await readJson(await signInRequest(app, DEMO.rugby, DEMO_PASSWORD, '192.0.2.1'), sessionSchema);
    }
  });

  it('does not forgive failures from other addresses when the owner signs in', async () => {
    const test = await createAccountsTestApp();
    for (let n = 0; n < 10; n += 1) await patientFailure(test, DEMO.rugby, nthAddress(n));
    await readJson((await patientAttempt(test, DEMO.rugby, DEMO_PASSWORD, '192.0.2.1')).response, sessionSchema);

    // The owner waited out the delay, so one more guess gets through; had the owner's sign-in
    // wiped the count, the guess after it would too.
    await failFrom(test.app, DEMO.rugby, nthAddress(10));
    const next = await signInRequest(test.app, DEMO.rugby, WRONG, nthAddress(11));

    expect(retryAfter(next)).toBe(2);
    await readError(next, 429);
  });

  it('answers an email with no account exactly as one with an account, so a refusal tells nobody who has one', async () => {
    const test = await createAccountsTestApp();

    const answers = [];
    for (const email of [DEMO.rugby, 'nobody@demo.test']) {
      const seen = [];
      for (let n = 0; n < 12; n += 1) {
        const response = await signInRequest(test.app, email, WRONG, n < 6 ? '203.0.113.9' : nthAddress(n));
        seen.push(`${response.status} ${response.headers.get('Retry-After') ?? '-'}`);
        await response.arrayBuffer();
      }
      answers.push(seen);
      test.clock.advanceMinutes(15);
    }

    expect(answers[1]).toEqual(answers[0]);
  });
});

describe('sign-in throttling: one address guessing at many accounts', () => {
  it('after 20 failures slows that address, 1 second more each time up to a minute, but never locks it out', async () => {
    const test = await createAccountsTestApp();
    for (let n = 1; n <= 20; n += 1) await failFrom(test.app, `guess${n}@demo.test`, '203.0.113.7');

    const first = await signInRequest(test.app, 'guess21@demo.test', WRONG, '203.0.113.7');
    expect(retryAfter(first)).toBe(1);
    expect((await readError(first, 429)).message).toBe('Too many attempts to sign in. Wait 1 second, then try again.');
    const waits = [];
    for (let n = 21; n <= 30; n += 1) waits.push(await patientFailure(test, `guess${n}@demo.test`, '203.0.113.7'));
    const someone = await patientAttempt(test, DEMO.manager, DEMO_PASSWORD, '203.0.113.7');

    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60, 60]);
    await readJson(someone.response, sessionSchema);
    expect(someone.waited).toBe(60);
    expect(someone.refusal).toBe('Too many attempts to sign in. Wait 1 minute, then try again.');
    // Nobody elsewhere is slowed by that address's failures.
    await readJson(await signInRequest(test.app, DEMO.engagement, DEMO_PASSWORD, '203.0.113.8'), sessionSchema);
  });

  it('does not let a sign-in with a known password lower the address’s count', async () => {
    const test = await createAccountsTestApp();
    for (let n = 1; n <= 20; n += 1) await failFrom(test.app, `guess${n}@demo.test`, '203.0.113.7');
    await readJson((await patientAttempt(test, DEMO.rugby, DEMO_PASSWORD, '203.0.113.7')).response, sessionSchema);

    // The sign-in waited out the delay, so one more guess gets through; had it wiped the
    // address's count, the guess after it would too.
    await failFrom(test.app, 'guess21@demo.test', '203.0.113.7');
    const next = await signInRequest(test.app, 'guess22@demo.test', WRONG, '203.0.113.7');

    expect(retryAfter(next)).toBe(2);
    await readError(next, 429);
  });
});

describe('sign-in throttling: attempts sent all at once', () => {
  // Each attempt is checked and recorded in one transaction under locks, so none slips past a
  // limit while the others' passwords are still being hashed, on PostgreSQL as on SQLite.

  it('from one address at one account: exactly ten fail, the rest are refused', async () => {
    const { app } = await createAccountsTestApp();

    const counts = await statusCounts(Array.from({ length: 25 }, () => signInRequest(app, DEMO.rugby, WRONG, '203.0.113.5')));

    expect(counts).toEqual({ 401: 10, 429: 15 });
    await readError(await signInRequest(app, DEMO.rugby, DEMO_PASSWORD, '203.0.113.5'), 429);
  });

  it('from many addresses at one account: exactly the ten free failures, the rest are refused', async () => {
    const { app } = await createAccountsTestApp();

    const counts = await statusCounts(Array.from({ length: 25 }, (_, n) => signInRequest(app, DEMO.rugby, WRONG, nthAddress(n))));

    expect(counts).toEqual({ 401: 10, 429: 15 });
  });

  it('from one address at many accounts: exactly the twenty free failures, the rest are refused', async () => {
    const { app } = await createAccountsTestApp();

    const counts = await statusCounts(Array.from({ length: 30 }, (_, n) => signInRequest(app, `guess${n}@demo.test`, WRONG, '203.0.113.7')));

    expect(counts).toEqual({ 401: 20, 429: 10 });
  });
});

describe('sign-in throttling: storage', () => {
  it('keeps no failure older than 15 minutes once someone tries again', async () => {
    const { app, clock, db } = await createAccountsTestApp();
    for (let n = 0; n < 5; n += 1) await failFrom(app, DEMO.rugby, nthAddress(n));

    clock.advanceMinutes(16);
    await failFrom(app, DEMO.lincoln, '192.0.2.1');

    const stale = await db
      .selectFrom('signInFailures')
      .select('id')
      .where('failedAt', '<=', isoNow(addMinutes(clock.now(), -15)))
      .execute();
    expect(stale).toEqual([]);
  });
});
