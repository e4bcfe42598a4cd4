import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './api-error';

/** Every body this app accepts is a small JSON form, but for the few named below. */
export const MAX_BODY_BYTES = 64 * 1024;

/** A request that may carry more than a form: its method, its path, and how much. */
export interface BodyAllowance {
  method: string;
  path: RegExp;
  maxBytes: number;
}

/**
 * A Sprint Notes issue is saved whole: a fortnight's twenty items with their words edited, or a
 * bumper issue after the pre-election period, outgrow a form's 64 KB, though no person types 4 MB.
 */
export const LARGER_BODIES: readonly BodyAllowance[] = [{ method: 'PUT', path: /^\/api\/sprint-notes\/[^/]+$/, maxBytes: 4 * 1024 * 1024 }];

const tooLarge = () => new ApiError(413, 'The request is too large');

/**
 * Refuses a body larger than any form, on every path and method, before it is read. Hono's own
 * bodyLimit looks only at requests with a body object, which GET and HEAD never have on Node, so
 * their Content-Length and Transfer-Encoding are checked here; it still counts the bytes of a
 * chunked body, whose size no header gives.
 */
export function limitBodies(allowances: readonly BodyAllowance[] = LARGER_BODIES): MiddlewareHandler {
  const counter = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw tooLarge();
      },
    });
  const larger = allowances.map((allowance) => ({ ...allowance, count: counter(allowance.maxBytes) }));
  const usual = { maxBytes: MAX_BODY_BYTES, count: counter(MAX_BODY_BYTES) };
  return async (c, next) => {
    const { maxBytes, count: countStreamed } = larger.find((limit) => limit.method === c.req.method && limit.path.test(c.req.path)) ?? usual;
    const length = c.req.header('Content-Length');
    if (length !== undefined) {
      if (!/^\d+$/.test(length)) throw new ApiError(400, 'The Content-Length header must be a number of bytes');
      if (Number(length) > maxBytes) throw tooLarge();
    }
    if ((c.req.method === 'GET' || c.req.method === 'HEAD') && c.req.header('Transfer-Encoding') !== undefined) {
      throw new ApiError(400, `A ${c.req.method} request cannot carry a body`);
    }
    return countStreamed(c, next);
  };
}
