import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { COPY_ORDER, CopyError, copyPortfolio, describeLocation } from './db/copy';
import { openDatabase } from './db/database';
import { dialectKindOf } from './db/dialect';

/**
 * `npm run db:copy -- --from URL --to URL` copies a whole portfolio, accounts included, between
 * SQLite and PostgreSQL (either way, or SQLite to SQLite) into an empty database. Exits 1 when
 * the copy is refused or undone, 2 on a usage mistake.
 */
const USAGE = [
  'Usage: npm run db:copy -- --from DATABASE --to DATABASE',
  '  Each DATABASE is a SQLite file (./data/portfolio.sqlite) or a PostgreSQL URL (postgres://user:password@host/name).',
  '  The target must be empty: create a new PostgreSQL database or name a new SQLite file. Stop the servers on both first.',
].join('\n');

type Parsed = { from: string; to: string } | { problem: string };

function parse(): Parsed {
  let values: { from?: string | undefined; to?: string | undefined };
  try {
    ({ values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } }));
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
  const { from, to } = values;
  if (from === undefined || to === undefined) return { problem: 'Both --from and --to are needed.' };
  for (const location of [from, to]) {
    if (location === ':memory:') return { problem: ':memory: keeps nothing once the copy ends: name a file.' };
  }
  const same = dialectKindOf(from) === 'postgres' ? from === to : resolve(from) === resolve(to);
  if (same) return { problem: '--from and --to name the same database.' };
  // Opening a SQLite file that is not there would create an empty one and copy nothing.
  if (dialectKindOf(from) === 'sqlite' && !existsSync(from)) return { problem: `There is no database at ${from}.` };
  return { from, to };
}

const numbers = new Intl.NumberFormat('en-GB');

async function main(): Promise<number> {
  const args = parse();
  if ('problem' in args) {
    console.error(args.problem);
    console.error(USAGE);
    return 2;
  }
  const source = openDatabase(args.from, { poolSize: 1 });
  const target = openDatabase(args.to, { poolSize: 1 });
  try {
    console.log(`Copying ${describeLocation(args.from)} to ${describeLocation(args.to)} in one transaction:`);
    const width = Math.max(...COPY_ORDER.map(({ table }) => table.length));
    const figures = await copyPortfolio(source, target, {
      onTable: ({ table, rows }) => console.log(`  ${table.padEnd(width)}  ${numbers.format(rows).padStart(9)} rows copied`),
    });
    console.log(
      `Committed ${numbers.format(figures.rows)} rows in ${String(figures.tables.length)} tables in ${numbers.format(Math.round(figures.milliseconds))} ms. Every table holds as many rows as the source:`,
    );
    for (const { table, rows } of figures.tables) console.log(`  ${table.padEnd(width)}  ${numbers.format(rows).padStart(9)}`);
    return 0;
  } catch (error) {
    if (error instanceof CopyError) console.error(error.message);
    else console.error(`db:copy failed, and nothing was kept: ${error instanceof Error ? error.message.split('\n').join(' ') : String(error)}`);
    return 1;
  } finally {
    await source.destroy();
    await target.destroy();
  }
}

process.exitCode = await main();
