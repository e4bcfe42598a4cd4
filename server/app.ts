import { Hono } from 'hono';
import type { AppDeps } from './app-deps';
import { ApiError, respondWithError } from './http/api-error';
import { organisationsRoutes } from './routes/organisations/organisations.routes';
import { projectsRoutes } from './routes/projects/projects.routes';
import { serveClient } from './serve-client';

/**
 * The API as one Hono app, built from per-resource routers. The server, the tests and the msw
 * mocks all call this, so there is one implementation of every rule.
 */
export function createApp(deps: AppDeps & { clientDir?: string }) {
  const api = new Hono()
    .route('/projects', projectsRoutes(deps))
    .route('/organisations', organisationsRoutes(deps))
    .all('*', () => {
      throw new ApiError(404, 'No such API endpoint');
    });
  const app = new Hono();
  app.route('/api', api);
  app.onError(respondWithError);
  if (deps.clientDir !== undefined) serveClient(app, deps.clientDir);
  return app;
}

export type ApiApp = ReturnType<typeof createApp>;
