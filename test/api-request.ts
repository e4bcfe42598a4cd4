import { expect } from 'vitest';
import type * as z from 'zod/mini';
import { apiErrorSchema } from '../src/domain/api-error';
import type { ApiApp } from '../server/app';

/**
 * GETs an API path as a client would and reads the body with the domain schema the app uses, so
 * a response the app could not read fails the test rather than slipping through as `any`.
 */
export async function getJson<S extends z.ZodMiniType>(
  app: ApiApp,
  path: string,
  schema: S,
  expectedStatus = 200,
): Promise<z.output<S>> {
  const response = await app.request(path);
  expect(response.status, `GET ${path}`).toBe(expectedStatus);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body: unknown = await response.json();
  return schema.parse(body);
}

/** GETs a path the API must refuse, returning the error body every client relies on. */
export async function getError(app: ApiApp, path: string, expectedStatus: number) {
  const body = await getJson(app, path, apiErrorSchema, expectedStatus);
  expect(body.error.status).toBe(expectedStatus);
  return body.error;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  /** Sent as JSON with `Content-Type: application/json`, as the app sends every write. */
  body?: unknown;
  /** A `name=value` session cookie, as a browser would send it back. */
  cookie?: string | null;
  headers?: Record<string, string>;
}

/**
 * Sends a request as the app does: writes as JSON from the same site. Tests that check the
 * refusal of other kinds of request set their own headers.
 */
export async function sendRequest(app: ApiApp, method: Method, path: string, options: RequestOptions = {}): Promise<Response> {
  const headers = new Headers(options.headers);
  if (options.cookie !== undefined && options.cookie !== null) headers.set('Cookie', options.cookie);
  const init: RequestInit = { method, headers };
  if (options.body !== undefined) {
    if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    init.body = JSON.stringify(options.body);
  } else if (method !== 'GET' && !headers.has('Content-Type')) {
    // The API accepts unsafe methods only as JSON, even without a body (such as signing out).
    headers.set('Content-Type', 'application/json');
  }
  return await app.request(path, init);
}

/** Reads a response body with the domain schema the app would use, after checking its status. */
export async function readJson<S extends z.ZodMiniType>(response: Response, schema: S, expectedStatus = 200): Promise<z.output<S>> {
  const body: unknown = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(expectedStatus);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return schema.parse(body);
}

/** Reads the error body of a refused request, checking the status it reports matches the response's. */
export async function readError(response: Response, expectedStatus: number) {
  const body = await readJson(response, apiErrorSchema, expectedStatus);
  expect(body.error.status).toBe(expectedStatus);
  return body.error;
}
