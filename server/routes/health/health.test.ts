import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../../../test/test-content';
import { openTestDatabase } from '../../../test/test-database';
import { createApp } from '../../app';
import type { Db } from '../../db/database';
import type { Database } from '../../db/schema';
import { captureLogs } from '../../log-capture';

let clientDir = '';

beforeAll(() => {
  clientDir = mkdtempSync(join(tmpdir(), 'health-'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Portfolio</title>');
});

afterAll(() => {
  rmSync(clientDir, { recursive: true, force: true });
});

/** A database whose every query fails, as when its file or server cannot be reached. */
function unreachableDatabase(message: string): Db {
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: () => Promise.reject(new Error(message)) }) });
}

/** With the built app served, as `npm start` does, so its catch-all is in place. */
function appOver(db: Db) {
  const logs = captureLogs();
  return { app: createApp({ db, today: () => TEST_TODAY, clientDir, logger: logs.logger }), logs };
}

async function probe(app: ReturnType<typeof appOver>['app'], path: string) {
  const response = await app.request(path);
  expect(response.headers.get('Cache-Control')).toBe('no-store');
  expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('GET /healthz', () => {
  it('answers that the process is up, without asking the database', async () => {
    const { app } = appOver(unreachableDatabase('never asked'));

    expect(await probe(app, '/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
  });
});

describe('GET /readyz', () => {
  it('answers ready when the database answers and every migration has run', async () => {
    const { app } = appOver(await openTestDatabase('seeded'));

    expect(await probe(app, '/readyz')).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('answers 503 with the reason while migrations are still to run', async () => {
    const { app } = appOver(await openTestDatabase('empty'));

    expect(await probe(app, '/readyz')).toEqual({ status: 503, body: { status: 'unavailable', reason: 'The database has migrations still to run' } });
  });

  it('answers 503 with the reason when the database does not answer, and logs why', async () => {
    const { app, logs } = appOver(unreachableDatabase('unable to open database file'));

    expect(await probe(app, '/readyz')).toEqual({ status: 503, body: { status: 'unavailable', reason: 'The database does not answer' } });
    expect(logs.events().filter((event) => event.level === 'warn')).toMatchObject([
      { msg: 'not ready', reason: 'The database does not answer', cause: 'unable to open database file' },
    ]);
  });
});

describe('the probes', () => {
  it('live outside the API, and are logged at debug only while they succeed', async () => {
    const { app, logs } = appOver(await openTestDatabase('seeded'));

    const underApi = await app.request('/api/healthz');
    await probe(app, '/healthz');
    await probe(app, '/readyz');

    expect(underApi.status).toBe(404);
    expect(logs.events().map((event) => [event.level, event.route])).toEqual([
      ['info', '/api/healthz'],
      ['debug', '/healthz'],
      ['debug', '/readyz'],
    ]);
  });
});
