import type { MiddlewareHandler } from 'hono';
import { ApiError } from './api-error';

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "img-src 'self' data:",
].join('; ');

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Headers on every response, API and app alike. */
export function securityHeaders(https: boolean): MiddlewareHandler {
  return async (c, next) => {
    await next();
    // Set on the answer's own headers: after the answer is made, each c.header() call would
    // copy the whole Response again, five times on every request.
    const headers = c.res.headers;
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'same-origin');
    headers.set('X-Frame-Options', 'DENY');
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    if (https) headers.set('Strict-Transport-Security', `max-age=${ONE_YEAR_SECONDS}; includeSubDomains`);
  };
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Refuses requests that change things unless they are JSON from this site. A cross-site form
 * cannot send JSON without a CORS preflight, which this API never answers; the Origin and
 * Sec-Fetch-Site checks stop the rest. `ownOrigin` is the configured one (originOf in
 * base-url.ts), not the request's: a request naming itself in Host and Origin alike proves nothing.
 */
export function sameSiteJsonOnly(ownOrigin: string): MiddlewareHandler {
  return async (c, next) => {
    if (UNSAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('Origin');
      if (c.req.header('Sec-Fetch-Site') === 'cross-site' || (origin !== undefined && origin !== ownOrigin)) {
        throw new ApiError(403, 'Requests from other sites are not accepted');
      }
      const type = c.req.header('Content-Type') ?? '';
      if (!/^application\/json\s*(;|$)/i.test(type)) {
        throw new ApiError(415, 'Send the request as JSON (Content-Type: application/json)');
      }
    }
    await next();
  };
}
