import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { ApiError, parseOr400 } from './api-error';
import { isClientAbort } from './client-abort';

/** Reads a JSON body and checks it with a domain schema: 400 for malformed JSON, 400 with field messages for wrong values. */
export async function readJson<S extends z.ZodMiniType>(c: Context, schema: S, message = 'Check the details you entered'): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch (error) {
    // A client that hung up sent nothing malformed; the error handler logs it as what it is.
    if (isClientAbort(error)) throw error;
    throw new ApiError(400, 'The request body is not valid JSON');
  }
  return parseOr400(schema, body, message);
}
