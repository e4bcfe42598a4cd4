import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './api-error';

/** Every body this app accepts is a small JSON form. */
export const MAX_BODY_BYTES = 64 * 1024;

const tooLarge = () => new ApiError(413, 'The request is too large');

/**
 * Refuses a body larger than any form, on every path and method, before it is read. Hono's own
 * bodyLimit looks only at requests with a body object, which GET and HEAD never have on Node, so
 * their Content-Length and Transfer-Encoding are checked here; it still counts the bytes of a
 * chunked body, whose size no header gives.
 */
export function limitBodies(maxBytes = MAX_BODY_BYTES): MiddlewareHandler {
  const countStreamed = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw tooLarge();
    },
  });
  return async (c, next) => {
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
