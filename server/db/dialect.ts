import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  type CreateTableBuilder,
  type Dialect,
  type Expression,
  type QueryExecutor,
  PostgresAdapter,
  PostgresDialect,
  sql,
  SqliteDialect,
} from 'kysely';
import pg from 'pg';

/** A database connection or a transaction on one: anything a query can be sent through. */
interface Connection {
  getExecutor(): QueryExecutor;
}

/**
 * Everything that differs between the embedded SQLite database and PostgreSQL lives here:
 * how a connection is opened, how ids are made, how text compares, how a transaction takes a
 * lock, how a broken unique rule is recognised and how the tables are listed. Queries and
 * migrations elsewhere are written once, in the SQL both share (decision 0010).
 */
export type DialectKind = 'sqlite' | 'postgres';

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/** `DATABASE_URL` names a PostgreSQL database by its URL; anything else is a SQLite file path (or ':memory:'). */
export function dialectKindOf(location: string): DialectKind {
  return POSTGRES_URL.test(location) ? 'postgres' : 'sqlite';
}

/** How a database is named in logs: a PostgreSQL URL without its password. */
export function describeLocation(location: string): string {
  if (dialectKindOf(location) === 'sqlite') return location;
  try {
    const url = new URL(location);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return 'the PostgreSQL database in DATABASE_URL';
  }
}

export interface ConnectOptions {
  /** Most connections one process holds open to PostgreSQL; SQLite always has one. */
  poolSize?: number;
}

export const DEFAULT_POOL_SIZE = 10;

/** PostgreSQL's bigint (what count(*) answers) arrives as a string by default; counts here are far below 2^53. */
const INT8_OID = 20;

function postgresDialect(url: string, poolSize: number): Dialect {
  const types = new pg.TypeOverrides();
  types.setTypeParser(INT8_OID, (value: string) => Number(value));
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types });
  // An idle connection the database drops (a failover, a restart) must not take the process down with it.
  pool.on('error', () => undefined);
  return new PostgresDialect({ pool });
}

/**
 * WAL lets the server read while a write is in progress; foreign keys are off by default in
 * SQLite and the schema relies on them.
 */
function sqliteDialect(location: string): Dialect {
  if (location !== ':memory:') {
    mkdirSync(dirname(location), { recursive: true });
    // It holds email addresses and password hashes: readable by the server's own user only.
    // SQLite gives its -wal and -shm files the same permissions.
    if (!existsSync(location)) closeSync(openSync(location, 'a', 0o600));
  }
  const sqlite = new SQLite(location);
  if (location !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  return new SqliteDialect({ database: sqlite });
}

export function connect(location: string, options: ConnectOptions = {}): Dialect {
  return dialectKindOf(location) === 'postgres'
    ? postgresDialect(location, options.poolSize ?? DEFAULT_POOL_SIZE)
    : sqliteDialect(location);
}

/** Which database an open connection (or a transaction on it) speaks to. */
export function dialectOf(db: Connection): DialectKind {
  // The adapter is the one place Kysely records the dialect; a transaction shares its parent's.
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** An integer id the database assigns. PostgreSQL's is "by default" so a copy between databases can keep every id (`npm run db:copy`). */
export function withId<T extends string>(table: CreateTableBuilder<T>, kind: DialectKind) {
  return kind === 'postgres'
    ? table.addColumn('id', 'integer', (col) => col.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement());
}

/**
 * Text that sorts and compares byte by byte, as SQLite's does. A PostgreSQL database's own
 * collation follows a locale (spaces and punctuation ignored at first, say), which would put the
 * same projects in another order than SQLite does.
 */
export function textType(kind: DialectKind): 'text' | Expression<unknown> {
  return kind === 'postgres' ? sql`text collate "C"` : 'text';
}

/**
 * Makes a transaction wait until no other transaction holds any of these keys, until it ends.
 * Guards every check-then-write (a sign-in throttle's count, the first manager, a user's
 * organisations) so two requests cannot both pass the check.
 *
 * PostgreSQL: transaction-level advisory locks, taken in sorted order so two transactions
 * wanting the same keys cannot deadlock. SQLite: nothing to do, as the one connection runs one
 * transaction at a time (Kysely queues the rest), so no other write can come between.
 */
export async function lockKeys(trx: Connection, keys: readonly string[]): Promise<void> {
  if (dialectOf(trx) !== 'postgres') return;
  for (const key of [...new Set(keys)].sort()) {
    await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
  }
}

/** Whether an error is the database refusing a row that breaks a unique rule (two requests adding the same email at once, say). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  // SQLite: better-sqlite3's extended code; PostgreSQL: SQLSTATE unique_violation.
  return error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || error.code === '23505';
}

/** The portfolio's own tables, by name, without the database's or the migrator's. */
export async function listTables(db: Connection): Promise<string[]> {
  const { rows } =
    dialectOf(db) === 'postgres'
      ? await sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db)
      : await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db);
  return rows
    .map((row) => row.name)
    .filter((name) => !name.startsWith('sqlite_') && !name.startsWith('kysely_'))
    .sort();
}

/**
 * After rows are copied in with their ids, the next id PostgreSQL hands out must come after
 * them; SQLite always takes the largest id plus one.
 */
export async function continueIdsAfterCopy(db: Connection, tables: readonly string[]): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  for (const table of tables) {
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(db);
  }
}
