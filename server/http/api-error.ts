import type { ErrorHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type * as z from 'zod/mini';
import type { ApiErrorBody } from '../../src/domain/api-error';
import type { AppEnv } from '../app-env';
import { errorFields, type Logger } from '../log';
import { isClientAbort } from './client-abort';
import { loggedRoute } from './request-log';

/** An error the API reports to its client as it is, with field-level messages where they apply. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export function errorBody(status: number, message: string, fields?: Record<string, string[]>): ApiErrorBody {
  return { error: fields === undefined ? { status, message } : { status, message, fields } };
}

/** A write that named a version someone else has since replaced: 409, with the record as it now stands. */
export class ConflictError extends ApiError {
  constructor(readonly current: unknown) {
    super(409, 'Someone else changed this while you were editing it. Check their changes, then save yours again.');
  }
}

export function notFound(what: string): ApiError {
  return new ApiError(404, `${what} not found`);
}

/** Why a conditional write changed nothing: someone changed the record (409 with it as it stands), or removed it (404). */
export function conflictOrGone(current: unknown, what: string): ApiError {
  return current === undefined ? notFound(what) : new ConflictError(current);
}

/** Parses input with a domain schema, turning failure into a 400 that names each bad field. */
export function parseOr400<S extends z.ZodMiniType>(schema: S, input: unknown, message: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length === 0 ? '_' : issue.path.join('.');
    (fields[key] ??= []).push(issue.message);
  }
  throw new ApiError(400, message, fields);
}

/** Answers every error the app throws: its own as they are, a client that hung up quietly, anything else as a logged 500. */
export function errorResponder(logger: Logger): ErrorHandler<AppEnv> {
  return (error, c) => {
    if (error instanceof ConflictError) return c.json({ ...errorBody(error.status, error.message), current: error.current }, error.status);
    if (error instanceof ApiError) return c.json(errorBody(error.status, error.message, error.fields), error.status);
    if (isClientAbort(error)) {
      // Not a fault of ours and nobody to answer: the request log notes it in one line (request-log.ts).
      c.set('clientAborted', true);
      return c.json(errorBody(400, 'The request was not received in full'), 400);
    }
    // Anything else is a bug: log it for the operator, with the id the client was given, and tell the client nothing about internals.
    logger.error('unexpected error', { method: c.req.method, route: loggedRoute(c), requestId: c.get('requestId'), ...errorFields(error) });
    return c.json(errorBody(500, 'Something went wrong on our side. Try again later.'), 500);
  };
}
