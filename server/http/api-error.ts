import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type * as z from 'zod/mini';
import type { ApiErrorBody } from '../../src/domain/api-error';

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

export function notFound(what: string): ApiError {
  return new ApiError(404, `${what} not found`);
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

export function respondWithError(error: unknown, c: Context): Response {
  if (error instanceof ApiError) return c.json(errorBody(error.status, error.message, error.fields), error.status);
  // Anything else is a bug: log it for the operator, tell the client nothing about internals.
  console.error(error);
  return c.json(errorBody(500, 'Something went wrong on our side. Try again later.'), 500);
}
