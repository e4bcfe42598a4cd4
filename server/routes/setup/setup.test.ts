import { describe, expect, it } from 'vitest';
import { createdUserSchema, sessionSchema, setupDetailsSchema, userListSchema } from '../../../src/domain/user';
import { readError, readJson, sendRequest } from '../../../test/api-request';
import { createAccountsTestApp, DEMO, newSessionCookie, signIn, whoIsSignedIn } from '../../../test/test-accounts';
import { createSetupLink } from '../../auth/setup-links';
import { printFirstRunLink } from '../../first-run';

const PASSWORD = 'a long enough passphrase';

/** The API path of a set-up link, from the URL a person is sent. */
function setupPath(url: string): string {
  return `/api${new URL(url).pathname}`;
}

async function invite() {
  const world = await createAccountsTestApp();
  const manager = await signIn(world.app, DEMO.manager);
  const created = await readJson(
    await sendRequest(world.app, 'POST', '/api/users', {
      cookie: manager,
      body: { email: 'kim@lincoln.gov.uk', displayName: 'Kim', role: 'council', organisations: ['city-of-lincoln-council'] },
    }),
    createdUserSchema,
    201,
  );
  return { ...world, manager, path: setupPath(created.setupLink.url) };
}

describe('an invited person’s set-up link', () => {
  it('refuses a password shorter than 12 characters, naming the field, and stays usable', async () => {
    const { app, path } = await invite();

    const error = await readError(await sendRequest(app, 'POST', path, { body: { password: 'elevenchars' } }), 400);

    expect(Object.keys(error.fields ?? {})).toEqual(['password']);
    await readJson(await sendRequest(app, 'POST', path, { body: { password: 'twelve chars' } }), sessionSchema);
  });

  it('sets one password when it is used in several tabs at the same moment', async () => {
    const { app, db, path } = await invite();

    const responses = await Promise.all(
      ['first', 'second', 'third', 'fourth', 'fifth'].map((word) =>
        sendRequest(app, 'POST', path, { body: { password: `the ${word} long passphrase` } }),
      ),
    );

    const statuses = responses.map((response) => response.status);
    expect(statuses.sort()).toEqual([200, 410, 410, 410, 410]);
    // Whichever tab won, its password is the one that works, and only one session was started.
    const winner = ['first', 'second', 'third', 'fourth', 'fifth'].find((_word, index) => responses[index]?.status === 200);
    await signIn(app, 'kim@lincoln.gov.uk', `the ${winner ?? ''} long passphrase`);
    const kim = await db.selectFrom('users').select('id').where('email', '=', 'kim@lincoln.gov.uk').executeTakeFirstOrThrow();
    expect(await db.selectFrom('sessions').select('userId').where('userId', '=', kim.id).execute()).toHaveLength(2);
  });

  it('works once only', async () => {
    const { app, path } = await invite();
    await readJson(await sendRequest(app, 'POST', path, { body: { password: PASSWORD } }), sessionSchema);

    await readError(await sendRequest(app, 'GET', path), 410);
    const again = await sendRequest(app, 'POST', path, { body: { password: 'someone else’s choice' } });
    await readError(again, 410);
    // The first choice stands.
    await signIn(app, 'kim@lincoln.gov.uk', PASSWORD);
  });

  it('works for 24 hours and not after', async () => {
    const expiring = await invite();
    expiring.clock.advanceMinutes(24 * 60 - 1);
    await readJson(await sendRequest(expiring.app, 'GET', expiring.path), setupDetailsSchema);
    expiring.clock.advanceMinutes(1);
    await readError(await sendRequest(expiring.app, 'GET', expiring.path), 410);
    await readError(await sendRequest(expiring.app, 'POST', expiring.path, { body: { password: PASSWORD } }), 410);

    // Signing in still fails: the account never got a password.
    await readError(await sendRequest(expiring.app, 'POST', '/api/session', { body: { email: 'kim@lincoln.gov.uk', password: PASSWORD } }), 401);
  });

  it('answers 410 for a token that was never issued', async () => {
    const { app } = await invite();

    await readError(await sendRequest(app, 'GET', `/api/setup/${'x'.repeat(43)}`), 410);
    await readError(await sendRequest(app, 'POST', `/api/setup/${'x'.repeat(43)}`, { body: { password: PASSWORD } }), 410);
  });

  it('lets the person correct their name as they choose a password', async () => {
    const { app, path } = await invite();

    const session = await readJson(await sendRequest(app, 'POST', path, { body: { password: PASSWORD, displayName: 'Kim Lee' } }), sessionSchema);

    expect(session.user).toMatchObject({ email: 'kim@lincoln.gov.uk', displayName: 'Kim Lee', role: 'council', active: true });
  });
});

describe('the first manager’s set-up link', () => {
  async function emptyInstallation() {
    // As `npm start` leaves a fresh database: seeded projects, no accounts at all.
    const world = await createAccountsTestApp({ demoAccounts: false });
    const link = await createSetupLink(world.db, { userId: null, role: 'manager' }, world.clock.now(), 'http://localhost');
    return { ...world, path: setupPath(link.url) };
  }

  it('asks for the person’s own email and name, sets up a manager and signs them in', async () => {
    const { app, path } = await emptyInstallation();

    expect(await readJson(await sendRequest(app, 'GET', path), setupDetailsSchema)).toEqual({ email: null, displayName: null, role: 'manager', existingAccount: false });
    const missing = await readError(await sendRequest(app, 'POST', path, { body: { password: PASSWORD } }), 400);
    expect(Object.keys(missing.fields ?? {}).sort()).toEqual(['displayName', 'email']);

    const response = await sendRequest(app, 'POST', path, { body: { email: 'Chief@LDCU.gov.uk', displayName: 'Chief', password: PASSWORD } });
    const cookie = newSessionCookie(response);
    const session = await readJson(response, sessionSchema);

    expect(session.user).toMatchObject({ email: 'chief@ldcu.gov.uk', role: 'manager', active: true });
    expect(session.allowed).toContain('users:manage');
    const { users } = await readJson(await sendRequest(app, 'GET', '/api/users', { cookie }), userListSchema);
    expect(users.map((user) => user.email)).toEqual(['chief@ldcu.gov.uk']);
    await signIn(app, 'chief@ldcu.gov.uk', PASSWORD);
  });

  it('works once', async () => {
    const { app, path } = await emptyInstallation();
    await readJson(await sendRequest(app, 'POST', path, { body: { email: 'chief@ldcu.gov.uk', displayName: 'Chief', password: PASSWORD } }), sessionSchema);

    await readError(await sendRequest(app, 'GET', path), 410);
    await readError(await sendRequest(app, 'POST', path, { body: { email: 'deputy@ldcu.gov.uk', displayName: 'Deputy', password: PASSWORD } }), 410);
  });

  it('is refused once any account exists, however it came to be', async () => {
    const { app, db, clock } = await emptyInstallation();
    // Each start prints a fresh link while there is no account; an older one must not make a second manager.
    const older = setupPath((await createSetupLink(db, { userId: null, role: 'manager' }, clock.now(), 'http://localhost')).url);
    const path = setupPath((await createSetupLink(db, { userId: null, role: 'manager' }, clock.now(), 'http://localhost')).url);
    await readJson(await sendRequest(app, 'POST', path, { body: { email: 'chief@ldcu.gov.uk', displayName: 'Chief', password: PASSWORD } }), sessionSchema);

    await readError(await sendRequest(app, 'GET', older), 410);
    await readError(await sendRequest(app, 'POST', older, { body: { email: 'intruder@example.com', displayName: 'Intruder', password: PASSWORD } }), 410);
  });

  it('makes one manager when several first-run links are used at the same moment', async () => {
    const { app, db, clock } = await emptyInstallation();
    // Several servers started on one empty database each print a link of their own.
    const paths = await Promise.all(
      [1, 2, 3, 4, 5, 6].map(async () => setupPath((await createSetupLink(db, { userId: null, role: 'manager' }, clock.now(), 'http://localhost')).url)),
    );

    // Both requests start before either finishes: the check for "no account yet" must hold for the write that follows it.
    const responses = await Promise.all(
      paths.map((path, index) =>
        sendRequest(app, 'POST', path, { body: { email: `chief${index}@ldcu.gov.uk`, displayName: 'Chief', password: PASSWORD } }),
      ),
    );

    expect(responses.map((response) => response.status).sort()).toEqual([200, 410, 410, 410, 410, 410]);
    expect(await db.selectFrom('users').select('email').execute()).toHaveLength(1);
  });

  it('is refused on a database that already has accounts', async () => {
    const { app, db, clock } = await createAccountsTestApp();
    const link = await createSetupLink(db, { userId: null, role: 'manager' }, clock.now(), 'http://localhost');

    await readError(await sendRequest(app, 'GET', setupPath(link.url)), 410);
    await readError(
      await sendRequest(app, 'POST', setupPath(link.url), { body: { email: 'intruder@example.com', displayName: 'Intruder', password: PASSWORD } }),
      410,
    );
    await readError(await sendRequest(app, 'POST', '/api/session', { body: { email: 'intruder@example.com', password: PASSWORD } }), 401);
  });
});

describe('printFirstRunLink', () => {
  it('prints a working one-time link when there are no accounts, and nothing once there is one', async () => {
    const { app, db } = await createAccountsTestApp({ demoAccounts: false });
    const lines: string[] = [];

    await printFirstRunLink(db, 'http://localhost', (line) => lines.push(line));

    const url = lines.map((line) => line.trim()).find((line) => line.startsWith('http://localhost/setup/'));
    expect(url).toBeDefined();
    const response = await sendRequest(app, 'POST', setupPath(url ?? ''), { body: { email: 'chief@ldcu.gov.uk', displayName: 'Chief', password: PASSWORD } });
    expect(await whoIsSignedIn(app, newSessionCookie(response))).toBe('chief@ldcu.gov.uk');

    const later: string[] = [];
    await printFirstRunLink(db, 'http://localhost', (line) => later.push(line));
    expect(later).toEqual([]);
  });
});
