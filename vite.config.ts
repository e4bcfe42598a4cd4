import react from '@vitejs/plugin-react';
import { NodePackageImporter } from 'sass-embedded';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
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
