import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const CLIENT_INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newestModification(path: string): number {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats === undefined) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, entry)));
  return newest;
}

/** Builds the app when there is no build or a client source file is newer than it. */
export async function buildIfStale(root: string, outDir: string, log: (line: string) => void): Promise<void> {
  const built = statSync(join(outDir, 'index.html'), { throwIfNoEntry: false });
  const inputs = Math.max(...CLIENT_INPUTS.map((input) => newestModification(join(root, input))));
  if (built !== undefined && built.mtimeMs >= inputs) return;
  log(built === undefined ? 'Building the app (first run)…' : 'Sources changed since the last build: rebuilding the app…');
  // Vite is only needed here, so it is loaded only when a build is due.
  const { build } = await import('vite');
  await build({ root, logLevel: 'warn' });
}
