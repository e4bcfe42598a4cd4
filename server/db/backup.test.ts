import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { fillTestDatabase, TEST_TODAY } from '../../test/test-content';
import { freshDatabaseLocation, TEST_DIALECT } from '../../test/test-database';
import { type BackupProgress, backupSqlite } from './backup';
import { openDatabase } from './database';

const ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * Another process writing to the live database as a server would: WAL mode, one committed row
 * at a time, each id printed once its transaction has committed. It stops when its stdin closes.
 */
const WRITER = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.pragma('journal_mode = WAL');
const insert = db.prepare("insert into sign_in_failures (key, failed_at) values ('load', ?) returning id");
let stopping = false;
process.stdin.on('end', () => { stopping = true; });
process.stdin.resume();
(function write() {
  if (stopping) { db.close(); return; }
  const { id } = insert.get(new Date().toISOString());
  process.stdout.write(String(id) + '\\n');
  setImmediate(write);
})();
`;

interface Writer {
  /** Ids whose commit the writer has reported, in order. */
  acknowledged: number[];
  /** Resolves once `count` writes have been reported; fails if the writer dies first. */
  reported: (count: number) => Promise<void>;
  stop: () => Promise<number | null>;
}

function startWriter(file: string, children: ChildProcess[]): Writer {
  const child = spawn(process.execPath, ['-e', WRITER, file], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(child);
  const acknowledged: number[] = [];
  const waiting = new Set<() => void>();
  let partial = '';
  let errors = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) acknowledged.push(Number(line));
    for (const check of waiting) check();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return {
    acknowledged,
    reported: (count) =>
      new Promise((done, failed) => {
        const check = () => {
          if (acknowledged.length < count) return;
          waiting.delete(check);
          done();
        };
        waiting.add(check);
        check();
        void exited.then((code) => failed(new Error(`The writer exited (${String(code)}) after ${String(acknowledged.length)} writes: ${errors}`)));
      }),
    stop: () => {
      child.stdin.end();
      return exited;
    },
  };
}

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run backup -- ARGS` as a person runs it, through tsx, with DATABASE_URL set. */
function runBackupCli(args: readonly string[], databaseUrl: string): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl };
  const child = spawn(process.execPath, ['--import', 'tsx', join('server', 'backup.ts'), ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((done) => child.once('close', (code) => done({ code, stdout, stderr })));
}

let directory = '';
const children: ChildProcess[] = [];

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'backup-'));
});

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(directory, { recursive: true, force: true });
});

/** A live portfolio file as the server leaves it (WAL mode), padded to some thousand pages so a copy takes many steps. */
async function livePortfolio(): Promise<string> {
  const file = join(directory, 'portfolio.sqlite');
  const db = openDatabase(file);
  await fillTestDatabase(db, 'seeded');
  for (let batch = 0; batch < 6; batch += 1) {
    const rows = Array.from({ length: 500 }, (_, index) => ({ key: `padding ${String(batch * 500 + index)} ${'x'.repeat(1000)}`, failedAt: '2022-05-11T09:00:00.000Z' }));
    await db.insertInto('signInFailures').values(rows).execute();
  }
  await db.destroy();
  return file;
}

function loadIds(file: string): number[] {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare<[], { id: number }>("select id from sign_in_failures where key = 'load' order by id")
      .all()
      .map(({ id }) => id);
  } finally {
    db.close();
  }
}

async function projectsAnswer(file: string): Promise<string> {
  const db = openDatabase(file);
  try {
    return await (await createApp({ db, today: () => TEST_TODAY }).request('/api/projects')).text();
  } finally {
    await db.destroy();
  }
}

if (TEST_DIALECT === 'sqlite') {
  describe('backupSqlite', () => {
    it('copies a consistent snapshot while another process keeps writing, holding every write acknowledged before it began', async () => {
      const live = await livePortfolio();
      const backup = join(directory, 'backup.sqlite');
      const writer = startWriter(live, children);
      await writer.reported(50);
      const acknowledgedBefore = [...writer.acknowledged];

      const progress: BackupProgress[] = [];
      let writesWhileCopying = 0;
      const figures = await backupSqlite(live, backup, {
        pagesPerStep: 32,
        onProgress: async (step) => {
          progress.push(step);
          if (step.copiedPages === 0 || writesWhileCopying > 0) return;
          // Midway through the copy, the other process commits 50 more rows before the copy goes on.
          const from = writer.acknowledged.length;
          await writer.reported(from + 50);
          writesWhileCopying = writer.acknowledged.length - from;
        },
      });
      await writer.reported(writer.acknowledged.length + 50);
      expect(await writer.stop()).toBe(0);

      expect(writesWhileCopying).toBeGreaterThanOrEqual(50);
      expect(progress.length).toBeGreaterThan(10);
      expect(progress.map(({ copiedPages }) => copiedPages)).toEqual([...progress.map(({ copiedPages }) => copiedPages)].sort((a, b) => a - b));
      expect(progress.every(({ totalPages }) => totalPages === figures.pages)).toBe(true);
      expect(figures.bytes).toBe(statSync(backup).size);
      expect(figures.pages * figures.pageSize).toBe(figures.bytes);

      const copy = new SQLite(backup, { readonly: true, fileMustExist: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      copy.close();

      const inBackup = loadIds(backup);
      expect(inBackup).toEqual(expect.arrayContaining(acknowledgedBefore));
      // One moment's rows, none missing in between: the writes in order up to some point.
      expect(inBackup).toEqual(Array.from({ length: inBackup.length }, (_, index) => (acknowledgedBefore[0] ?? 0) + index));
      expect(loadIds(live).length).toBeGreaterThan(inBackup.length);
      expect(await projectsAnswer(backup)).toBe(await projectsAnswer(live));
      expect(existsSync(`${backup}-wal`)).toBe(false);
    });

    it('refuses to replace an existing file unless told to, then replaces it whole', async () => {
      const live = await livePortfolio();
      const backup = join(directory, 'backup.sqlite');
      writeFileSync(backup, 'last week’s backup');
      writeFileSync(`${backup}-wal`, 'a stale log of some older database');

      await expect(backupSqlite(live, backup)).rejects.toThrow(`${backup} already exists: choose another name, or add --force to replace it.`);
      expect(readFileSync(backup, 'utf8')).toBe('last week’s backup');

      const figures = await backupSqlite(live, backup, { overwrite: true });
      expect(figures.bytes).toBe(statSync(backup).size);
      expect(existsSync(`${backup}-wal`)).toBe(false);
      expect(await projectsAnswer(backup)).toBe(await projectsAnswer(live));
      expect(await projectsAnswer(backup)).toContain('"total":15');
    });

    it('refuses a database that is not there, without creating one', async () => {
      const missing = join(directory, 'nothing-here.sqlite');
      await expect(backupSqlite(missing, join(directory, 'backup.sqlite'))).rejects.toThrow(
        `There is no database at ${missing}: check DATABASE_URL (nothing was created).`,
      );
      expect(existsSync(missing)).toBe(false);
      expect(existsSync(join(directory, 'backup.sqlite'))).toBe(false);
    });
  });

  describe('npm run backup', () => {
    it('prints what it copied, refuses to overwrite without --force, and explains how it is used', { timeout: 60_000 }, async () => {
      const live = await livePortfolio();
      const backup = join(directory, 'backup.sqlite');

      const first = await runBackupCli([backup], live);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toContain(`Backing up ${live} to ${backup}`);
      expect(first.stdout).toMatch(/Backed up [\d,]+ pages of 4,096 bytes: [\d,]+ bytes in [\d,]+ ms, integrity check ok\./);
      expect(await projectsAnswer(backup)).toBe(await projectsAnswer(live));

      const again = await runBackupCli([backup], live);
      expect(again.code).toBe(1);
      expect(again.stderr).toBe(`Backup failed: ${backup} already exists: choose another name, or add --force to replace it.\n`);

      const forced = await runBackupCli([backup, '--force'], live);
      expect(forced.code).toBe(0);

      const usage = await runBackupCli([], live);
      expect(usage.code).toBe(2);
      expect(usage.stderr).toMatch(/^Usage: npm run backup -- FILE \[--force\] \[--demo\]/);
    });
  });
} else {
  describe('npm run backup on PostgreSQL', () => {
    it('refuses, and gives the pg_dump and pg_restore commands without printing the URL', { timeout: 30_000 }, async () => {
      const url = await freshDatabaseLocation();
      const dump = join(directory, 'portfolio.dump');

      const result = await runBackupCli([dump], url);

      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain("DATABASE_URL names a PostgreSQL database, which is backed up with PostgreSQL's own tools");
      expect(result.stderr).toContain(`pg_dump --format=custom --file=${dump} "$DATABASE_URL"`);
      expect(result.stderr).toContain(`pg_restore --no-owner --dbname="$DATABASE_URL" ${dump}`);
      expect(result.stderr).not.toContain(url);
      expect(existsSync(dump)).toBe(false);
    });
  });
}
