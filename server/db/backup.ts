import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import SQLite from 'better-sqlite3';
import { dialectKindOf } from './dialect';

/** How far a backup has gone: reported between steps, so a long copy can show progress. */
export interface BackupProgress {
  copiedPages: number;
  totalPages: number;
}

export interface BackupFigures {
  /** The database the copy was taken from, as given. */
  source: string;
  file: string;
  pages: number;
  pageSize: number;
  /** The size of the finished backup file. */
  bytes: number;
  milliseconds: number;
}

export interface BackupOptions {
  /** Replace `file` if it exists (`--force`); otherwise an existing file is refused untouched. */
  overwrite?: boolean;
  /** Pages copied per step: each step runs synchronously, so this bounds how long the event loop is held. */
  pagesPerStep?: number;
  /**
   * Called before each step with what has been copied. When it returns a promise, the copy waits
   * for it (still holding its snapshot), which lets a caller pause a copy midway.
   */
  onProgress?: (progress: BackupProgress) => void | Promise<void>;
}

/** A backup refused or failed for a reason the person running it can act on; its message says what to do. */
export class BackupError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'BackupError';
  }
}

/** Shell-quotes a file name for a command a person will paste. */
function shellWord(word: string): string {
  return /^[\w./@%+=:,-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * This command copies SQLite files only: PostgreSQL has its own consistent online dump, and the
 * message gives the commands. `$DATABASE_URL` stays a variable so no password is ever printed.
 */
export class PostgresBackupError extends BackupError {
  constructor(file: string) {
    super(
      [
        "DATABASE_URL names a PostgreSQL database, which is backed up with PostgreSQL's own tools, not with this command:",
        `  pg_dump --format=custom --file=${shellWord(file)} "$DATABASE_URL"`,
        'and restored into an empty database with:',
        `  pg_restore --no-owner --dbname="$DATABASE_URL" ${shellWord(file)}`,
      ].join('\n'),
    );
    this.name = 'PostgresBackupError';
  }
}

export const DEFAULT_PAGES_PER_STEP = 1024;

/** The SQLite companions of a database file, which belong to whichever database last had that name. */
function companions(file: string): string[] {
  return [`${file}-wal`, `${file}-shm`, `${file}-journal`];
}

function refuseUnlessPossible(location: string, file: string, overwrite: boolean): void {
  if (dialectKindOf(location) === 'postgres') throw new PostgresBackupError(file);
  if (location === ':memory:') throw new BackupError('DATABASE_URL is :memory:, which has no file to back up.');
  if (!existsSync(location)) throw new BackupError(`There is no database at ${location}: check DATABASE_URL (nothing was created).`);
  if (resolve(file) === resolve(location)) throw new BackupError(`${file} is the live database itself: choose another file for the backup.`);
  if (!existsSync(dirname(resolve(file)))) throw new BackupError(`The folder ${dirname(file)} does not exist: create it first.`);
  if (existsSync(file) && !overwrite) throw new BackupError(`${file} already exists: choose another name, or add --force to replace it.`);
}

/**
 * Copies page after page while a read transaction is open on the source. In WAL mode that
 * transaction is a snapshot: the server in another process keeps writing, and every page comes
 * from the same moment. Without it, SQLite restarts the copy whenever another process writes, so
 * under a steady load a large copy might never finish.
 */
async function copyPages(source: SQLite.Database, into: string, options: BackupOptions): Promise<number> {
  const pagesPerStep = options.pagesPerStep ?? DEFAULT_PAGES_PER_STEP;
  const report = options.onProgress;
  let paused = false;
  let failure: { error: unknown } | undefined;
  let lastReported = -1;
  const { totalPages } = await source.backup(into, {
    progress: ({ totalPages: total, remainingPages }) => {
      if (failure !== undefined) throw failure.error;
      // better-sqlite3 asks again on the next turn of the event loop; a step of 0 pages copies nothing.
      if (paused) return 0;
      const copiedPages = total - remainingPages;
      if (report === undefined || copiedPages === lastReported) return pagesPerStep;
      lastReported = copiedPages;
      const waiting = report({ copiedPages, totalPages: total });
      if (waiting === undefined) return pagesPerStep;
      paused = true;
      waiting.then(
        () => {
          paused = false;
        },
        (error: unknown) => {
          failure = { error };
          paused = false;
        },
      );
      return 0;
    },
  });
  return totalPages;
}

/**
 * A backup is one self-contained file (rollback journal, not WAL), so it can be copied, archived
 * or opened read-only anywhere; the server puts a restored copy back into WAL mode when it opens it.
 */
function checkCopy(file: string): void {
  const copy = new SQLite(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const result: unknown = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new BackupError(`The copy failed its integrity check (${String(result)}); the backup was not written.`);
  } finally {
    copy.close();
  }
}

/**
 * Writes a consistent copy of the SQLite database at `location` to `file` with SQLite's online
 * backup, safe while a server writes to it from another process. The copy is made under a
 * temporary name and checked before it takes `file`'s name, so a failed backup never leaves a
 * half-written file where a good one is expected.
 */
export async function backupSqlite(location: string, file: string, options: BackupOptions = {}): Promise<BackupFigures> {
  refuseUnlessPossible(location, file, options.overwrite ?? false);
  const started = performance.now();
  const partial = join(dirname(file), `.${basename(file)}.${String(process.pid)}.partial`);
  let source: SQLite.Database | undefined;
  try {
    source = new SQLite(location, { fileMustExist: true });
    source.exec('begin');
    let pageSize: number;
    try {
      // The first read fixes the snapshot, and reading the schema shows at once a file that is no database.
      source.prepare('select count(*) from sqlite_master').get();
      pageSize = Number(source.pragma('page_size', { simple: true }));
    } catch (error) {
      throw new BackupError(`${location} is not a readable SQLite database (${error instanceof Error ? error.message : String(error)}).`, {
        cause: error,
      });
    }
    const pages = await copyPages(source, partial, options);
    source.exec('commit');
    source.close();
    source = undefined;

    checkCopy(partial);
    for (const stale of companions(file)) rmSync(stale, { force: true });
    renameSync(partial, file);
    return { source: location, file, pages, pageSize, bytes: statSync(file).size, milliseconds: performance.now() - started };
  } finally {
    source?.close();
    for (const leftover of [partial, ...companions(partial)]) rmSync(leftover, { force: true });
  }
}
