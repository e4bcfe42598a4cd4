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
