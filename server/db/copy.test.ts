import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createdUserSchema, sessionSchema, setupDetailsSchema } from '../../src/domain/user';
import { createApp } from '../app';
import { createAccount } from '../auth/accounts';
import { startSession } from '../auth/sessions';
import { readJson, sendRequest } from '../../test/api-request';
import { DEMO, signIn, userIdOf } from '../../test/test-accounts';
import { fillTestDatabase, TEST_PASSWORD_COST, TEST_START, TEST_TODAY } from '../../test/test-content';
import { freshDatabaseLocation, TEST_DIALECT } from '../../test/test-database';
import { COPY_ORDER, copyPortfolio, CountMismatchError, TargetNotEmptyError, UnknownTableError } from './copy';
import { type Db, migrateToLatest, openDatabase } from './database';
import { listTables } from './dialect';

const ROOT = resolve(import.meta.dirname, '..', '..');

let directory = '';
const opened: Db[] = [];

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'db-copy-'));
});

afterEach(async () => {
  for (const db of opened.splice(0)) await db.destroy();
  rmSync(directory, { recursive: true, force: true });
});

function open(location: string): Db {
  const db = openDatabase(location, { poolSize: 2 });
  opened.push(db);
  return db;
}

/** A new, empty target on the dialect under test: a fresh PostgreSQL database, or a new SQLite file. */
async function emptyTarget(name: string): Promise<string> {
  return TEST_DIALECT === 'postgres' ? await freshDatabaseLocation() : join(directory, `${name}.sqlite`);
}

interface Source {
  file: string;
  sessionToken: string;
  setupToken: string;
}

/**
 * A SQLite portfolio as a live one looks: the seed, the demo accounts, a signed-in manager, a
 * person invited but not yet set up, a failed sign-in, and values that a careless copy would
 * alter: text that looks like a number, empty text, nulls, zero, the largest integer a column holds.
 */
async function sourcePortfolio(): Promise<Source> {
  const file = join(directory, 'source.sqlite');
  const db = openDatabase(file);
  try {
    await fillTestDatabase(db, 'demo');
    const sessionToken = await startSession(db, await userIdOf(db, DEMO.manager), TEST_START);
    const { setupLink } = await createAccount(
      db,
      { email: 'sam.jones@rugby.gov.uk', displayName: 'Sam Jones', role: 'council', organisations: ['rugby-borough-council'] },
      TEST_START,
      'http://localhost',
    );
    await db.insertInto('signInFailures').values({ key: 'account:"someone@example.com"', failedAt: '2022-05-11T08:59:00.000Z' }).execute();
    const project = await db.selectFrom('projects').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow();
    await db
      .insertInto('showAndTells')
      .values([
        { projectId: project.id, heldOn: null, title: '007', sprint: 0, summary: '', slidesUrl: null, recordingUrl: null },
        { projectId: project.id, heldOn: '2022-04', title: 'Café “Ünïcode” – ✓ 🚀', sprint: 2147483647, summary: ' spaces kept ', slidesUrl: null, recordingUrl: null },
      ])
      .execute();
    await db
      .insertInto('updates')
      .values({ projectId: null, headline: 'Portfolio-wide note', bodyMarkdown: '', status: 'draft', publishedOn: '2022-05-10', createdAt: '2022-05-10 09:00:00', updatedAt: '2022-05-10 09:00:00' })
      .execute();
    return { file, sessionToken, setupToken: new URL(setupLink.url).pathname.split('/').at(-1) ?? '' };
  } finally {
    await db.destroy();
  }
}

/** Every row of every table, exactly as the database hands it back (snake_case columns, values untouched). */
async function everyRow(db: Db): Promise<Record<string, unknown[]>> {
  const raw = db.withoutPlugins();
  const tables: Record<string, unknown[]> = {};
  for (const { table, key } of COPY_ORDER) {
    const { rows } = await sql`select * from ${sql.table(table)} order by ${sql.join(key.map((column) => sql.ref(column)))}`.execute(raw);
    tables[table] = rows;
  }
  return tables;
}

/** What anyone reading the portfolio sees: the list, the organisations and every project's page. */
async function publicAnswers(db: Db): Promise<Map<string, string>> {
  const app = createApp({ db, today: () => TEST_TODAY });
  const slugs = (await db.selectFrom('projects').select('slug').orderBy('slug').execute()).map((row) => row.slug);
  const answers = new Map<string, string>();
  for (const path of ['/api/projects', '/api/organisations', ...slugs.map((slug) => `/api/projects/${slug}`)]) {
    const response = await app.request(path);
    answers.set(path, `${String(response.status)} ${await response.text()}`);
  }
  return answers;
}

function accountsApp(db: Db) {
  return createApp({ db, today: () => TEST_TODAY, now: () => TEST_START, passwordCost: TEST_PASSWORD_COST });
}

describe('copyPortfolio', () => {
  it(`copies SQLite to ${TEST_DIALECT} and back with every value, answer, account and session the same`, { timeout: 60_000 }, async () => {
    const { file, sessionToken, setupToken } = await sourcePortfolio();
    const source = open(file);
    const middle = open(await emptyTarget('middle'));
    const back = open(join(directory, 'back.sqlite'));

    // Small batches, so every table is read in several pages and written in several inserts.
    const there = await copyPortfolio(source, middle, { rowsPerRead: 7, maxParameters: 40 });
    const home = await copyPortfolio(middle, back);

    const rows = await everyRow(source);
    expect(rows.sessions).toHaveLength(1);
    expect(rows.setup_links).toHaveLength(1);
    expect(there.tables.map(({ table }) => table)).toEqual(COPY_ORDER.map(({ table }) => table));
    expect(there.tables).toEqual(Object.entries(rows).map(([table, held]) => ({ table, rows: held.length })));
    expect(home.tables).toEqual(there.tables);
    expect(await everyRow(middle)).toStrictEqual(rows);
    expect(await everyRow(back)).toStrictEqual(rows);

    const answers = await publicAnswers(source);
    expect(answers.size).toBe(17);
    expect(await publicAnswers(middle)).toEqual(answers);
    expect(await publicAnswers(back)).toEqual(answers);

    for (const copy of [middle, back]) {
      const app = accountsApp(copy);
      const session = await sendRequest(app, 'GET', '/api/session', { cookie: `portfolio-session=${sessionToken}` });
      expect((await readJson(session, sessionSchema)).user.email).toBe(DEMO.manager);
      const setup = await readJson(await sendRequest(app, 'GET', `/api/setup/${setupToken}`), setupDetailsSchema);
      expect(setup.email).toBe('sam.jones@rugby.gov.uk');

      const manager = await signIn(app, DEMO.manager);
      const created = await sendRequest(app, 'POST', '/api/users', {
        cookie: manager,
        body: { email: 'new.person@lincoln.gov.uk', displayName: 'New Person', role: 'engagement', organisations: [] },
      });
      const { user } = await readJson(created, createdUserSchema, 201);
      expect(user.email).toBe('new.person@lincoln.gov.uk');

      const largest = Math.max(...(rows.updates ?? []).map((row) => z.object({ id: z.number() }).parse(row).id));
      const added = await copy
        .insertInto('updates')
        .values({ projectId: null, headline: 'After the copy', bodyMarkdown: 'New', status: 'draft', publishedOn: '2022-05-11' })
        .returning('id')
        .executeTakeFirstOrThrow();
      expect(added.id).toBeGreaterThan(largest);
    }
  });

  it('refuses a target that holds any row, and leaves it as it was', { timeout: 60_000 }, async () => {
    const { file } = await sourcePortfolio();
    const source = open(file);
    const target = open(await emptyTarget('target'));
    await copyPortfolio(source, target);
    // Reading works out the projects' stored fields once, so read before taking the rows to compare.
    const answers = await publicAnswers(target);
    const before = await everyRow(target);

    await expect(copyPortfolio(source, target)).rejects.toThrow(TargetNotEmptyError);
    expect(await everyRow(target)).toStrictEqual(before);
    expect(await publicAnswers(target)).toEqual(answers);

    // One row anywhere is enough to refuse: the copy never merges into a database in use.
    const nearlyEmpty = open(await emptyTarget('nearly-empty'));
    await migrateToLatest(nearlyEmpty);
    await nearlyEmpty.insertInto('signInFailures').values({ key: 'address:192.0.2.1', failedAt: '2022-05-11T09:00:00.000Z' }).execute();
    await expect(copyPortfolio(source, nearlyEmpty)).rejects.toThrow(
      'The target already holds data (sign_in_failures: 1), so nothing was copied. Copy into a new, empty database.',
    );
    expect(await nearlyEmpty.selectFrom('organisations').select('id').execute()).toEqual([]);
    expect(await nearlyEmpty.selectFrom('signInFailures').select('key').execute()).toEqual([{ key: 'address:192.0.2.1' }]);
  });

  it('refuses a source with a table it does not know, copying nothing', async () => {
    const { file } = await sourcePortfolio();
    const source = open(file);
    await sql`create table notes (id integer primary key, body text)`.execute(source);
    const target = open(await emptyTarget('target'));

    await expect(copyPortfolio(source, target)).rejects.toThrow(UnknownTableError);
    await expect(copyPortfolio(source, target)).rejects.toThrow(
      'The source has notes, which db:copy does not know, so nothing was copied. Every table must be in COPY_ORDER (server/db/copy.ts), after the tables it refers to.',
    );
    expect(await everyRow(target)).toStrictEqual(Object.fromEntries(COPY_ORDER.map(({ table }) => [table, []])));
  });

  it('rolls everything back when a count in the copy differs from the source', async () => {
    const { file } = await sourcePortfolio();
    const source = open(file);
    // A target whose own rule quietly drops sessions: the copy must notice, not commit a portfolio without them.
    const target = open(join(directory, 'target.sqlite'));
    await migrateToLatest(target);
    await sql`create trigger drop_sessions after insert on sessions begin delete from sessions where token_digest = new.token_digest; end`.execute(target);

    await expect(copyPortfolio(source, target)).rejects.toThrow(CountMismatchError);
    await expect(copyPortfolio(source, target)).rejects.toThrow(
      'Row counts differ after the copy, so it was rolled back and nothing was kept: sessions has 1 in the source but 0 in the copy.',
    );
    expect(await everyRow(target)).toStrictEqual(Object.fromEntries(COPY_ORDER.map(({ table }) => [table, []])));
  });

  it('lists every table after the tables it refers to, and every table there is', async () => {
    const db = open(':memory:');
    await migrateToLatest(db);
    const order = COPY_ORDER.map(({ table }) => table);
    expect([...order].sort()).toEqual(await listTables(db));
    for (const [position, table] of order.entries()) {
      const { rows } = await sql`select "table" as parent from pragma_foreign_key_list(${table})`.execute(db.withoutPlugins());
      for (const { parent } of z.array(z.object({ parent: z.string() })).parse(rows)) {
        expect(order.indexOf(parent), `${table} refers to ${parent}`).toBeLessThan(position);
      }
    }
  });
});

describe('npm run db:copy', () => {
  function runCopyCli(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const child = spawn(process.execPath, ['--import', 'tsx', join('server', 'db-copy.ts'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    return new Promise((done) => child.once('close', (code) => done({ code, stdout, stderr })));
  }

  it('copies into an empty database and prints every table’s verified count, refuses a second time, and explains its usage', { timeout: 60_000 }, async () => {
    const { file } = await sourcePortfolio();
    const target = await emptyTarget('target');

    const copied = await runCopyCli(['--from', file, '--to', target]);
    expect(copied.stderr).toBe('');
    expect(copied.code).toBe(0);
    expect(copied.stdout).toMatch(/Committed 2[\d,]+ rows in 19 tables in [\d,]+ ms\. Every table holds as many rows as the source:/);
    expect(copied.stdout).toMatch(/^ {2}organisations +41$/m);
    expect(copied.stdout).toMatch(/^ {2}sessions +1$/m);
    const password = TEST_DIALECT === 'postgres' ? new URL(target).password : '';
    if (password !== '') expect(copied.stdout).not.toContain(password);

    const targetDb = open(target);
    expect(await publicAnswers(targetDb)).toEqual(await publicAnswers(open(file)));

    const again = await runCopyCli(['--from', file, '--to', target]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^The target already holds data \(.*\), so nothing was copied\. Copy into a new, empty database\.\n$/);

    const usage = await runCopyCli(['--from', file]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Both --from and --to are needed.\nUsage: npm run db:copy -- --from DATABASE --to DATABASE');
  });
});
