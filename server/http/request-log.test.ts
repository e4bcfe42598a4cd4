import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendRequest } from '../../test/api-request';
import { TEST_PASSWORD_COST, TEST_TODAY } from '../../test/test-content';
import { openTestDatabase } from '../../test/test-database';
import { createApp } from '../app';
import { captureLogs } from '../log-capture';
import { DEMO_PASSWORD } from '../db/demo-accounts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let clientDir = '';

beforeAll(() => {
  clientDir = mkdtempSync(join(tmpdir(), 'request-log-'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Portfolio</title>');
  writeFileSync(join(clientDir, 'robots.txt'), 'User-agent: *');
});

afterAll(() => {
  rmSync(clientDir, { recursive: true, force: true });
});

async function loggedApp() {
  const logs = captureLogs();
  const db = await openTestDatabase('demo');
  const app = createApp({ db, today: () => TEST_TODAY, passwordCost: TEST_PASSWORD_COST, logger: logs.logger, clientDir });
  return { app, logs };
}

describe('the request log', () => {
  it('writes one JSON line per request, naming the route by its pattern, with the id it answers in X-Request-Id', async () => {
    const { app, logs } = await loggedApp();

    const response = await sendRequest(app, 'GET', '/api/projects/digital-waste-service?page=2');
    await response.arrayBuffer();

    expect(response.status).toBe(200);
    expect(logs.lines).toHaveLength(1);
    expect(logs.lines[0]).toMatch(/^\{.*\}\n$/);
    const event = logs.events()[0]!;
    expect(Object.keys(event)).toEqual(['time', 'level', 'msg', 'method', 'route', 'status', 'durationMs', 'requestId']);
    expect(event).toMatchObject({ level: 'info', msg: 'request', method: 'GET', route: '/api/projects/:slug', status: 200 });
    expect(event.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(event.durationMs).toBeTypeOf('number');
    expect(event.requestId).toMatch(UUID);
    expect(response.headers.get('X-Request-Id')).toBe(event.requestId);
  });

  it('keeps a well-formed X-Request-Id from the caller and replaces any other with its own', async () => {
    const { app, logs } = await loggedApp();

    const kept = await sendRequest(app, 'GET', '/api/organisations', { headers: { 'X-Request-Id': 'lb-7f3a.2_x' } });
    const replaced: Response[] = [];
    for (const id of ['has spaces', 'a'.repeat(101), '<script>', '{"level":"error"}']) {
      replaced.push(await sendRequest(app, 'GET', '/api/organisations', { headers: { 'X-Request-Id': id } }));
    }

    expect(kept.headers.get('X-Request-Id')).toBe('lb-7f3a.2_x');
    for (const response of replaced) expect(response.headers.get('X-Request-Id')).toMatch(UUID);
    expect(logs.events().map((event) => event.requestId)).toEqual([
      'lb-7f3a.2_x',
      ...replaced.map((response) => response.headers.get('X-Request-Id')),
    ]);
  });

  it('never logs a set-up token, from the API or from the page a link opens, nor a query string', async () => {
    const { app, logs } = await loggedApp();
    const token = 'Tq1r0m2s3e4c5r6e7t8t9o0k1e2n3a4b5c6d7e8f9g0';

    const responses = [
      await sendRequest(app, 'GET', `/api/setup/${token}`),
      await sendRequest(app, 'POST', `/api/setup/${token}`, { body: { password: 'twelve chars and more' } }),
      await sendRequest(app, 'GET', `/setup/${token}`),
      await sendRequest(app, 'GET', `/api/setup/${token}/more`),
      await sendRequest(app, 'GET', '/robots.txt?v=secret-query'),
    ];

    expect(responses.map((response) => response.status)).toEqual([410, 410, 200, 404, 200]);
    expect(logs.events().map((event) => [event.method, event.route, event.status])).toEqual([
      ['GET', '/api/setup/:token', 410],
      ['POST', '/api/setup/:token', 410],
      ['GET', '/setup/:token', 200],
      ['GET', '/api/setup/:token/more', 404],
      ['GET', '/robots.txt', 200],
    ]);
    for (const line of logs.lines) {
      expect(line).not.toContain(token);
      expect(line).not.toContain('secret-query');
    }
  });

  it('never logs a password or a session cookie, signing in or using the session', async () => {
    const { app, logs } = await loggedApp();
    const wrongPassword = 'my-wrong-password-123';

    const refused = await sendRequest(app, 'POST', '/api/session', { body: { email: 'manager@demo.test', password: wrongPassword } });
    const signedIn = await sendRequest(app, 'POST', '/api/session', { body: { email: 'manager@demo.test', password: DEMO_PASSWORD } });
    const cookie = signedIn.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    const token = cookie.slice(cookie.indexOf('=') + 1);
    const session = await sendRequest(app, 'GET', '/api/session', { cookie });

    expect([refused.status, signedIn.status, session.status]).toEqual([401, 200, 200]);
    expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(logs.events().map((event) => [event.method, event.route, event.status])).toEqual([
      ['POST', '/api/session', 401],
      ['POST', '/api/session', 200],
      ['GET', '/api/session', 200],
    ]);
    for (const line of logs.lines) {
      for (const secret of [wrongPassword, DEMO_PASSWORD, token, 'portfolio-session']) expect(line).not.toContain(secret);
    }
  });

  it('logs a request refused before any route runs under the route it asked for', async () => {
    const { app, logs } = await loggedApp();

    const response = await app.request('/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
      body: '{}',
    });

    expect(response.status).toBe(403);
    expect(response.headers.get('X-Request-Id')).toMatch(UUID);
    expect(logs.events()).toMatchObject([{ level: 'info', msg: 'request', method: 'POST', route: '/api/session', status: 403 }]);
  });
});
