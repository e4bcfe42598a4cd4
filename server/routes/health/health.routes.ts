import { sql } from 'kysely';
import { Hono } from 'hono';
import type { ResolvedDeps } from '../../app-deps';
import type { AppEnv } from '../../app-env';
import { type Db, migrationsAreCurrent } from '../../db/database';

/** Why this server should not take requests yet, or null when it should. */
async function notReadyBecause(db: Db): Promise<{ reason: string; error?: unknown } | null> {
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    return { reason: 'The database does not answer', error };
  }
  try {
    if (!(await migrationsAreCurrent(db))) return { reason: 'The database has migrations still to run' };
  } catch (error) {
    return { reason: 'Could not read which migrations have run', error };
  }
  return null;
}

/**
 * For a load balancer or orchestrator, outside /api so they need no session and are never
 * compressed: /healthz says the process is up (restart it if not), /readyz that it can serve
 * (send it requests). Neither may be cached, or a probe would read an old answer.
 */
export function healthRoutes({ db, logger }: ResolvedDeps) {
  return new Hono<AppEnv>()
    .get('/healthz', (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json({ status: 'ok' });
    })
    .get('/readyz', async (c) => {
      c.header('Cache-Control', 'no-store');
      const problem = await notReadyBecause(db);
      if (problem === null) return c.json({ status: 'ok' });
      const cause = problem.error instanceof Error ? problem.error.message : undefined;
      logger.warn('not ready', { reason: problem.reason, cause, requestId: c.get('requestId') });
      return c.json({ status: 'unavailable', reason: problem.reason }, 503);
    });
}
