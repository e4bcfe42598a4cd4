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
            include: ['src/**/*.test.tsx'],
            setupFiles: ['test/setup-app.ts'],
          },
        },
      ],
    },
  }),
);
