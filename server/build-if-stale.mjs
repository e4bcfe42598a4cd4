// Plain JavaScript, so `npm start` can run it with node before anything is compiled.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The client's build, relative to the project root (vite.config.ts's build.outDir). */
export const CLIENT_DIR = 'dist';
/** The server compiled to JavaScript, and esbuild's record of the sources that went into it. */
export const SERVER_BUNDLE = 'dist-server/index.js';
export const SERVER_METAFILE = 'dist-server/meta.json';

const CLIENT_INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];
// Beside the sources esbuild reports: what else changes the bundle (the options below, tsconfig's
// settings) or what it runs against (the external packages).
const SERVER_EXTRA_INPUTS = ['server/build-if-stale.mjs', 'tsconfig.json', 'package-lock.json'];

/** @param {string} path */
function modifiedAt(path) {
  return statSync(path, { throwIfNoEntry: false })?.mtimeMs;
}

/** @param {string} path */
function newestModification(path) {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats === undefined) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, entry)));
  return newest;
}

/**
 * True when there is no client build or a client source is newer than it.
 * @param {string} root
 */
export function clientIsStale(root) {
  const built = modifiedAt(join(root, CLIENT_DIR, 'index.html'));
  return built === undefined || CLIENT_INPUTS.some((input) => newestModification(join(root, input)) > built);
}

/**
 * True when there is no server bundle, or any file that went into it (as esbuild's metafile lists
 * them, so only what the server imports counts) is newer or has gone.
 * @param {string} root
 */
export function serverIsStale(root) {
  const built = modifiedAt(join(root, SERVER_METAFILE));
  if (built === undefined || modifiedAt(join(root, SERVER_BUNDLE)) === undefined) return true;
  /** @type {string[]} */
  let sources;
  try {
    /** @type {{ inputs: Record<string, unknown> }} */
    const metafile = JSON.parse(readFileSync(join(root, SERVER_METAFILE), 'utf8'));
    sources = Object.keys(metafile.inputs);
  } catch {
    return true;
  }
  // A source that has gone means an import changed; the extra inputs may simply not exist.
  return (
    sources.some((source) => (modifiedAt(join(root, source)) ?? Infinity) > built) ||
    SERVER_EXTRA_INPUTS.some((input) => (modifiedAt(join(root, input)) ?? 0) > built)
  );
}

/**
 * Builds the client with Vite in a child process, so none of Vite's memory stays with the server.
 * @param {string} root
 * @param {string[]} [viteArguments]
 * @returns {Promise<void>}
 */
export function buildClient(root, viteArguments = []) {
  const vitePackage = createRequire(join(root, 'package.json')).resolve('vite/package.json');
  const viteCli = join(dirname(vitePackage), 'bin', 'vite.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [viteCli, 'build', ...viteArguments], { cwd: root, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`The app's build failed (${signal ?? `exit code ${String(code)}`})`));
    });
  });
}

/**
 * Compiles the server to one JavaScript file with esbuild. Packages stay external: they are
 * loaded from node_modules as they are (better-sqlite3 is native and cannot be bundled).
 * @param {string} root
 * @returns {Promise<void>}
 */
export async function buildServer(root) {
  // Loaded only when a build is due, so an up-to-date start never pays for it.
  const esbuild = await import('esbuild');
  // Removed first, so a build that fails part-way leaves the server stale rather than half built.
  rmSync(join(root, SERVER_METAFILE), { force: true });
  try {
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: ['server/index.ts'],
      outfile: SERVER_BUNDLE,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      sourcemap: true,
      metafile: true,
      logLevel: 'warning',
    });
    writeFileSync(join(root, SERVER_METAFILE), JSON.stringify(result.metafile));
  } finally {
    // esbuild runs as a child process; ending it keeps it from idling beside the server.
    await esbuild.stop();
  }
}

/**
 * Builds the client and the server, each only when it is missing or older than its sources.
 * @param {string} root
 * @param {(line: string) => void} log
 */
export async function buildIfStale(root, log) {
  if (clientIsStale(root)) {
    log('Building the app…');
    // At 'warn', Vite still prints the first-load size (vite.config.ts), and nothing routine.
    await buildClient(root, ['--logLevel', 'warn']);
  }
  if (serverIsStale(root)) {
    log('Compiling the server…');
    await buildServer(root);
  }
}
