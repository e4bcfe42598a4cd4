import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { LARGE_PORTFOLIO_PORT, LARGE_PORTFOLIO_URL } from './test/e2e/large-portfolio-server';

const PORT = 4173;
// 127.0.0.1 rather than localhost, so the server and the browser cannot disagree about IPv4 and IPv6.
const HOST = '127.0.0.1';
const BASE_URL = `http://${HOST}:${PORT}`;

// The browser tests get their own database, never the one in ./data. The server's command deletes
// the folder before starting (and only then), so every run starts from the Sprint Notes #46 seed;
// deleting it here instead would also run in each worker, under a server that is already using it.
// The server runs in demo mode, as `npm run demo` does, so the demo accounts exist to sign in with
// (DATABASE_URL still chooses the database).
const DATABASE_DIR = join(tmpdir(), 'local-digital-portfolio-e2e');
const DATABASE_URL = join(DATABASE_DIR, 'portfolio.sqlite');
const LARGE_DATABASE_URL = join(DATABASE_DIR, 'large-portfolio.sqlite');
const resetDatabase = `node -e "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })" ${JSON.stringify(DATABASE_DIR)}`;

// The browser every project below uses.
const CHROMIUM = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    // Debian's Chromium, installed with apt: Playwright never downloads a browser here.
    executablePath: '/usr/bin/chromium',
    // No sandbox because CI runs as root; the rest stop Chromium phoning home or
    // doing background work that slows a small machine.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
};

export default defineConfig({
  testDir: 'test/e2e',
  // Playwright empties its output folder at the start of a run; a subfolder keeps it from
  // deleting the Vitest report that CI writes next to it in test-results/.
  outputDir: 'test-results/e2e-artifacts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // Generous, for a two-core CI machine that may also be building the app in the server's first seconds.
  timeout: 60_000,
  globalTimeout: 20 * 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: BASE_URL,
    navigationTimeout: 30_000,
    actionTimeout: 15_000,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      // Journeys that change what other tests read (a project's phase, its latest update) run after them: see below.
      testIgnore: /\.changes\.spec\.ts$/,
      use: CHROMIUM,
    },
    {
      name: 'chromium-changes',
      testMatch: /\.changes\.spec\.ts$/,
      dependencies: ['chromium'],
      use: CHROMIUM,
    },
  ],
  webServer: [
    {
      // As `npm run demo` does, so the tests exercise the compiled server that `npm start` runs.
      command: `${resetDatabase} && node server/start.mjs --demo`,
      url: `${BASE_URL}/api/projects`,
      // Warnings and errors only: a line per request would bury the test report.
      env: { PORT: String(PORT), HOST, DATABASE_URL, LOG_LEVEL: 'warn' },
      reuseExistingServer: !process.env.CI,
      // The server builds the app and compiles itself first when dist/ or dist-server/ is missing or stale.
      timeout: 180_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    // A second server over a generated portfolio of 2,000 projects, for journeys through long
    // lists. Playwright starts its servers one after the other, so the first has already built
    // the app and this one finds the build fresh.
    {
      command: `npx tsx test/generate-portfolio-cli.ts --out ${JSON.stringify(LARGE_DATABASE_URL)} --size large && node server/start.mjs`,
      url: `${LARGE_PORTFOLIO_URL}/api/projects`,
      env: { PORT: String(LARGE_PORTFOLIO_PORT), HOST, DATABASE_URL: LARGE_DATABASE_URL, LOG_LEVEL: 'warn' },
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
