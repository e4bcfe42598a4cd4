import type * as z from 'zod/mini';
import { apiErrorSchema } from '../domain/api-error';

/** A failed API call, with what the app needs to explain it: the status and any field messages. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
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
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(body);
    if (parsed.success) throw new ApiRequestError(response.status, parsed.data.error.message, parsed.data.error.fields);
    throw new ApiRequestError(response.status, `The server answered ${response.status}.`);
  }
  return schema.parse(body);
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
