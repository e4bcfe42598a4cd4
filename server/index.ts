import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { today } from '../src/domain/phase-rules';
import { createApp } from './app';
import { buildIfStale } from './build-if-stale';
import { clientAddressResolver } from './client-address';
import { ensureDemoAccounts } from './db/demo-accounts';
import { databaseLocation, readEnv } from './env';
import { printFirstRunLink } from './first-run';
import { prepareDatabase } from './prepare-database';

const log = (line: string) => console.log(line);
const env = readEnv();
// `npm run demo` passes --demo: the same app on its own database, with demo accounts.
const demo = process.argv.includes('--demo');
const root = resolve(import.meta.dirname, '..');
const clientDir = resolve(root, 'dist');

await buildIfStale(root, clientDir, log);
const db = await prepareDatabase(databaseLocation(env, demo), log);
const baseUrl = env.PUBLIC_URL ?? `http://${env.HOST}:${env.PORT}`;
if (demo) {
  const added = await ensureDemoAccounts(db, new Date());
  if (added > 0) log(`Demo mode: added ${added} demo accounts (password shown on the sign-in page).`);
} else {
  await printFirstRunLink(db, baseUrl, log);
}
const app = createApp({
  db,
  today,
  clientDir,
  demo,
  publicUrl: env.PUBLIC_URL,
  clientAddress: clientAddressResolver(env.TRUST_PROXY),
});

const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  log(`Local Digital Portfolio${demo ? ' (demo)' : ''} is running at http://${env.HOST}:${info.port}/`);
});

function shutdown() {
  server.close(() => {
    void db.destroy().then(() => process.exit(0));
  });
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
