import { parseArgs } from 'node:util';
import { BackupError, type BackupProgress, backupSqlite, DEFAULT_PAGES_PER_STEP, PostgresBackupError } from './db/backup';
import { dialectKindOf } from './db/dialect';
import { databaseLocation, readEnv } from './env';

/**
 * `npm run backup -- FILE` writes a consistent copy of the live SQLite database to FILE, while
 * the server keeps running. Exits 1 with one line saying what went wrong, 2 on a usage mistake.
 */
const USAGE = 'Usage: npm run backup -- FILE [--force] [--demo]   (--force replaces FILE; --demo backs up the demo database)';

function parse(): { file: string; force: boolean; demo: boolean } | null {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: { force: { type: 'boolean', default: false }, demo: { type: 'boolean', default: false } },
    });
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) return null;
    return { file, force: values.force, demo: values.demo };
  } catch {
    return null;
  }
}

const numbers = new Intl.NumberFormat('en-GB');

/** A line at each tenth of a large copy; a small one finishes in its first step and prints none. */
function progressPrinter(): (progress: BackupProgress) => void {
  let printedTenths = 0;
  return ({ copiedPages, totalPages }) => {
    if (totalPages <= DEFAULT_PAGES_PER_STEP) return;
    const tenths = Math.floor((copiedPages * 10) / totalPages);
    if (tenths <= printedTenths) return;
    printedTenths = tenths;
    console.log(`  ${String(tenths * 10)}% (${numbers.format(copiedPages)} of ${numbers.format(totalPages)} pages)`);
  };
}

async function main(): Promise<number> {
  const args = parse();
  if (args === null) {
    console.error(USAGE);
    return 2;
  }
  try {
    const location = databaseLocation(readEnv(), args.demo);
    // A PostgreSQL URL may hold a password: it is never echoed.
    if (dialectKindOf(location) === 'sqlite') console.log(`Backing up ${location} to ${args.file}`);
    const figures = await backupSqlite(location, args.file, { overwrite: args.force, onProgress: progressPrinter() });
    console.log(
      `Backed up ${numbers.format(figures.pages)} pages of ${numbers.format(figures.pageSize)} bytes: ${numbers.format(figures.bytes)} bytes in ${numbers.format(Math.round(figures.milliseconds))} ms, integrity check ok.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof PostgresBackupError) console.error(error.message);
    else if (error instanceof BackupError) console.error(`Backup failed: ${error.message}`);
    else console.error(`Backup failed: ${error instanceof Error ? error.message.split('\n').join(' ') : String(error)}`);
    return 1;
  }
}

process.exitCode = await main();
