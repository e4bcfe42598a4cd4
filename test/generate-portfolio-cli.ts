import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { today } from '../src/domain/phase-rules';
import { LARGE_PORTFOLIO, MEDIUM_PORTFOLIO, openGeneratedDatabase } from './generate-portfolio';

/**
 * Writes a generated portfolio to a new SQLite file, for browser tests and trying the app at
 * scale by hand: `tsx test/generate-portfolio-cli.ts --out /tmp/large.sqlite --size large`,
 * then `DATABASE_URL=/tmp/large.sqlite npm start`. Any file already there is replaced.
 */
const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    size: { type: 'string', default: 'large' },
  },
});
const sizes = { large: LARGE_PORTFOLIO, medium: MEDIUM_PORTFOLIO };
if (values.out === undefined || !(values.size in sizes)) {
  console.error('Usage: tsx test/generate-portfolio-cli.ts --out FILE.sqlite [--size large|medium]');
  process.exit(2);
}
const size = sizes[values.size as keyof typeof sizes];
for (const suffix of ['', '-wal', '-shm']) rmSync(`${values.out}${suffix}`, { force: true });
const { db, counts } = await openGeneratedDatabase(size, { today: today(), location: values.out });
await db.destroy();
console.log(`Generated ${values.out}: ${counts.projects} projects, ${counts.organisations} organisations, ${counts.updates} updates.`);
