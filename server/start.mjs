// `npm start` and `npm run demo`: plain JavaScript run by node, so the server runs compiled,
// without a TypeScript loader's start-up time and memory. It builds what is missing or stale,
// then starts the compiled server in this same process.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIfStale, CLIENT_DIR, SERVER_BUNDLE } from './build-if-stale.mjs';

const root = resolve(import.meta.dirname, '..');
await buildIfStale(root, (line) => console.log(line));
// Stack traces then point into the TypeScript sources rather than the bundle.
process.setSourceMapsEnabled(true);
/** @type {{ startServer: (options: { clientDir: string, demo: boolean }) => Promise<void> }} */
const server = await import(pathToFileURL(resolve(root, SERVER_BUNDLE)).href);
// --demo: the same app on its own database, with demo accounts.
await server.startServer({ clientDir: resolve(root, CLIENT_DIR), demo: process.argv.includes('--demo') });
