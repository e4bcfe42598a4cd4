import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { currentSessionSchema } from '../src/domain/user';
import { readJson } from '../test/api-request';
import { sendTo, type ServerProcess, startServerProcess } from '../test/server-process';
import { freshDatabaseLocation } from '../test/test-database';

let directory: string | undefined;
let servers: ServerProcess[] = [];

afterEach(async () => {
  for (const server of servers) if (server.process.exitCode === null && server.process.signalCode === null) server.process.kill('SIGKILL');
  await Promise.all(servers.map((server) => server.exited));
  servers = [];
  if (directory !== undefined) rmSync(directory, { recursive: true, force: true });
  directory = undefined;
});

function sessionCookie(response: Response): string {
  const pair = response.headers.getSetCookie().find((line) => line.startsWith('portfolio-session='))?.split(';')[0];
  if (pair === undefined) throw new Error('No session cookie was set');
  return pair;
}

/**
 * Two app servers behind one load balancer, on one PostgreSQL database: what a service that must
 * survive a machine failing, or a deploy, runs. Real processes, started as `npm start` starts one.
 */
describe('two servers on one PostgreSQL database', () => {
  it('migrate and seed it once when started at the same moment, then share set-up links, sessions, sign-outs and throttling', async () => {
    const location = await freshDatabaseLocation('empty');
    directory = mkdtempSync(join(tmpdir(), 'many-servers-'));
    writeFileSync(join(directory, 'index.html'), '<!doctype html><title>Portfolio</title>');
    servers = [1, 2].map(() => startServerProcess({ clientDir: directory ?? '', env: { DATABASE_URL: location, TRUST_PROXY: 'true' } }));
    const [first, second] = servers as [ServerProcess, ServerProcess];
    const [one, two] = await Promise.all([first.port(), second.port()]);

    const printed = [first.printed(), second.printed()];
    expect(printed.filter((output) => output.includes('Migrated ')), printed.join('\n---\n')).toHaveLength(1);
    expect(printed.filter((output) => output.includes('Seeded ')), printed.join('\n---\n')).toHaveLength(1);
    expect(printed.join('\n')).not.toContain('portfolio-tests');
    const [listOne, listTwo] = await Promise.all([sendTo(one, 'GET', '/api/projects'), sendTo(two, 'GET', '/api/projects')]);
    expect(await listOne.text()).toBe(await listTwo.text());

    // The first server's first-run link, used on the second.
    const link = (await first.output(/https?:\/\/\S+\/setup\/(\S+)/))[1] ?? '';
    const setUp = await sendTo(two, 'POST', `/api/setup/${link}`, {
      body: { email: 'chief@ldcu.gov.uk', displayName: 'Chief', password: 'a long enough passphrase' },
    });
    expect(setUp.status).toBe(200);
    const cookie = sessionCookie(setUp);

    const signedIn = async (port: number) => (await readJson(await sendTo(port, 'GET', '/api/session', { cookie }), currentSessionSchema)).user?.email ?? null;
    expect(await signedIn(one)).toBe('chief@ldcu.gov.uk');
    expect((await sendTo(one, 'DELETE', '/api/session', { cookie })).status).toBe(204);
    expect(await signedIn(two)).toBeNull();

    // Guesses counted on one server are counted on the other.
    const guess = (port: number) => sendTo(port, 'POST', '/api/session', { from: '203.0.113.9', body: { email: 'chief@ldcu.gov.uk', password: 'wrong guess' } });
    let refused = false;
    for (let attempt = 1; attempt <= 15 && !refused; attempt += 1) refused = (await guess(one)).status === 429;
    expect(refused).toBe(true);
    expect((await guess(two)).status).toBe(429);
  }, 60_000);
});
