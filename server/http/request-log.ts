import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { AppEnv } from '../app-env';
import type { Logger } from '../log';

/** A caller's own id is kept so its logs and ours line up; anything else could forge or flood log lines. */
const WELL_FORMED_REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Probes ask every few seconds; logged at info they would bury the requests people make. */
const PROBE_ROUTES = new Set(['/healthz', '/readyz']);

const LONGEST_LOGGED_PATH = 200;

/**
 * What to call a request in the logs: the route's pattern (/api/projects/:slug), never the path
 * as sent, which can carry a secret such as a set-up token. Paths no route names (the app's
 * pages and files) are logged without their query, with any set-up token replaced.
 */
export function loggedRoute(c: Context): string {
  // Middleware is registered for every method ('ALL') and catch-alls end in '*': neither names the route.
  const route = matchedRoutes(c).find((matched) => matched.method !== 'ALL' && !matched.path.includes('*'));
  if (route !== undefined) return route.path;
  return c.req.path.replace(/\/setup\/[^/]*/, '/setup/:token').slice(0, LONGEST_LOGGED_PATH);
}

function roundedMs(since: number): number {
  return Math.round((performance.now() - since) * 10) / 10;
}

/**
 * One line per request (method, route, status, duration, request id) and an X-Request-Id on
 * every answer. Nothing from the request's headers or body is logged: they hold passwords,
 * cookies and tokens.
 */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const given = c.req.header('X-Request-Id');
    const requestId = given !== undefined && WELL_FORMED_REQUEST_ID.test(given) ? given : randomUUID();
    c.set('requestId', requestId);
    await next();
    c.res.headers.set('X-Request-Id', requestId);

    const route = loggedRoute(c);
    const fields = { method: c.req.method, route, status: c.res.status, durationMs: roundedMs(started), requestId };
    if (c.get('clientAborted') === true) {
      // Nobody received the answer, so its status would only mislead.
      logger.info('request aborted by the client', { ...fields, status: undefined });
    } else if (PROBE_ROUTES.has(route) && c.res.status < 400) {
      logger.debug('request', fields);
    } else {
      logger.info('request', fields);
    }
  };
}
