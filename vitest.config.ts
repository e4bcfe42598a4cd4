import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

/**
 * Two kinds of suite: the API, database and domain run in Node; the app's pages run in jsdom
 * against the real API through msw. Both run with `npm test`.
 */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      globals: true,
      restoreMocks: true,
      projects: [
        {
          extends: true,
          test: {
            name: 'server',
            environment: 'node',
            include: ['server/**/*.test.ts', 'src/domain/**/*.test.ts', 'mocks/**/*.test.ts'],
            setupFiles: ['test/setup-node.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'app',
            environment: 'jsdom',
            // The app fetches relative paths ('/api/projects'); msw resolves them against the page's
            // URL, so the page needs a real origin, as it has in a browser.
            environmentOptions: { jsdom: { url: 'http://localhost:3000/' } },
            include: ['src/**/*.test.tsx'],
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
