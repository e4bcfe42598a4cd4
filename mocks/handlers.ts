import { http, type HttpHandler } from 'msw';

/** Every request the app makes to its API, from any origin the page runs on. */
export const API_PATTERN = '*/api/*';

/** Anything that answers a fetch Request the way the API does: the real Hono app, in practice. */
export interface ApiBackend {
  fetch: (request: Request) => Response | Promise<Response>;
}

/**
 * msw is only the wire here, not a second API: each request goes to the real `createApp()`, so
 * the app's tests meet the same validation, queries and error shapes as the browser does.
 */
export function createApiHandlers(backend: ApiBackend): HttpHandler[] {
  return [http.all(API_PATTERN, ({ request }) => backend.fetch(request))];
}
