import { describe, expect, it } from 'vitest';
import { projectDetailSchema } from '../../src/domain/project';
import * as z from 'zod/mini';
import { appConfigSchema, createdUserSchema, sessionSchema, userSchema } from '../../src/domain/user';
import { readError, readJson, sendRequest } from '../../test/api-request';
import {
  createAccountsTestApp,
  createTestClock,
  DEMO,
  newSessionCookie,
  signIn,
  userIdOf,
  whoIsSignedIn,
} from '../../test/test-accounts';
import { TEST_PASSWORD_COST } from '../../test/test-content';
import { createSeededDatabase } from '../../test/test-database';
import { printFirstRunLink } from '../first-run';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, ensureDemoAccounts, hasDemoAccounts, NotADemoDatabaseError } from './demo-accounts';

describe('ensureDemoAccounts', () => {
  it('adds the four demo accounts once, and nothing on later runs', async () => {
    const db = await createSeededDatabase();
    const now = createTestClock().now();

    expect(await ensureDemoAccounts(db, now, TEST_PASSWORD_COST)).toEqual({ added: 4, removed: 0 });
    expect(await ensureDemoAccounts(db, now, TEST_PASSWORD_COST)).toEqual({ added: 0, removed: 0 });
    expect((await db.selectFrom('users').select('email').orderBy('email').execute()).map((user) => user.email)).toEqual([
      DEMO.engagement,
      DEMO.lincoln,
      DEMO.manager,
      DEMO.rugby,
    ]);
  });

  it('puts a changed demo account back on the next start', async () => {
    const db = await createSeededDatabase();
    const now = createTestClock().now();
    await ensureDemoAccounts(db, now, TEST_PASSWORD_COST);
    await db.updateTable('users').set({ disabledAt: now.toISOString(), passwordHash: 'scrypt$changed', role: 'council' }).where('email', '=', DEMO.manager).execute();

    await ensureDemoAccounts(db, now, TEST_PASSWORD_COST);

    const { app } = await createAccountsTestApp({ db, demoAccounts: false });
    const session = await readJson(
      await sendRequest(app, 'POST', '/api/session', { body: { email: DEMO.manager, password: DEMO_PASSWORD } }),
      sessionSchema,
    );
    expect(session.user.role).toBe('manager');
  });

  it('refuses a database with other accounts and no demo account, as a real one, and leaves it as it was', async () => {
    const db = await createSeededDatabase();
    const now = createTestClock().now();
    await db
      .insertInto('users')
      .values({ email: 'real@council.gov.uk', displayName: 'Real', role: 'manager', passwordHash: 'scrypt$real', disabledAt: null, createdAt: now.toISOString(), passwordChangedAt: null })
      .execute();
    const before = await db.selectFrom('users').selectAll().execute();

    await expect(ensureDemoAccounts(db, now, TEST_PASSWORD_COST)).rejects.toThrow(NotADemoDatabaseError);

    expect(await db.selectFrom('users').selectAll().execute()).toEqual(before);
    expect(await hasDemoAccounts(db)).toBe(false);
  });

  it('removes, at the next demo start, an account someone added, with its sessions, links and organisations', async () => {
    const { app, db, clock } = await createAccountsTestApp({ demo: true });
    const manager = await signIn(app, DEMO.manager);
    const { user, setupLink } = await readJson(
      await sendRequest(app, 'POST', '/api/users', {
        cookie: manager,
        body: { email: 'jo@rugby.gov.uk', displayName: 'Jo', role: 'council', organisations: ['rugby-borough-council'] },
      }),
      createdUserSchema,
      201,
    );
    const joSetup = await sendRequest(app, 'POST', `/api${new URL(setupLink.url).pathname}`, { body: { password: 'jo’s own passphrase' } });
    const jo = newSessionCookie(joSetup);
    await readJson(joSetup, sessionSchema);
    // A second, unused link, as when a manager sends a new one.
    const { setupLink: laterLink } = await readJson(
      await sendRequest(app, 'POST', `/api/users/${user.id}/setup-link`, { cookie: manager }),
      createdUserSchema,
      201,
    );
    expect(await whoIsSignedIn(app, jo)).toBe('jo@rugby.gov.uk');

    expect(await ensureDemoAccounts(db, clock.now(), TEST_PASSWORD_COST)).toEqual({ added: 0, removed: 1 });

    expect((await db.selectFrom('users').select('email').orderBy('email').execute()).map((row) => row.email)).toEqual([
      DEMO.engagement,
      DEMO.lincoln,
      DEMO.manager,
      DEMO.rugby,
    ]);
    expect(await whoIsSignedIn(app, jo)).toBeNull();
    await readError(await sendRequest(app, 'GET', `/api${new URL(laterLink.url).pathname}`), 410);
    await readError(await sendRequest(app, 'POST', '/api/session', { body: { email: 'jo@rugby.gov.uk', password: 'jo’s own passphrase' } }), 401);
    for (const table of ['sessions', 'setupLinks', 'userOrganisations'] as const) {
      const orphans = await db.selectFrom(table).select('userId').where('userId', '=', user.id).execute();
      expect(orphans, table).toEqual([]);
    }
    // The demo manager's own session is untouched.
    expect(await whoIsSignedIn(app, manager)).toBe(DEMO.manager);
  });

  it.each([
    [DEMO.manager, 'manager', []],
    [DEMO.engagement, 'engagement', []],
    [DEMO.rugby, 'council', ['rugby-borough-council']],
    [DEMO.lincoln, 'council', ['city-of-lincoln-council']],
  ])('lets %s sign in with the demo password as %s staff of %j', async (email, role, organisations) => {
    const { app } = await createAccountsTestApp();

    const session = await readJson(await sendRequest(app, 'POST', '/api/session', { body: { email, password: 'demo-demo-demo' } }), sessionSchema);

    expect(session.user.role).toBe(role);
    expect(session.user.organisations.map((organisation) => organisation.slug)).toEqual(organisations);
  });
});

describe('editing a project’s links', () => {
  it('answers a form that names nothing to change with the project as it stands', async () => {
    const { app } = await createAccountsTestApp();
    const rugby = await signIn(app, DEMO.rugby);

    const project = await readJson(
      await sendRequest(app, 'PATCH', '/api/projects/digital-waste-service/links', { cookie: rugby, body: { version: 1 } }),
      projectDetailSchema,
    );

    expect(project.slug).toBe('digital-waste-service');
  });

  it('counts a council from an earlier phase only as no longer part of the project', async () => {
    const { app, db } = await createAccountsTestApp();
    const manager = await signIn(app, DEMO.manager);
    const rugby = await signIn(app, DEMO.rugby);
    const rugbyId = await userIdOf(db, DEMO.rugby);
    const actFor = async (organisation: string) =>
      readJson(
        await sendRequest(app, 'PATCH', `/api/users/${rugbyId}`, { cookie: manager, body: { organisations: [organisation] } }),
        z.object({ user: userSchema }),
      );
    const patchLinks = () =>
      sendRequest(app, 'PATCH', '/api/projects/open-referral-uk/links', { cookie: rugby, body: { websiteUrl: 'https://example.com/', version: 1 } });

    // Devon County Council took part in Open Referral UK's discovery only.
    await actFor('devon-county-council');
    const asDevon = await readJson(await sendRequest(app, 'GET', '/api/projects/open-referral-uk', { cookie: rugby }), projectDetailSchema);
    expect(asDevon.allowed).not.toContain('project-links:edit');
    await readError(await patchLinks(), 403);

    // Adur & Worthing Councils are partners in its current phase, beta.
    await actFor('adur-and-worthing-councils');
    await readJson(await patchLinks(), projectDetailSchema);
  });

  it('refuses a body far larger than any form with 413, before reading it', async () => {
    const { app } = await createAccountsTestApp();
    const rugby = await signIn(app, DEMO.rugby);

    const response = await sendRequest(app, 'PATCH', '/api/projects/digital-waste-service/links', {
      cookie: rugby,
      body: { websiteUrl: `https://example.com/${'a'.repeat(100_000)}` },
    });

    await readError(response, 413);
  });
});

describe('demo mode, as issue 3 accepts it', () => {
  it('lets rugby@demo.test edit Digital Waste Service’s links and refuses Housing Repairs with 403', async () => {
    const { app } = await createAccountsTestApp({ demo: true });
    const rugby = await signIn(app, DEMO.rugby);

    const edited = await readJson(
      await sendRequest(app, 'PATCH', '/api/projects/digital-waste-service/links', {
        cookie: rugby,
        body: { websiteUrl: 'https://www.rugby.gov.uk/bins', repositoryUrl: 'https://github.com/rugby/waste', version: 1 },
      }),
      projectDetailSchema,
    );
    expect(edited).toMatchObject({ websiteUrl: 'https://www.rugby.gov.uk/bins', repositoryUrl: 'https://github.com/rugby/waste' });
    expect(edited.allowed).toContain('project-links:edit');
    const reread = await readJson(await sendRequest(app, 'GET', '/api/projects/digital-waste-service'), projectDetailSchema);
    expect(reread.websiteUrl).toBe('https://www.rugby.gov.uk/bins');

    const before = await readJson(await sendRequest(app, 'GET', '/api/projects/housing-repairs', { cookie: rugby }), projectDetailSchema);
    expect(before.allowed).not.toContain('project-links:edit');
    await readError(
      await sendRequest(app, 'PATCH', '/api/projects/housing-repairs/links', { cookie: rugby, body: { websiteUrl: 'https://example.com/', version: 1 } }),
      403,
    );
    const after = await readJson(await sendRequest(app, 'GET', '/api/projects/housing-repairs'), projectDetailSchema);
    expect(after.websiteUrl).toBe(before.websiteUrl);
  });

  it('lets manager@demo.test create an account that can then sign in', async () => {
    const { app } = await createAccountsTestApp({ demo: true });
    const manager = await signIn(app, DEMO.manager);
    const { setupLink } = await readJson(
      await sendRequest(app, 'POST', '/api/users', {
        cookie: manager,
        body: { email: 'jo@rugby.gov.uk', displayName: 'Jo', role: 'council', organisations: ['rugby-borough-council'] },
      }),
      createdUserSchema,
      201,
    );

    await readJson(await sendRequest(app, 'POST', `/api${new URL(setupLink.url).pathname}`, { body: { password: 'jo’s own passphrase' } }), sessionSchema);

    const jo = await signIn(app, 'jo@rugby.gov.uk', 'jo’s own passphrase');
    await readJson(await sendRequest(app, 'PATCH', '/api/projects/digital-waste-service/links', { cookie: jo, body: { blogUrl: '', version: 1 } }), projectDetailSchema);
  });

  it('shows the demo accounts and their password in the config only in demo mode', async () => {
    const demo = await createAccountsTestApp({ demo: true });
    const real = await createAccountsTestApp({ demo: false });

    const shown = await readJson(await sendRequest(demo.app, 'GET', '/api/config'), appConfigSchema);
    const hidden = await readJson(await sendRequest(real.app, 'GET', '/api/config'), appConfigSchema);

    expect(shown).toEqual({
      demo: true,
      demoAccounts: DEMO_ACCOUNTS.map(({ email, description }) => ({ email, description })),
      demoPassword: DEMO_PASSWORD,
    });
    expect(shown.demoAccounts.map((account) => account.email)).toEqual([DEMO.manager, DEMO.engagement, DEMO.rugby, DEMO.lincoln]);
    expect(hidden).toEqual({ demo: false, demoAccounts: [], demoPassword: null });
    expect(JSON.stringify(hidden)).not.toContain(DEMO_PASSWORD);
  });
});

describe('a fresh installation, as `npm start` prepares it', () => {
  it('has no demo accounts: signing in as manager@demo.test fails', async () => {
    // Seeded, with the first-run link printed, but no ensureDemoAccounts: that is `npm run demo` only.
    const db = await createSeededDatabase();
    await printFirstRunLink(db, 'http://localhost', () => undefined);
    const { app } = await createAccountsTestApp({ db, demoAccounts: false });

    for (const email of [DEMO.manager, DEMO.rugby]) {
      const error = await readError(await sendRequest(app, 'POST', '/api/session', { body: { email, password: DEMO_PASSWORD } }), 401);
      expect(error.message).toBe('Enter a correct email address and password');
    }
    expect(await db.selectFrom('users').select('id').execute()).toEqual([]);
  });
});
