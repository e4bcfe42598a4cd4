import type { Server, ServerResponse } from 'node:http';
import { serve } from '@hono/node-server';
import { today } from '../src/domain/phase-rules';
import { createApp } from './app';
import { clientAddressResolver } from './client-address';
import type { Db } from './db/database';
import { ensureDemoAccounts, hasDemoAccounts, NotADemoDatabaseError } from './db/demo-accounts';
import { databaseLocation, publicBaseUrl, publicUrlWarning, readEnv } from './env';
import { printFirstRunLink } from './first-run';
import { createLogger, type Logger } from './log';
import { prepareDatabase } from './prepare-database';
import { describeLocation } from './db/dialect';

export interface StartOptions {
  /** The app's build. Passed in by the launcher, which knows where it builds it, as this file runs compiled from another folder. */
  clientDir: string;
  /** The same app on its own database, with demo accounts (`npm run demo`). */
  demo: boolean;
}

/** How long requests in progress get to finish after SIGTERM or SIGINT before their connections are closed. */
const STOP_GRACE_MS = 10_000;

/**
 * Serves the built app and its API. server/start.mjs builds what is stale, then calls this from the
 * compiled bundle (dist-server/index.js).
 */
export async function startServer({ clientDir, demo }: StartOptions): Promise<void> {
  // Lines a person at the terminal reads (where the app is, the first-run link) stay plain text;
  // events an operator collects (requests, errors, stopping) are JSON lines from the logger.
  const say = (line: string) => console.log(line);
  const env = orStop(readEnv);
  const logger = createLogger({ level: env.LOG_LEVEL });
  const publicUrl = publicBaseUrl(env);
  const warning = publicUrlWarning(env);
  if (warning !== null) logger.warn(warning, { host: env.HOST, publicUrl });

  const location = databaseLocation(env, demo);
  const db = await prepareDatabase(location, say, { poolSize: env.DATABASE_POOL_SIZE }).catch((error: unknown) =>
    stop(`Could not open the database ${describeLocation(location)}: ${reasonOf(error)}`),
  );
  if (demo) {
    try {
      const { added, removed } = await ensureDemoAccounts(db, new Date());
      const accounts = added > 0 ? `added ${added} demo accounts` : 'demo accounts reset';
      const others = removed > 0 ? `, removed ${removed} other ${removed === 1 ? 'account' : 'accounts'}` : '';
      say(`Demo mode: ${accounts}${others} (password shown on the sign-in page).`);
    } catch (error) {
      if (!(error instanceof NotADemoDatabaseError)) throw error;
      console.error(error.message);
      process.exit(1);
    }
  } else if (await hasDemoAccounts(db)) {
    console.error('This is a demo database: it has the demo accounts, whose password is published. Run `npm run demo`, or set DATABASE_URL to another file.');
    process.exit(1);
  } else {
    await printFirstRunLink(db, publicUrl, say);
  }
  const app = createApp({
    db,
    today,
    clientDir,
    demo,
    publicUrl,
    clientAddress: clientAddressResolver(env.TRUST_PROXY),
    logger,
  });

  // serve() makes a plain node:http server unless given another createServer, and stopping needs its connection methods.
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    say(`Local Digital Portfolio${demo ? ' (demo)' : ''} is running at http://${env.HOST}:${info.port}/`);
  }) as Server;
  stopOnSignals(server, db, logger);
}

/**
 * A start that cannot go on (a setting wrong, the database unreachable) says why in one line and
 * exits 1: the operator needs the reason, not a stack trace through the start-up code.
 */
function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

function orStop<T>(start: () => T): T {
  try {
    return start();
  } catch (error) {
    return stop(reasonOf(error));
  }
}

/** An error's message with its causes' ("Migration failed: connect ECONNREFUSED 127.0.0.1:5432"), never its stack. */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error && !error.message.includes(error.cause.message) ? `: ${reasonOf(error.cause)}` : '';
  return `${error.message}${cause}`;
}

/**
 * SIGTERM (an orchestrator, `docker stop`) or SIGINT (Ctrl+C): stop taking connections, let the
 * requests in progress finish, close the database, exit 0. Requests still open after
 * STOP_GRACE_MS, or at a second signal, have their connections closed, and the exit code is 1.
 */
function stopOnSignals(server: Server, db: Db, logger: Logger): void {
  const inProgress = new Set<ServerResponse>();
  let stopping = false;
  let forced = false;

  server.on('request', (_request, response: ServerResponse) => {
    // A keep-alive connection could otherwise carry new requests for as long as its client likes.
    if (stopping) response.setHeader('Connection', 'close');
    inProgress.add(response);
    response.once('close', () => inProgress.delete(response));
    // A response that had already sent its headers cannot ask to close; once it ends, its connection is idle.
    response.once('finish', () => {
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
  });

  const forceClose = (why: string) => {
    forced = true;
    logger.warn(`${why}: closing ${inProgress.size === 1 ? '1 request' : `${inProgress.size} requests`} still in progress`);
    server.closeAllConnections();
  };

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      forceClose(`${signal} again`);
      return;
    }
    stopping = true;
    const timer = setTimeout(() => forceClose(`still open after ${STOP_GRACE_MS / 1000} s`), STOP_GRACE_MS);
    server.close(() => {
      clearTimeout(timer);
      void db
        .destroy()
        .catch((error: unknown) => logger.error('could not close the database', { error: String(error) }))
        .finally(() => {
          logger.info('stopped');
          process.exit(forced ? 1 : 0);
        });
    });
    for (const response of inProgress) if (!response.headersSent) response.setHeader('Connection', 'close');
    server.closeIdleConnections();
    logger.info('stopping: no new connections, finishing requests in progress', { signal, inProgress: inProgress.size });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
