import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { NodePackageImporter } from 'sass-embedded';
import { defineConfig, type Plugin, type ResolvedConfig } from 'vite';

const FIRST_LOAD_BUDGET_KB = 130;

/**
 * Prints the gzipped size of the JavaScript the portfolio page loads before it can render: the
 * entry chunk and every chunk it imports statically. Lazy routes are left out, as the browser
 * fetches them only when someone opens those pages.
 */
function firstLoadSize(): Plugin {
  let logger: ResolvedConfig['logger'] | undefined;
  return {
    name: 'first-load-size',
    apply: 'build',
    configResolved(config) {
      logger = config.logger;
    },
    writeBundle(_options, bundle) {
      const entry = Object.values(bundle).find((item) => item.type === 'chunk' && item.isEntry);
      if (entry?.type !== 'chunk') return;
      const seen = new Set<string>();
      const visit = (fileName: string) => {
        const chunk = bundle[fileName];
        if (seen.has(fileName) || chunk?.type !== 'chunk') return;
        seen.add(fileName);
        chunk.imports.forEach(visit);
      };
      visit(entry.fileName);
      const bytes = [...seen].reduce((total, fileName) => {
        const chunk = bundle[fileName];
        return chunk?.type === 'chunk' ? total + gzipSync(chunk.code, { level: 9 }).length : total;
      }, 0);
      const kilobytes = bytes / 1024;
      const verdict = kilobytes <= FIRST_LOAD_BUDGET_KB ? 'within' : 'over';
      // Printed even at logLevel 'warn' (as `npm start` builds), because the figure is the point.
      logger?.warn(
        `First-load JavaScript of the portfolio page: ${kilobytes.toFixed(1)} KB gzipped in ${seen.size} files (${verdict} the ${FIRST_LOAD_BUDGET_KB} KB aim)`,
      );
    },
  };
}

/**
 * react-router's package exports name only its development build, whose warnings and checks cost
 * the first load; it ships a production build beside it, which a production build uses instead.
 * Tests and the dev server keep the development build and its warnings.
 */
function productionRouter(): Plugin {
  return {
    name: 'production-router',
    config: (_config, { mode }) =>
      mode === 'production'
        ? { resolve: { alias: [{ find: /^react-router$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)) }] } }
        : undefined,
  };
}

const SHARED_SCHEMAS = /node_modules[\\/]zod[\\/]|src[\\/]domain[\\/](actions|organisation|safe-url|project|partial-date|phase-rules|paging|version|delivery|portfolio-table)\.ts$/;
const SHARED_FRAMEWORK =
  /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]|node_modules[\\/]@tanstack[\\/](query-core|react-query)[\\/]build[\\/]modern[\\/](?!infinite|useInfinite|mutationObserver|useMutation)|node_modules[\\/]zustand[\\/]esm[\\/](vanilla|react)\.mjs$|src[\\/]lib[\\/](api-client|server-contact)\.ts$|src[\\/]domain[\\/]api-error\.ts$/;

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text files worth compressing; images other than SVG, fonts and source maps are left alone. */
const PRECOMPRESSED = /\.(?:js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside each text file of the build, which the
 * server sends to browsers that accept them (server/serve-client.ts). Done once here, so it can
 * afford the smallest settings: brotli at its highest quality, gzip at level 9. A copy that would
 * not be smaller is not written. Source maps are left out: only developer tools fetch them, and
 * they are most of the build's bytes, so compressing them would slow every build for nothing.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // Once the bundle is written and public/ copied, so both are compressed.
    async closeBundle() {
      const names = (await readdir(outDir, { recursive: true, encoding: 'utf8' })).filter((name) => PRECOMPRESSED.test(name));
      // The zlib calls run on libuv's thread pool, so files compress in parallel.
      await Promise.all(
        names.map(async (name) => {
          const path = join(outDir, name);
          const plain = await readFile(path);
          const [brotli, gzipped] = await Promise.all([
            brotliAsync(plain, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
                [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
              },
            }),
            gzipAsync(plain, { level: 9 }),
          ]);
          if (brotli.length < plain.length) await writeFile(`${path}.br`, brotli);
          if (gzipped.length < plain.length) await writeFile(`${path}.gz`, gzipped);
        }),
      );
    },
  };
}

export default defineConfig({
  plugins: [react(), productionRouter(), firstLoadSize(), precompress()],
  css: {
    preprocessorOptions: {
      scss: {
        // Resolves `pkg:govuk-frontend` through the package's own exports map.
        importers: [new NodePackageImporter()],
        // govuk-frontend's own Sass still uses slash division and global built-ins; its
        // authors track those, so their deprecation notices are noise in our build.
        quietDeps: true,
        silenceDeprecations: ['import', 'global-builtin', 'slash-div', 'if-function'],
      },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // govuk-frontend keeps two old-IE media-query hacks that Lightning CSS refuses to parse;
    // esbuild minifies them as they are.
    cssMinify: 'esbuild',
    reportCompressedSize: true,
    // Every browser the service supports preloads modules itself; the polyfill only cost bytes
    // in the first load (browsers without it still run the app, just without the preload).
    modulePreload: { polyfill: false },
    // Read by the server to preload a lazily loaded page's code with index.html (server/route-preloads.ts).
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // What the first page needs and most others share, as one file: zod and the portfolio's own
          // schemas, React, the router, the query cache and the API client. Left to itself the bundler
          // cuts them into a handful of small files, each costing the first load its own request and
          // compression overhead. The parts only later pages use (infinite lists, mutations, persisted
          // stores) stay with those pages.
          groups: [{ name: 'shared', test: (id: string) => SHARED_SCHEMAS.test(id) || SHARED_FRAMEWORK.test(id) }],
        },
      },
    },
  },
  server: {
    port: 5173,
  },
});
