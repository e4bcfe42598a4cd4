import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { today } from '../src/domain/phase-rules';
import { createApp } from './app';
import { buildIfStale } from './build-if-stale';
import { clientAddressResolver } from './client-address';
import { ensureDemoAccounts, hasDemoAccounts, NotADemoDatabaseError } from './db/demo-accounts';
import { databaseLocation, publicBaseUrl, readEnv } from './env';
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
const baseUrl = publicBaseUrl(env);
if (demo) {
  try {
    const added = await ensureDemoAccounts(db, new Date());
    log(`Demo mode: ${added > 0 ? `added ${added} demo accounts` : 'demo accounts reset'} (password shown on the sign-in page).`);
  } catch (error) {
    if (!(error instanceof NotADemoDatabaseError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
} else if (await hasDemoAccounts(db)) {
  console.error('This is a demo database: it has the demo accounts, whose password is published. Run `npm run demo`, or set DATABASE_URL to another file.');
  process.exit(1);
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
