import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createdUserSchema, setupDetailsSchema, userListSchema, userSchema } from '../../../src/domain/user';
import { projectDetailSchema } from '../../../src/domain/project';
import { readError, readJson, sendRequest } from '../../../test/api-request';
import { createAccountsTestApp, DEMO, newSessionCookie, signIn, userIdOf, whoIsSignedIn } from '../../../test/test-accounts';
import type { ApiApp } from '../../app';

const updatedUserSchema = z.object({ user: userSchema });
const NEW_PERSON = { email: 'sam.jones@rugby.gov.uk', displayName: 'Sam Jones', role: 'council', organisations: ['rugby-borough-council'] };
const PASSWORD = 'twelve chars and more';

async function asManager() {
  const world = await createAccountsTestApp();
  return { ...world, manager: await signIn(world.app, DEMO.manager) };
}

function createUser(app: ApiApp, cookie: string, body: unknown) {
  return sendRequest(app, 'POST', '/api/users', { cookie, body });
}

function createUserAt(app: ApiApp, url: string, cookie: string, body: unknown, headers: Record<string, string>) {
  return sendRequest(app, 'POST', url, { cookie, body, headers });
}

/** The API path of a set-up link, from the URL a manager is given to send on. */
function setupPath(url: string): string {
  return `/api${new URL(url).pathname}`;
}

describe('POST /api/users', () => {
  it('creates an account with no password and a one-time link for its owner to choose one', async () => {
    const { app, manager } = await asManager();

    const { user, setupLink } = await readJson(await createUser(app, manager, NEW_PERSON), createdUserSchema, 201);

    expect(user).toMatchObject({
      email: NEW_PERSON.email,
      displayName: 'Sam Jones',
      role: 'council',
      organisations: [{ slug: 'rugby-borough-council', name: 'Rugby Borough Council' }],
      disabled: false,
      active: false,
    });
    expect(setupLink.url).toMatch(/^http:\/\/localhost\/setup\/[A-Za-z0-9_-]{43}$/);
    expect(new Date(setupLink.expiresAt).toISOString()).toBe('2022-05-12T09:00:00.000Z');
  });

  it('makes links under the public address when one is set', async () => {
    const world = await createAccountsTestApp({ publicUrl: 'https://portfolio.example.gov.uk/' });
    const manager = await signIn(world.app, DEMO.manager);

    const { setupLink } = await readJson(await createUser(world.app, manager, NEW_PERSON), createdUserSchema, 201);

    expect(setupLink.url).toMatch(/^https:\/\/portfolio\.example\.gov\.uk\/setup\/[A-Za-z0-9_-]{43}$/);
  });

  it('makes links under the configured address, whatever Host the request names', async () => {
    const { app, manager } = await asManager();
    // @hono/node-server builds a request's URL from its Host header, so this is what `Host: evil.example` looks like to the app.
    const headers = { Host: 'evil.example' };

    const { user, setupLink } = await readJson(
      await sendRequest(app, 'POST', 'http://evil.example/api/users', { cookie: manager, body: NEW_PERSON, headers }),
      createdUserSchema,
      201,
    );
    const { setupLink: again } = await readJson(
      await sendRequest(app, 'POST', `http://evil.example/api/users/${user.id}/setup-link`, { cookie: manager, headers }),
      createdUserSchema,
      201,
    );

    for (const link of [setupLink, again]) {
      expect(link.url).not.toContain('evil.example');
      expect(link.url).toMatch(/^http:\/\/localhost\/setup\//);
    }
  });

  it('accepts a write only from the configured origin, not from one the request names for itself', async () => {
    const world = await createAccountsTestApp({ publicUrl: 'http://portfolio.test:8080' });
    const manager = await signIn(world.app, DEMO.manager);
    const post = (url: string, origin: string, email: string) =>
      createUserAt(world.app, url, manager, { ...NEW_PERSON, email }, { Host: new URL(url).host, Origin: origin });

    await readError(await post('http://evil.example/api/users', 'http://evil.example', 'a@rugby.gov.uk'), 403);
    await readError(await post('http://localhost/api/users', 'http://localhost', 'b@rugby.gov.uk'), 403);
    const { setupLink } = await readJson(await post('http://evil.example/api/users', 'http://portfolio.test:8080', 'c@rugby.gov.uk'), createdUserSchema, 201);

    expect(setupLink.url).toMatch(/^http:\/\/portfolio\.test:8080\/setup\//);
  });

  it('gives the new person a link that shows their email, sets their password and signs them in', async () => {
    const { app, manager } = await asManager();
    const { setupLink } = await readJson(await createUser(app, manager, NEW_PERSON), createdUserSchema, 201);

    const details = await readJson(await sendRequest(app, 'GET', setupPath(setupLink.url)), setupDetailsSchema);
    expect(details).toEqual({ email: NEW_PERSON.email, displayName: 'Sam Jones', role: 'council', existingAccount: false });

    const response = await sendRequest(app, 'POST', setupPath(setupLink.url), { body: { password: PASSWORD } });
    const cookie = newSessionCookie(response);
    expect(await whoIsSignedIn(app, cookie)).toBe(NEW_PERSON.email);

    await signIn(app, NEW_PERSON.email, PASSWORD);
    const { users } = await readJson(await sendRequest(app, 'GET', '/api/users', { cookie: manager }), userListSchema);
    expect(users.find((listed) => listed.email === NEW_PERSON.email)).toMatchObject({ active: true, disabled: false });
  });

  it('refuses an email address that already has an account, whatever its case, naming the field', async () => {
    const { app, manager } = await asManager();

    for (const email of [DEMO.rugby, 'RUGBY@demo.test']) {
      const error = await readError(await createUser(app, manager, { ...NEW_PERSON, email }), 409);
      expect(Object.keys(error.fields ?? {})).toEqual(['email']);
    }
  });

  it('creates one account when the same email address is sent twice at once, and refuses the other with 409', async () => {
    const { app, manager } = await asManager();

    const responses = await Promise.all([createUser(app, manager, NEW_PERSON), createUser(app, manager, NEW_PERSON)]);

    expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
    const refused = responses.find((response) => response.status === 409);
    expect(Object.keys((await readError(refused ?? Response.error(), 409)).fields ?? {})).toEqual(['email']);
  });

  it('refuses council staff with no organisation, naming the field', async () => {
    const { app, manager } = await asManager();

    const error = await readError(await createUser(app, manager, { ...NEW_PERSON, organisations: [] }), 400);

    expect(Object.keys(error.fields ?? {})).toEqual(['organisations']);
  });

  it('refuses an organisation that does not exist, naming it', async () => {
    const { app, manager } = await asManager();

    const error = await readError(await createUser(app, manager, { ...NEW_PERSON, organisations: ['rugby-borough-council', 'atlantis-council'] }), 400);

    expect(error.fields?.organisations?.join(' ')).toContain('atlantis-council');
  });

  it('names each field it cannot accept', async () => {
    const { app, manager } = await asManager();

    const error = await readError(await createUser(app, manager, { email: 'not an email', displayName: ' ', role: 'admin' }), 400);

    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['displayName', 'email', 'role']);
  });

  it('creates staff without organisations', async () => {
    const { app, manager } = await asManager();

    const { user } = await readJson(
      await createUser(app, manager, { email: 'alex@ldcu.gov.uk', displayName: 'Alex', role: 'engagement' }),
      createdUserSchema,
      201,
    );

    expect(user).toMatchObject({ role: 'engagement', organisations: [] });
  });
});

describe('GET /api/users', () => {
  it('lists every account without their password hashes', async () => {
    const { app, manager } = await asManager();

    const response = await sendRequest(app, 'GET', '/api/users', { cookie: manager });
    const text = await response.clone().text();
    const { users } = await readJson(response, userListSchema);

    expect(users.map((user) => user.email).sort()).toEqual([DEMO.engagement, DEMO.lincoln, DEMO.manager, DEMO.rugby]);
    expect(text).not.toMatch(/scrypt|passwordHash/i);
  });
});

describe('PATCH /api/users/:id', () => {
  it('does not let managers disable themselves or give up their own role', async () => {
    const { app, db, manager } = await asManager();
    const id = await userIdOf(db, DEMO.manager);

    await readError(await sendRequest(app, 'PATCH', `/api/users/${id}`, { cookie: manager, body: { disabled: true } }), 409);
    await readError(await sendRequest(app, 'PATCH', `/api/users/${id}`, { cookie: manager, body: { role: 'engagement' } }), 409);

    expect(await whoIsSignedIn(app, manager)).toBe(DEMO.manager);
    // Changing their own name is fine.
    const { user } = await readJson(await sendRequest(app, 'PATCH', `/api/users/${id}`, { cookie: manager, body: { displayName: 'Pat Manager' } }), updatedUserSchema);
    expect(user).toMatchObject({ displayName: 'Pat Manager', role: 'manager', disabled: false });
  });

  it('disables an account: its sessions end and it cannot sign in until enabled again', async () => {
    const { app, db, manager } = await asManager();
    const rugby = await signIn(app, DEMO.rugby);
    const id = await userIdOf(db, DEMO.rugby);

    const { user } = await readJson(await sendRequest(app, 'PATCH', `/api/users/${id}`, { cookie: manager, body: { disabled: true } }), updatedUserSchema);

    expect(user.disabled).toBe(true);
    expect(await whoIsSignedIn(app, rugby)).toBeNull();
    await readError(await sendRequest(app, 'POST', '/api/session', { body: { email: DEMO.rugby, password: 'demo-demo-demo' } }), 401);
    await readError(await sendRequest(app, 'PATCH', '/api/projects/digital-waste-service/links', { cookie: rugby, body: { blogUrl: '', version: 1 } }), 401);

    await readJson(await sendRequest(app, 'PATCH', `/api/users/${id}`, { cookie: manager, body: { disabled: false } }), updatedUserSchema);
    await signIn(app, DEMO.rugby);
  });

  it('moves council staff to another council, and what they may change moves with them at once', async () => {
    const { app, db, manager } = await asManager();
    const lincoln = await signIn(app, DEMO.lincoln);
    const id = await userIdOf(db, DEMO.lincoln);
    const editLinks = () =>
      sendRequest(app, 'PATCH', '/api/projects/digital-waste-service/links', { cookie: lincoln, body: { blogUrl: 'https://blog.rugby.gov.uk/', version: 1 } });
    await readError(await editLinks(), 403);

    const { user } = await readJson(
      await sendRequest(app, 'PATCH', `/api/users/${id}`, { cookie: manager, body: { organisations: ['rugby-borough-council'] } }),
      updatedUserSchema,
    );

    expect(user.organisations.map((organisation) => organisation.slug)).toEqual(['rugby-borough-council']);
    const project = await readJson(await editLinks(), projectDetailSchema);
    expect(project.blogUrl).toBe('https://blog.rugby.gov.uk/');
    await readError(await sendRequest(app, 'PATCH', '/api/projects/housing-repairs/links', { cookie: lincoln, body: { blogUrl: '', version: 1 } }), 403);
  });

  it('changes a role, requiring an organisation for council staff', async () => {
    const { app, db, manager } = await asManager();
    const id = await userIdOf(db, DEMO.engagement);

    const error = await readError(await sendRequest(app, 'PATCH', `/api/users/${id}`, { cookie: manager, body: { role: 'council' } }), 400);
    expect(Object.keys(error.fields ?? {})).toEqual(['organisations']);

    const { user } = await readJson(
      await sendRequest(app, 'PATCH', `/api/users/${id}`, { cookie: manager, body: { role: 'council', organisations: ['city-of-lincoln-council'] } }),
      updatedUserSchema,
    );
    expect(user).toMatchObject({ role: 'council', organisations: [{ slug: 'city-of-lincoln-council' }] });
  });

  it('answers 404 for an account that does not exist', async () => {
    const { app, manager } = await asManager();

    for (const id of ['9999', 'abc', '0', '1.5', '2147483648', '99999999999999999999']) {
      await readError(await sendRequest(app, 'PATCH', `/api/users/${id}`, { cookie: manager, body: { displayName: 'Nobody' } }), 404);
    }
  });

  it('answers 404 for any other spelling of an id, and changes nothing', async () => {
    const { app, db, manager } = await asManager();
    const id = await userIdOf(db, DEMO.engagement);
    const spellings = [`0${id}`, `${id}.0`, `0x${id.toString(16)}`, `${id}e0`, `+${id}`, ` ${id}`, `${id}%20`, `%20${id}`];

    for (const spelling of spellings) {
      const path = `/api/users/${spelling}`;
      await readError(await sendRequest(app, 'PATCH', path, { cookie: manager, body: { displayName: 'Renamed' } }), 404);
      await readError(await sendRequest(app, 'POST', `${path}/setup-link`, { cookie: manager }), 404);
    }

    const { users } = await readJson(await sendRequest(app, 'GET', '/api/users', { cookie: manager }), userListSchema);
    expect(users.find((user) => user.id === id)?.displayName).toBe('Demo Engagement');
    // The id as written still works.
    await readJson(await sendRequest(app, 'PATCH', `/api/users/${id}`, { cookie: manager, body: { displayName: 'Renamed' } }), updatedUserSchema);
  });
});

describe('POST /api/users/:id/setup-link', () => {
  it('ends the earlier link when a new one is made, and stays ended after the account is enabled again', async () => {
    const { app, db, manager } = await asManager();
    const id = await userIdOf(db, DEMO.engagement);
    const newLink = async () =>
      (await readJson(await sendRequest(app, 'POST', `/api/users/${id}/setup-link`, { cookie: manager, body: {} }), createdUserSchema, 201))
        .setupLink;

    const first = await newLink();
    const second = await newLink();
    await readError(await sendRequest(app, 'GET', setupPath(first.url)), 410);
    await readJson(await sendRequest(app, 'GET', setupPath(second.url)), setupDetailsSchema);

    await readJson(await sendRequest(app, 'PATCH', `/api/users/${id}`, { cookie: manager, body: { disabled: true } }), updatedUserSchema);
    await readJson(await sendRequest(app, 'PATCH', `/api/users/${id}`, { cookie: manager, body: { disabled: false } }), updatedUserSchema);
    await readError(await sendRequest(app, 'GET', setupPath(second.url)), 410);
  });

  it('leaves exactly one link working when several are made at the same moment', async () => {
    const { app, db, manager } = await asManager();
    const id = await userIdOf(db, DEMO.engagement);

    const made = await Promise.all(
      [1, 2, 3, 4, 5].map(async () =>
        (await readJson(await sendRequest(app, 'POST', `/api/users/${id}/setup-link`, { cookie: manager, body: {} }), createdUserSchema, 201))
          .setupLink,
      ),
    );

    const statuses = await Promise.all(made.map(async (link) => (await sendRequest(app, 'GET', setupPath(link.url))).status));
    expect(statuses.sort()).toEqual([200, 410, 410, 410, 410]);
  });

  it('gives a new link that works, and refuses one for a disabled account', async () => {
    const { app, db, manager } = await asManager();
    const id = await userIdOf(db, DEMO.engagement);

    const { setupLink } = await readJson(await sendRequest(app, 'POST', `/api/users/${id}/setup-link`, { cookie: manager, body: {} }), createdUserSchema, 201);
    const details = await readJson(await sendRequest(app, 'GET', setupPath(setupLink.url)), setupDetailsSchema);
    expect(details.email).toBe(DEMO.engagement);
    // The account has a password already, so the page can say the link replaces it.
    expect(details.existingAccount).toBe(true);

    await readJson(await sendRequest(app, 'PATCH', `/api/users/${id}`, { cookie: manager, body: { disabled: true } }), updatedUserSchema);
    await readError(await sendRequest(app, 'POST', `/api/users/${id}/setup-link`, { cookie: manager, body: {} }), 409);
    // A link given before the account was disabled no longer works either.
    await readError(await sendRequest(app, 'GET', setupPath(setupLink.url)), 410);
  });
});
