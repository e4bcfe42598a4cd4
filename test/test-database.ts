import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterAll, inject, onTestFinished } from 'vitest';
import { createApp } from '../server/app';
import { type Db, openDatabase } from '../server/db/database';
import type { DialectKind } from '../server/db/dialect';
import type { Database } from '../server/db/schema';
import { fillTestDatabase, type TestContent, TEST_TODAY } from './test-content';

/**
 * The server suite runs twice: on SQLite, and on a real PostgreSQL that test/global-postgres.ts
 * starts and provides. A test never says which: it asks this module for a database.
 */
const postgres = inject('postgres');
export const TEST_DIALECT: DialectKind = postgres === undefined ? 'sqlite' : 'postgres';

// --- SQLite: in-memory databases, copied from an image built once per worker ---------------

const images = new Map<TestContent, Promise<Buffer>>();

function openImage(image?: Buffer): { sqlite: SQLite.Database; db: Db } {
  const sqlite = new SQLite(image ?? ':memory:');
  sqlite.pragma('foreign_keys = ON');
  return { sqlite, db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), plugins: [new CamelCasePlugin()] }) };
}

/** Migrating, seeding and hashing four passwords takes tens of milliseconds; copying the result takes one. */
function sqliteImage(content: TestContent): Promise<Buffer> {
  let image = images.get(content);
  if (image === undefined) {
    image = (async () => {
      const { sqlite, db } = openImage();
      await fillTestDatabase(db, content);
      return sqlite.serialize();
    })();
    images.set(content, image);
  }
  return image;
}

// --- PostgreSQL: a database per test, copied from a template the global set-up filled ---------

interface Made {
  name: string;
  dbs: Db[];
}

/** Databases made outside any test (in beforeAll), dropped when the file ends. */
const forTheFile: Made[] = [];
let admin: pg.Client | undefined;
let counter = 0;

async function adminClient(url: string): Promise<pg.Client> {
  if (admin === undefined) {
    admin = new pg.Client(url);
    await admin.connect();
  }
  return admin;
}

async function drop(entry: Made): Promise<void> {
  for (const db of entry.dbs) await db.destroy();
  // FORCE ends connections a test left open (an app's pool it never closed, say).
  await admin?.query(`drop database if exists ${entry.name} with (force)`);
}

/** Made inside a test (or its beforeEach), a database lives until the test ends; made in beforeAll, until the file ends. */
function keepUntilDone(entry: Made): void {
  try {
    onTestFinished(() => drop(entry));
  } catch {
    forTheFile.push(entry);
  }
}

async function createPostgresDatabase(content: TestContent): Promise<Made & { url: string }> {
  if (postgres === undefined) throw new Error('No PostgreSQL server for this test run');
  const client = await adminClient(postgres.adminUrl);
  counter += 1;
  const name = `test_${String(process.pid)}_${String(counter)}`;
  const template = content === 'empty' ? 'template0' : postgres.templates[content];
  await client.query(`create database ${name} template ${template}`);
  const entry: Made = { name, dbs: [] };
  keepUntilDone(entry);
  const url = new URL(postgres.adminUrl);
  url.pathname = `/${name}`;
  return Object.assign(entry, { url: url.toString() });
}

if (postgres !== undefined) {
  afterAll(async () => {
    for (const entry of forTheFile.splice(0)) await drop(entry);
    await admin?.end();
    admin = undefined;
  });
}

/**
 * Where a new test database lives, for tests that open (and reopen) it themselves as the
 * server does: a fresh PostgreSQL database, or ':memory:' (a test that needs a SQLite file
 * makes its own). Dropped when the test, or the file for one made in beforeAll, ends.
 */
export async function freshDatabaseLocation(content: TestContent = 'empty'): Promise<string> {
  if (TEST_DIALECT === 'sqlite') {
    if (content !== 'empty') throw new Error('An in-memory SQLite database cannot be reopened: open it with openTestDatabase');
    return ':memory:';
  }
  return (await createPostgresDatabase(content)).url;
}

/** A new database for one test (or one file, when made in beforeAll), holding `content`. */
export async function openTestDatabase(content: TestContent, options: { poolSize?: number } = {}): Promise<Db> {
  if (TEST_DIALECT === 'sqlite') {
    if (content === 'empty') return openImage().db;
    return openImage(await sqliteImage(content)).db;
  }
  const created = await createPostgresDatabase(content);
  const db = openDatabase(created.url, { poolSize: options.poolSize ?? 4 });
  created.dbs.push(db);
  return db;
}

/** A fresh database, migrated and seeded from Sprint Notes #46. */
export async function createSeededDatabase(): Promise<Db> {
  return openTestDatabase('seeded');
}

/** The real API over a fresh seeded database, with the clock pinned to TEST_TODAY. */
export async function createTestApp(today: string = TEST_TODAY) {
  const db = await createSeededDatabase();
  return { db, app: createApp({ db, today: () => today }) };
}
