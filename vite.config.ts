import { gzipSync } from 'node:zlib';
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

export default defineConfig({
  plugins: [react(), firstLoadSize()],
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
  },
  server: {
    port: 5173,
  },
});
