import { performance } from 'node:perf_hooks';
import { type QueryExecutorProvider, sql } from 'kysely';
import * as z from 'zod/mini';
import { type Db, migrateToLatest } from './database';
import { continueIdsAfterCopy, dialectKindOf, listTables, lockKeys } from './dialect';

/**
 * Every table of the portfolio, parents before the tables that refer to them, so each row's
 * references already exist when it arrives. `key` orders the rows (they are read a batch at a
 * time); a table keyed by `id` keeps its ids, and the target's next id is moved past them.
 * A migration that adds a table must add it here: a copy refuses a table it does not know.
 */
export const COPY_ORDER: readonly { table: string; key: readonly string[] }[] = [
  { table: 'organisations', key: ['id'] },
  { table: 'projects', key: ['id'] },
  { table: 'phases', key: ['id'] },
  { table: 'partnerships', key: ['id'] },
  { table: 'show_and_tells', key: ['id'] },
  { table: 'outputs', key: ['id'] },
  // Before updates, which name their writers.
  { table: 'users', key: ['id'] },
  { table: 'user_organisations', key: ['user_id', 'organisation_id'] },
  // After users, who rated.
  { table: 'delivery_ratings', key: ['id'] },
  // Before updates, which name the published issue that used them.
  { table: 'sprint_notes', key: ['id'] },
  { table: 'updates', key: ['id'] },
  { table: 'update_links', key: ['id'] },
  { table: 'sprint_note_sections', key: ['id'] },
  { table: 'sprint_note_items', key: ['id'] },
  { table: 'sprint_note_headings', key: ['id'] },
  { table: 'sessions', key: ['token_digest'] },
  { table: 'setup_links', key: ['token_digest'] },
  { table: 'sign_in_failures', key: ['id'] },
  { table: 'history', key: ['id'] },
];

const TABLES_WITH_ID = COPY_ORDER.filter(({ key }) => key.length === 1 && key[0] === 'id').map(({ table }) => table);

export interface TableCount {
  table: string;
  rows: number;
}

export interface CopyFigures {
  /** Every table, in copy order, with the rows it holds in the source and now, verified, in the target. */
  tables: TableCount[];
  rows: number;
  milliseconds: number;
}

export interface CopyOptions {
  /** Rows read from the source at a time. */
  rowsPerRead?: number;
  /**
   * Most values one insert binds. SQLite allows 32,766 and PostgreSQL 65,535; staying well under
   * both keeps each statement small.
   */
  maxParameters?: number;
  /** Called as each table is copied (not yet committed), so a long copy shows where it is. */
  onTable?: (count: TableCount) => void;
}

/** A copy refused or undone for a reason the person running it can act on; nothing was written. */
export class CopyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CopyError';
  }
}

export class TargetNotEmptyError extends CopyError {
  constructor(readonly tables: readonly TableCount[]) {
    super(
      `The target already holds data (${tables.map(({ table, rows }) => `${table}: ${String(rows)}`).join(', ')}), so nothing was copied. Copy into a new, empty database.`,
    );
    this.name = 'TargetNotEmptyError';
  }
}

export class UnknownTableError extends CopyError {
  constructor(side: 'source' | 'target', unknown: readonly string[], missing: readonly string[]) {
    const problems = [
      ...(unknown.length > 0 ? [`has ${unknown.join(', ')}, which db:copy does not know`] : []),
      ...(missing.length > 0 ? [`lacks ${missing.join(', ')}`] : []),
    ];
    super(
      `The ${side} ${problems.join(' and ')}, so nothing was copied. Every table must be in COPY_ORDER (server/db/copy.ts), after the tables it refers to.`,
    );
    this.name = 'UnknownTableError';
  }
}

export class CountMismatchError extends CopyError {
  constructor(mismatches: readonly { table: string; source: number; target: number }[]) {
    super(
      `Row counts differ after the copy, so it was rolled back and nothing was kept: ${mismatches
        .map(({ table, source, target }) => `${table} has ${String(source)} in the source but ${String(target)} in the copy`)
        .join('; ')}.`,
    );
    this.name = 'CountMismatchError';
  }
}

/** Every column of the portfolio is text or an integer; anything else (a blob, say) is refused rather than altered. */
const rowSchema = z.record(z.string(), z.nullable(z.union([z.string(), z.number()])));
type Row = z.infer<typeof rowSchema>;
const countSchema = z.object({ count: z.number() });

function checkTables(side: 'source' | 'target', present: readonly string[]): void {
  const known = new Set(COPY_ORDER.map(({ table }) => table));
  const unknown = present.filter((table) => !known.has(table));
  const missing = [...known].filter((table) => !present.includes(table));
  if (unknown.length > 0 || missing.length > 0) throw new UnknownTableError(side, unknown, missing);
}

async function countRows(db: QueryExecutorProvider, table: string): Promise<number> {
  const { rows } = await sql`select count(*) as count from ${sql.table(table)}`.execute(db);
  return countSchema.parse(rows[0]).count;
}

async function refuseFilled(db: QueryExecutorProvider, tables: readonly string[]): Promise<void> {
  const filled: TableCount[] = [];
  for (const table of tables) {
    const rows = await countRows(db, table);
    if (rows > 0) filled.push({ table, rows });
  }
  if (filled.length > 0) throw new TargetNotEmptyError(filled);
}

function parseRows(table: string, rows: readonly unknown[]): Row[] {
  return rows.map((row) => {
    const parsed = rowSchema.safeParse(row);
    if (!parsed.success) throw new CopyError(`A row of ${table} holds a value that is neither text, a number nor null, so nothing was copied.`);
    return parsed.data;
  });
}

/**
 * One batch of rows in key order. Tables keyed by id page by the last id seen, which stays quick
 * however far in; the small tables keyed otherwise (accounts' links and sessions) page by offset.
 */
async function readBatch(from: QueryExecutorProvider, copy: (typeof COPY_ORDER)[number], last: Row | undefined, offset: number, limit: number) {
  const table = sql.table(copy.table);
  const order = sql.join(copy.key.map((column) => sql.ref(column)));
  const [only] = copy.key;
  const keyset = copy.key.length === 1 && only === 'id';
  const { rows } =
    keyset && last !== undefined
      ? await sql`select * from ${table} where id > ${last.id} order by ${order} limit ${limit}`.execute(from)
      : keyset
        ? await sql`select * from ${table} order by ${order} limit ${limit}`.execute(from)
        : await sql`select * from ${table} order by ${order} limit ${limit} offset ${offset}`.execute(from);
  return parseRows(copy.table, rows);
}

async function insertRows(to: QueryExecutorProvider, table: string, rows: readonly Row[], maxParameters: number): Promise<void> {
  const [first] = rows;
  if (first === undefined) return;
  const columns = Object.keys(first);
  const perInsert = Math.max(1, Math.floor(maxParameters / columns.length));
  const names = sql.join(columns.map((column) => sql.ref(column)));
  for (let start = 0; start < rows.length; start += perInsert) {
    const values = rows.slice(start, start + perInsert).map((row) => sql`(${sql.join(columns.map((column) => row[column] ?? null))})`);
    await sql`insert into ${sql.table(table)} (${names}) values ${sql.join(values)}`.execute(to);
  }
}

async function copyTable(from: QueryExecutorProvider, to: QueryExecutorProvider, copy: (typeof COPY_ORDER)[number], options: Required<Omit<CopyOptions, 'onTable'>>) {
  let copied = 0;
  let last: Row | undefined;
  for (;;) {
    const batch = await readBatch(from, copy, last, copied, options.rowsPerRead);
    await insertRows(to, copy.table, batch, options.maxParameters);
    copied += batch.length;
    last = batch.at(-1);
    if (batch.length < options.rowsPerRead) return copied;
  }
}

/**
 * Copies a whole portfolio, accounts and sessions included, from one database to another: SQLite
 * to PostgreSQL, back, or SQLite to SQLite. Both are brought to the latest schema first. The
 * target must be empty. Everything is written in one transaction on the target from one snapshot
 * of the source, then every table's row count is compared with the source's; any difference, or
 * any error, rolls the whole copy back.
 *
 * The copy reads and writes through raw SQL by table name, without the CamelCasePlugin, so every
 * column keeps its own name and every value arrives as the database gave it.
 */
export async function copyPortfolio(source: Db, target: Db, options: CopyOptions = {}): Promise<CopyFigures> {
  const settings = { rowsPerRead: options.rowsPerRead ?? 1000, maxParameters: options.maxParameters ?? 10_000 };
  const started = performance.now();
  // Before migrating, so a target that is refused is left exactly as it was, schema included.
  await refuseFilled(target.withoutPlugins(), await listTables(target));
  await migrateToLatest(source);
  await migrateToLatest(target);
  checkTables('source', await listTables(source));
  checkTables('target', await listTables(target));

  const tables = await target.transaction().execute(async (trx) => {
    // A server starting on the empty target takes this lock before it seeds: it waits, then finds the copy.
    await lockKeys(trx, ['seed']);
    const to = trx.withoutPlugins();
    // Again inside the transaction: something may have written to the target since the first look.
    await refuseFilled(to, COPY_ORDER.map(({ table }) => table));

    // Repeatable read on PostgreSQL and any read transaction on SQLite see one moment, however long the copy takes.
    const inSource = await source
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(async (read) => {
        const from = read.withoutPlugins();
        const counts: TableCount[] = [];
        for (const copy of COPY_ORDER) {
          const rows = await copyTable(from, to, copy, settings);
          options.onTable?.({ table: copy.table, rows });
          counts.push({ table: copy.table, rows: await countRows(from, copy.table) });
        }
        return counts;
      });

    await continueIdsAfterCopy(trx, TABLES_WITH_ID);
    const mismatches: { table: string; source: number; target: number }[] = [];
    for (const { table, rows } of inSource) {
      const copied = await countRows(to, table);
      if (copied !== rows) mismatches.push({ table, source: rows, target: copied });
    }
    if (mismatches.length > 0) throw new CountMismatchError(mismatches);
    return inSource;
  });

  return { tables, rows: tables.reduce((sum, { rows }) => sum + rows, 0), milliseconds: performance.now() - started };
}

/** A database as it may be printed: a PostgreSQL URL without its password. */
export function describeLocation(location: string): string {
  if (dialectKindOf(location) !== 'postgres') return location;
  try {
    const url = new URL(location);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return 'a PostgreSQL database (its URL could not be read)';
  }
}
