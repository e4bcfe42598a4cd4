import type * as z from 'zod/mini';
import { apiErrorSchema } from '../domain/api-error';
import { noteServerContact } from './server-contact';

/** A failed API call, with what the app needs to explain it: the status and any field messages. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: Record<string, string[]> = {},
    /** The whole reply, for answers that carry more than the error (a 409's current record). */
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

/** Whether an error is the API's answer with this status: the question most callers ask of an error. */
export function hasStatus(error: unknown, status: number): error is ApiRequestError {
  return error instanceof ApiRequestError && error.status === status;
}

/** The network itself failed: offline, DNS, a dropped connection. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('We could not reach the server. Check your connection and try again.', { cause });
    this.name = 'NetworkError';
  }
}

/**
 * GETs an API path and parses the reply with the same zod schema the server answers with, so a
 * reply of the wrong shape fails here, loudly, rather than somewhere in a component.
 */
export async function getJson<S extends z.ZodMiniType>(path: string, schema: S, signal?: AbortSignal): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if (signal?.aborted === true) throw error;
    throw new NetworkError(error);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiRequestError(response.status, body);
  noteServerContact();
  return schema.parse(body);
}

export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Sends a change to the API as JSON: the server refuses any other body type (415), which is also
 * what keeps other sites' forms from posting here. Errors are reported as getJson reports them.
 * Without a schema the reply is ignored; a 204 (no content) always gives undefined.
 */
export async function sendJson(method: WriteMethod, path: string, body: unknown): Promise<undefined>;
export async function sendJson<S extends z.ZodMiniType>(method: WriteMethod, path: string, body: unknown, schema: S): Promise<z.output<S>>;
export async function sendJson<S extends z.ZodMiniType>(
  method: WriteMethod,
  path: string,
  body: unknown,
  schema?: S,
): Promise<z.output<S> | undefined> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  const reply: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw toApiRequestError(response.status, reply);
  noteServerContact();
  if (response.status === 204 || schema === undefined) return undefined;
  return schema.parse(reply);
}

function toApiRequestError(status: number, body: unknown): ApiRequestError {
  const parsed = apiErrorSchema.safeParse(body);
  if (parsed.success) return new ApiRequestError(status, parsed.data.error.message, parsed.data.error.fields, body);
  return new ApiRequestError(status, `The server answered ${status}.`);
}

/** Builds a query string from defined, non-empty values only, in a stable order. */
export function toSearchParams(values: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') params.set(key, value);
  }
  params.sort();
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
