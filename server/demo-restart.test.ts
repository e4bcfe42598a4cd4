import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { userListSchema } from '../src/domain/user';
import { DEMO_PASSWORD } from './db/demo-accounts';
import { sendTo, type ServerProcess, startServerProcess } from '../test/server-process';
import { freshDatabaseLocation, TEST_DIALECT } from '../test/test-database';

let directory: string | undefined;
let running: ServerProcess | undefined;

afterEach(async () => {
  if (running !== undefined && running.process.exitCode === null && running.process.signalCode === null) running.process.kill('SIGKILL');
  await running?.exited;
  running = undefined;
  if (directory !== undefined) rmSync(directory, { recursive: true, force: true });
  directory = undefined;
});

async function signIn(port: number, email: string): Promise<string> {
  const response = await sendTo(port, 'POST', '/api/session', { body: { email, password: DEMO_PASSWORD } });
  expect(response.status).toBe(200);
  return response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
}

/** `npm run demo` as a visitor to a public demo meets it: whatever they add, the next start works. */
describe('a demo server', () => {
  it('starts again after the demo manager adds an account, with only the four demo accounts', async () => {
    directory = mkdtempSync(join(tmpdir(), 'demo-restart-'));
    writeFileSync(join(directory, 'index.html'), '<!doctype html><title>Portfolio</title>');
    const location = TEST_DIALECT === 'postgres' ? await freshDatabaseLocation('empty') : join(directory, 'demo.sqlite');
    const start = () => {
      running = startServerProcess({ clientDir: directory ?? '', env: { DATABASE_URL: location }, demo: true });
      return running;
    };

    const first = start();
    const port = await first.port();
    const manager = await signIn(port, 'manager@demo.test');
    const added = await sendTo(port, 'POST', '/api/users', {
      cookie: manager,
      body: { email: 'visitor@example.com', displayName: 'A visitor', role: 'engagement', organisations: [] },
    });
    expect(added.status).toBe(201);
    first.process.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = start();
    const again = await second.port();
    expect(second.printed()).toContain('removed 1 other account');
    const users = await sendTo(again, 'GET', '/api/users', { cookie: await signIn(again, 'manager@demo.test') });
    const body = userListSchema.parse(await users.json());
    expect(body.users.map((user) => user.email).sort()).toEqual([
      'engagement@demo.test',
      'lincoln@demo.test',
      'manager@demo.test',
      'rugby@demo.test',
    ]);
  }, 60_000);
});
