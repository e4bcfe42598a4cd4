import { Hono } from 'hono';
import { CALENDAR_PATH } from '../src/domain/icalendar';
import { type AppDeps, resolveDeps } from './app-deps';
import type { AppEnv } from './app-env';
import { clearSessionCookie, isHttps, readSessionCookie } from './auth/session-cookie';
import { resumeSession } from './auth/sessions';
import { loadUser } from './auth/users';
import { compressAnswers } from './compression';
import { ApiError, errorResponder } from './http/api-error';
import { originOf, servedOverHttps } from './http/base-url';
import { limitBodies } from './http/body-limit';
import { requestLog } from './http/request-log';
import { sameSiteJsonOnly, securityHeaders } from './http/security';
import { calendarRoutes, ORGANISATION_CALENDAR_PATH } from './routes/calendar/calendar.routes';
import { configRoutes } from './routes/config/config.routes';
import { dataGapsRoutes } from './routes/data-gaps/data-gaps.routes';
import { ratingsRoutes } from './routes/delivery/ratings.routes';
import { overviewRoutes } from './routes/overview/overview.routes';
import { healthRoutes } from './routes/health/health.routes';
import { historyRoutes } from './routes/history/history.routes';
import { organisationsRoutes } from './routes/organisations/organisations.routes';
import { outputsRoutes } from './routes/outputs/outputs.routes';
import { partnershipsRoutes } from './routes/partnerships/partnerships.routes';
import { phasesRoutes } from './routes/phases/phases.routes';
import { projectsRoutes } from './routes/projects/projects.routes';
import { sessionRoutes } from './routes/session/session.routes';
import { setupRoutes } from './routes/setup/setup.routes';
import { showAndTellsRoutes } from './routes/show-and-tells/show-and-tells.routes';
import { sprintNotesFeedRoutes } from './routes/sprint-notes/feed.routes';
import { sprintNotesRoutes } from './routes/sprint-notes/sprint-notes.routes';
import { timelineRoutes } from './routes/timeline/timeline.routes';
import { updatesRoutes } from './routes/updates/updates.routes';
import { usersRoutes } from './routes/users/users.routes';
import { type PageExists, serveClient } from './serve-client';
import type { Db } from './db/database';

/**
 * The API as one Hono app, built from per-resource routers. The server, the tests and the msw
 * mocks all call this, so there is one implementation of every rule.
 */
export function createApp(options: AppDeps & { clientDir?: string }) {
  const deps = resolveDeps(options);
  const { db, now, publicUrl, logger } = deps;
  const https = servedOverHttps(publicUrl);

  const api = new Hono<AppEnv>()
    // Answers hold people's names and unpublished updates: no browser or proxy may keep a copy.
    .use(async (c, next) => {
      await next();
      c.header('Cache-Control', 'no-store');
    })
    // Browsers send an origin (lower-case host, no default port, no path), so compare with one, not with PUBLIC_URL as written.
    .use(sameSiteJsonOnly(originOf(publicUrl)))
    .use(async (c, next) => {
      const secure = isHttps(c, publicUrl);
      const token = readSessionCookie(c, secure);
      const userId = token === null ? null : await resumeSession(db, token, now());
      const user = userId === null ? null : await loadUser(db, userId);
      const signedIn = user !== null && !user.disabled;
      if (token !== null && !signedIn) clearSessionCookie(c, secure);
      c.set('user', signedIn ? user : null);
      c.set('sessionToken', signedIn ? token : null);
      await next();
    })
    .route('/config', configRoutes(deps))
    .route('/session', sessionRoutes(deps))
    .route('/setup', setupRoutes(deps))
    .route('/users', usersRoutes(deps))
    .route('/projects', projectsRoutes(deps))
    .route('/timeline', timelineRoutes(deps))
    .route('/organisations', organisationsRoutes(deps))
    .route('/overview', overviewRoutes(deps))
    .route('/data-gaps', dataGapsRoutes(deps))
    .route('/history', historyRoutes(deps))
    .route('/sprint-notes', sprintNotesRoutes(deps))
    .route('/', showAndTellsRoutes(deps))
    .route('/', phasesRoutes(deps))
    .route('/', partnershipsRoutes(deps))
    .route('/', outputsRoutes(deps))
    .route('/', updatesRoutes(deps))
    .route('/', ratingsRoutes(deps))
    .all('*', () => {
      throw new ApiError(404, 'No such API endpoint');
    });

  const app = new Hono<AppEnv>();
  // First, so every request is logged with its id, whatever a later step refuses.
  app.use(requestLog(logger));
  app.use(securityHeaders(https));
  // Before anything reads a body, on every path and method.
  app.use(limitBodies());
  // The built app's files come precompressed from the build (see serve-client.ts); answers are compressed as they go.
  app.use('/api/*', compressAnswers());
  // Before the client app's catch-all, which would answer them with index.html.
  app.route('/', healthRoutes(deps));
  app.use('/sprint-notes/feed.atom', compressAnswers());
  app.route('/', sprintNotesFeedRoutes(deps));
  app.use(CALENDAR_PATH, compressAnswers());
  app.use(ORGANISATION_CALENDAR_PATH, compressAnswers());
  app.route('/', calendarRoutes(deps));
  app.route('/api', api);
  app.onError(errorResponder(logger));
  if (options.clientDir !== undefined) serveClient(app, options.clientDir, pageExists(db));
  return app;
}

const PROJECT_PAGE = /^\/projects\/([^/]+)\/?$/;
const ORGANISATION_PAGE = /^\/organisations\/([^/]+)\/?$/;

/** A slug as written in an address; a malformed escape names nothing. */
function slugOf(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** The pages named after one record: a project's and an organisation's. `/projects/new` is a form, not a project. */
function pageExists(db: Db): PageExists {
  return async (path) => {
    const project = PROJECT_PAGE.exec(path)?.[1];
    if (project !== undefined && project !== 'new') {
      const slug = slugOf(project);
      return slug !== null && (await db.selectFrom('projects').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined;
    }
    const organisation = ORGANISATION_PAGE.exec(path)?.[1];
    if (organisation !== undefined) {
      const slug = slugOf(organisation);
      return slug !== null && (await db.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined;
    }
    return true;
  };
}

export type ApiApp = ReturnType<typeof createApp>;
