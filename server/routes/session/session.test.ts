import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createdUserSchema, currentSessionSchema, sessionSchema, userSchema } from '../../../src/domain/user';
import { readError, readJson, sendRequest } from '../../../test/api-request';
import {
  createAccountsTestApp,
  DEMO,
  newSessionCookie,
  sessionCookieSet,
  signIn,
  userIdOf,
  whoIsSignedIn,
} from '../../../test/test-accounts';
import type { ApiApp } from '../../app';
import { DEMO_PASSWORD } from '../../db/demo-accounts';

const HTTPS_URL = 'https://portfolio.example.gov.uk';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

function signInRequest(app: ApiApp, email: string, password: string, from?: string) {
  return sendRequest(app, 'POST', '/api/session', {
    body: { email, password },
    ...(from === undefined ? {} : { headers: { 'X-Forwarded-For': from } }),
  });
}

describe('POST /api/session', () => {
  it('signs in with the user and what they may do, in a session cookie scripts cannot read', async () => {
    const { app } = await createAccountsTestApp();

    const response = await signInRequest(app, DEMO.rugby, DEMO_PASSWORD);
    const cookie = sessionCookieSet(response);
    const session = await readJson(response, sessionSchema);

    expect(session.user).toMatchObject({
      email: DEMO.rugby,
      role: 'council',
      organisations: [{ slug: 'rugby-borough-council' }],
      disabled: false,
      active: true,
    });
    expect(cookie?.name).toBe('portfolio-session');
    // 256 random bits in base64url.
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie?.attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/']));
    // Over plain HTTP a Secure cookie would never come back, so it is not marked Secure.
    expect(cookie?.attributes).not.toContain('Secure');
    expect(cookie?.attributes.some((attribute) => attribute.startsWith('Domain'))).toBe(false);
  });

  it('accepts the email address whatever its case and surrounding spaces', async () => {
    const { app } = await createAccountsTestApp();

    await signIn(app, '  Rugby@Demo.TEST ');
  });

  it('over HTTPS names the cookie __Host- and marks it Secure, and asks browsers to keep to HTTPS for a year', async () => {
    const { app } = await createAccountsTestApp({ publicUrl: HTTPS_URL });

    const response = await signInRequest(app, DEMO.manager, DEMO_PASSWORD);
    const cookie = sessionCookieSet(response);

    expect(response.status).toBe(200);
    expect(cookie?.name).toBe('__Host-portfolio-session');
    expect(cookie?.attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/', 'Secure']));
    expect(cookie?.attributes.some((attribute) => attribute.startsWith('Domain'))).toBe(false);
    expect(response.headers.get('Strict-Transport-Security')).toMatch(new RegExp(`^max-age=${ONE_YEAR_SECONDS}(;|$)`));
    // The __Host- cookie is the one that counts; the plain name is not read over HTTPS.
    expect(await whoIsSignedIn(app, cookie?.pair ?? '')).toBe(DEMO.manager);
    expect(await whoIsSignedIn(app, `portfolio-session=${cookie?.value ?? ''}`)).toBeNull();
  });

  it('starts a new session at every sign-in and ends the one the browser had', async () => {
    const { app } = await createAccountsTestApp();
    const first = await signIn(app, DEMO.rugby);

    const second = await signIn(app, DEMO.rugby, DEMO_PASSWORD, first);

    expect(second).not.toBe(first);
    expect(await whoIsSignedIn(app, first)).toBeNull();
    expect(await whoIsSignedIn(app, second)).toBe(DEMO.rugby);
  });

  it('keeps sessions in other browsers when someone signs in in a new one', async () => {
    const { app } = await createAccountsTestApp();
    const laptop = await signIn(app, DEMO.rugby);

    const phone = await signIn(app, DEMO.rugby);

    expect(await whoIsSignedIn(app, laptop)).toBe(DEMO.rugby);
    expect(await whoIsSignedIn(app, phone)).toBe(DEMO.rugby);
  });

  it('gives one message whatever was wrong, so nobody can learn who has an account', async () => {
    const { app, db } = await createAccountsTestApp();
    const manager = await signIn(app, DEMO.manager);
    // Disable Lincoln and invite someone who has not yet chosen a password, through the API.
    await readJson(
      await sendRequest(app, 'PATCH', `/api/users/${await userIdOf(db, DEMO.lincoln)}`, { cookie: manager, body: { disabled: true } }),
      z.object({ user: userSchema }),
    );
    const invited = await readJson(
      await sendRequest(app, 'POST', '/api/users', {
        cookie: manager,
        body: { email: 'invited@demo.test', displayName: 'Invited', role: 'engagement' },
      }),
      createdUserSchema,
      201,
    );
    expect(invited.user.active).toBe(false);

    const refusals = [];
    for (const [email, password] of [
      ['nobody@demo.test', DEMO_PASSWORD],
      [DEMO.rugby, 'not-the-demo-password'],
      [DEMO.lincoln, DEMO_PASSWORD],
      ['invited@demo.test', DEMO_PASSWORD],
    ] as const) {
      const response = await signInRequest(app, email, password);
      expect(sessionCookieSet(response), email).toBeNull();
      refusals.push(await readError(response, 401));
    }

    expect(refusals.map((refusal) => refusal.message)).toEqual(Array<string>(4).fill('Enter a correct email address and password'));
    expect(refusals.every((refusal) => refusal.fields === undefined)).toBe(true);
    // An empty password is a form error the app shows against the field, not a failed sign-in.
    const empty = await readError(await signInRequest(app, 'invited@demo.test', ''), 400);
    expect(Object.keys(empty.fields ?? {})).toEqual(['password']);
  });

  it('refuses a body that is not JSON with 415, whatever it says', async () => {
    const { app } = await createAccountsTestApp();
    const form = new URLSearchParams({ email: DEMO.manager, password: DEMO_PASSWORD }).toString();

    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      const response = await app.request('/api/session', { method: 'POST', headers: { 'Content-Type': type }, body: form });
      expect(sessionCookieSet(response)).toBeNull();
      await readError(response, 415);
    }
    // A cross-site form cannot set a JSON type, but a script could send JSON labelled as text.
    const labelledText = await app.request('/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ email: DEMO.manager, password: DEMO_PASSWORD }),
    });
    await readError(labelledText, 415);
    const unlabelled = await app.request('/api/session', { method: 'POST', body: JSON.stringify({ email: DEMO.manager, password: DEMO_PASSWORD }) });
    await readError(unlabelled, 415);
  });

  it('accepts JSON with a charset', async () => {
    const { app } = await createAccountsTestApp();

    const response = await sendRequest(app, 'POST', '/api/session', {
      body: { email: DEMO.manager, password: DEMO_PASSWORD },
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });

    await readJson(response, sessionSchema);
  });

  it('refuses a request from another site, by its Origin or by Sec-Fetch-Site, before looking at it', async () => {
    const { app } = await createAccountsTestApp();
    const body = { email: DEMO.manager, password: DEMO_PASSWORD };

    const crossSite: Record<string, string>[] = [
      { Origin: 'https://evil.example' },
      { Origin: 'http://localhost.evil.example' },
      { Origin: 'null' },
      { 'Sec-Fetch-Site': 'cross-site' },
    ];
    for (const headers of crossSite) {
      const response = await sendRequest(app, 'POST', '/api/session', { body, headers });
      expect(sessionCookieSet(response), JSON.stringify(headers)).toBeNull();
      await readError(response, 403);
    }
    // The app's own pages send their own origin.
    await readJson(await sendRequest(app, 'POST', '/api/session', { body, headers: { Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin' } }), sessionSchema);
  });

  it('checks the Origin against the public address when one is set', async () => {
    const { app } = await createAccountsTestApp({ publicUrl: HTTPS_URL });
    const body = { email: DEMO.manager, password: DEMO_PASSWORD };

    await readError(await sendRequest(app, 'POST', '/api/session', { body, headers: { Origin: 'http://localhost' } }), 403);
    await readJson(await sendRequest(app, 'POST', '/api/session', { body, headers: { Origin: HTTPS_URL } }), sessionSchema);
  });

  it('compares origins, not spellings of the public address', async () => {
    // An address with a capital letter, the default port or a path still names the same origin as the browser sends.
    for (const publicUrl of ['https://Portfolio.Example.gov.uk', 'https://portfolio.example.gov.uk:443/', 'https://portfolio.example.gov.uk/portfolio']) {
      const { app } = await createAccountsTestApp({ publicUrl });
      const body = { email: DEMO.manager, password: DEMO_PASSWORD };

      const response = await sendRequest(app, 'POST', '/api/session', { body, headers: { Origin: HTTPS_URL } });

      expect(response.status, publicUrl).toBe(200);
    }
  });

  it('answers no CORS preflight, so other sites cannot send JSON with credentials', async () => {
    const { app } = await createAccountsTestApp();

    const response = await app.request('/api/session', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });

    expect(response.status).toBe(404);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(response.headers.get('Access-Control-Allow-Credentials')).toBeNull();
  });
});

describe('GET /api/session', () => {
  it('answers someone not signed in with no user and nothing they may do, not with an error', async () => {
    const { app } = await createAccountsTestApp();

    const response = await sendRequest(app, 'GET', '/api/session');

    expect(await readJson(response, currentSessionSchema)).toEqual({ user: null, allowed: [] });
    // There is no session to end, so no cookie to clear.
    expect(sessionCookieSet(response)).toBeNull();
  });

  it('answers a cookie the server never issued as nobody signed in, and tells the browser to drop it', async () => {
    const { app } = await createAccountsTestApp();

    const response = await sendRequest(app, 'GET', '/api/session', { cookie: `portfolio-session=${'A'.repeat(43)}` });

    expect(await readJson(response, currentSessionSchema)).toEqual({ user: null, allowed: [] });
    expect(sessionCookieSet(response)?.attributes).toContain('Max-Age=0');
  });

  it('gives the signed-in person and what they may do anywhere', async () => {
    const { app } = await createAccountsTestApp();
    const cookie = await signIn(app, DEMO.manager);

    const session = await readJson(await sendRequest(app, 'GET', '/api/session', { cookie }), sessionSchema);

    expect(session.user).toMatchObject({ email: DEMO.manager, role: 'manager', organisations: [] });
    expect(session.allowed).toContain('users:manage');
  });

  it('never shows a password hash', async () => {
    const { app } = await createAccountsTestApp();
    const cookie = await signIn(app, DEMO.manager);

    const text = await (await sendRequest(app, 'GET', '/api/session', { cookie })).text();

    expect(text).not.toMatch(/scrypt|passwordHash/i);
  });
});

describe('DELETE /api/session', () => {
  it('ends the session on the server, not only in the browser', async () => {
    const { app } = await createAccountsTestApp();
    const cookie = await signIn(app, DEMO.engagement);

    const response = await sendRequest(app, 'DELETE', '/api/session', { cookie });

    expect(response.status).toBe(204);
    // The browser is told to forget the cookie...
    expect(sessionCookieSet(response)?.attributes).toContain('Max-Age=0');
    // ...and a copy kept anyway is worth nothing.
    expect(await whoIsSignedIn(app, cookie)).toBeNull();
  });
});

describe('session timeouts', () => {
  it('ends a session left idle for 30 minutes', async () => {
    const { app, clock } = await createAccountsTestApp();
    const cookie = await signIn(app, DEMO.rugby);

    clock.advanceMinutes(30);

    const response = await sendRequest(app, 'GET', '/api/session', { cookie });
    // The browser is told to drop the dead cookie, and the app is told nobody is signed in.
    expect(sessionCookieSet(response)?.attributes).toContain('Max-Age=0');
    expect(await readJson(response, currentSessionSchema)).toEqual({ user: null, allowed: [] });
    // Anything that needs the session is refused, which is how the app knows to send the person to sign in.
    await readError(await sendRequest(app, 'GET', '/api/users', { cookie }), 401);
    // Once ended it stays ended, whatever the clock says.
    expect(await whoIsSignedIn(app, cookie)).toBeNull();
  });

  it('keeps a session alive while it is used at least every 30 minutes', async () => {
    const { app, clock } = await createAccountsTestApp();
    const cookie = await signIn(app, DEMO.rugby);

    for (let minutes = 0; minutes < 4 * 60; minutes += 29) {
      clock.advanceMinutes(29);
      expect(await whoIsSignedIn(app, cookie), `after ${minutes + 29} minutes`).toBe(DEMO.rugby);
    }
    clock.advanceMinutes(30);
    expect(await whoIsSignedIn(app, cookie)).toBeNull();
  });

  it('counts any request with the cookie as activity, not only asking who is signed in', async () => {
    const { app, clock } = await createAccountsTestApp();
    const cookie = await signIn(app, DEMO.rugby);

    clock.advanceMinutes(25);
    expect((await sendRequest(app, 'GET', '/api/projects', { cookie })).status).toBe(200);
    clock.advanceMinutes(25);

    expect(await whoIsSignedIn(app, cookie)).toBe(DEMO.rugby);
  });

  it('ends a session 12 hours after sign-in, however busy', async () => {
    const { app, clock } = await createAccountsTestApp();
    const cookie = await signIn(app, DEMO.rugby);

    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      clock.advanceMinutes(20);
      expect(await whoIsSignedIn(app, cookie), `after ${minutes} minutes`).toBe(DEMO.rugby);
    }
    clock.advanceMinutes(20);

    expect(await whoIsSignedIn(app, cookie)).toBeNull();
    // Signing in again starts a fresh 12 hours.
    const again = await signIn(app, DEMO.rugby);
    expect(await whoIsSignedIn(app, again)).toBe(DEMO.rugby);
  });

  it('sets a cookie that goes when the browser closes, as on a shared council PC', async () => {
    const { app } = await createAccountsTestApp();

    const cookie = sessionCookieSet(await signInRequest(app, DEMO.rugby, DEMO_PASSWORD));

    expect(cookie?.attributes.some((attribute) => /^(Max-Age|Expires)=/i.test(attribute))).toBe(false);
  });
});

describe('ending every session of a person', () => {
  it('ends them all when the account is disabled, and enabling it again does not bring them back', async () => {
    const { app, db } = await createAccountsTestApp();
    const manager = await signIn(app, DEMO.manager);
    const laptop = await signIn(app, DEMO.lincoln);
    const phone = await signIn(app, DEMO.lincoln);
    const id = await userIdOf(db, DEMO.lincoln);

    await readJson(await sendRequest(app, 'PATCH', `/api/users/${id}`, { cookie: manager, body: { disabled: true } }), z.object({ user: userSchema }));
    expect(await whoIsSignedIn(app, laptop)).toBeNull();
    expect(await whoIsSignedIn(app, phone)).toBeNull();

    await readJson(await sendRequest(app, 'PATCH', `/api/users/${id}`, { cookie: manager, body: { disabled: false } }), z.object({ user: userSchema }));
    expect(await whoIsSignedIn(app, laptop)).toBeNull();
    expect(await whoIsSignedIn(app, phone)).toBeNull();
    // Other people's sessions are untouched.
    expect(await whoIsSignedIn(app, manager)).toBe(DEMO.manager);
  });

  it('ends them all when the password changes through a set-up link, and signs the person in afresh', async () => {
    const { app, db } = await createAccountsTestApp();
    const manager = await signIn(app, DEMO.manager);
    const elsewhere = await signIn(app, DEMO.rugby);
    const id = await userIdOf(db, DEMO.rugby);
    const { setupLink } = await readJson(
      await sendRequest(app, 'POST', `/api/users/${id}/setup-link`, { cookie: manager, body: {} }),
      createdUserSchema,
      201,
    );
    const newPassword = 'a brand new passphrase';

    const response = await sendRequest(app, 'POST', `/api/${new URL(setupLink.url).pathname.slice(1)}`, { body: { password: newPassword } });
    const fresh = newSessionCookie(response);
    await readJson(response, sessionSchema);

    expect(await whoIsSignedIn(app, elsewhere)).toBeNull();
    expect(await whoIsSignedIn(app, fresh)).toBe(DEMO.rugby);
    await readError(await signInRequest(app, DEMO.rugby, DEMO_PASSWORD), 401);
    await signIn(app, DEMO.rugby, newPassword);
  });
});

describe('security headers', () => {
  function expectSecurityHeaders(response: Response) {
    const policy = response.headers.get('Content-Security-Policy') ?? '';
    const directives = policy.split(';').map((directive) => directive.trim());
    expect(directives).toEqual(
      expect.arrayContaining(["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]),
    );
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']).toContain(response.headers.get('Referrer-Policy'));
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  }

  it('sends them on API answers, errors and refusals alike, with HSTS only over HTTPS', async () => {
    const { app } = await createAccountsTestApp();
    const responses = [
      await sendRequest(app, 'GET', '/api/projects'),
      await sendRequest(app, 'GET', '/api/no-such-endpoint'),
      await sendRequest(app, 'GET', '/no-such-page'),
      await sendRequest(app, 'GET', '/api/session'),
      await sendRequest(app, 'GET', '/api/users'),
      await app.request('/api/session', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' }),
      await sendRequest(app, 'POST', '/api/session', { body: {}, headers: { Origin: 'https://evil.example' } }),
    ];

    expect(responses.map((response) => response.status)).toEqual([200, 404, 404, 200, 401, 415, 403]);
    for (const response of responses) {
      expectSecurityHeaders(response);
      expect(response.headers.get('Strict-Transport-Security')).toBeNull();
    }
  });

  it('adds HSTS for a year on every answer when served over HTTPS', async () => {
    const { app } = await createAccountsTestApp({ publicUrl: HTTPS_URL });

    for (const path of ['/api/projects', '/api/no-such-endpoint', '/no-such-page']) {
      const response = await sendRequest(app, 'GET', path);
      expectSecurityHeaders(response);
      expect(response.headers.get('Strict-Transport-Security')).toMatch(new RegExp(`^max-age=${ONE_YEAR_SECONDS}(;|$)`));
    }
  });

  it('sends them with a 429 and its Retry-After', async () => {
    const { app } = await createAccountsTestApp();
    // Ten failures from one address at one account refuse that address (see server/auth/throttle.test.ts).
    for (let attempt = 1; attempt <= 10; attempt += 1) await signInRequest(app, DEMO.rugby, 'a wrong password', '198.51.100.1');

    const response = await signInRequest(app, DEMO.rugby, DEMO_PASSWORD, '198.51.100.1');

    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).not.toBeNull();
    expectSecurityHeaders(response);
  });
});
