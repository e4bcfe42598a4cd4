import { serve } from '@hono/node-server';
import { today } from '../src/domain/phase-rules';
import { createApp } from './app';
import { clientAddressResolver } from './client-address';
import { ensureDemoAccounts, hasDemoAccounts, NotADemoDatabaseError } from './db/demo-accounts';
import { databaseLocation, publicBaseUrl, readEnv } from './env';
import { printFirstRunLink } from './first-run';
import { prepareDatabase } from './prepare-database';

export interface StartOptions {
  /** The app's build. Passed in by the launcher, which knows where it builds it, as this file runs compiled from another folder. */
  clientDir: string;
  /** The same app on its own database, with demo accounts (`npm run demo`). */
  demo: boolean;
}

/**
 * Serves the built app and its API. server/start.mjs builds what is stale, then calls this from the
 * compiled bundle (dist-server/index.js).
 */
export async function startServer({ clientDir, demo }: StartOptions): Promise<void> {
  const log = (line: string) => console.log(line);
  const env = readEnv();

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

  const shutdown = () => {
    server.close(() => {
      void db.destroy().then(() => process.exit(0));
    });
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
