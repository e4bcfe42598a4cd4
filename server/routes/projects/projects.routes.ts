import { Hono } from 'hono';
import { DEFAULT_PAGE_SIZE } from '../../../src/domain/paging';
import { type ProjectDetail, projectFiltersSchema, projectLinksSchema } from '../../../src/domain/project';
import type { ResolvedDeps } from '../../app-deps';
import type { AppEnv, CurrentUser } from '../../app-env';
import { authorise } from '../../auth/authorise';
import { allowedActions, can } from '../../auth/permissions';
import { isoNow } from '../../auth/clock';
import type { Db } from '../../db/database';
import { saveVersioned } from '../../db/versioned';
import { HISTORY_PAGE_SIZE, loadHistory } from '../../db/queries/history';
import {
  type LoadedProject,
  listProjectCards,
  loadProjectDetail,
  loadProjectScope,
  loadUpdatePage,
  UPDATES_PAGE_SIZE,
} from '../../db/queries/projects';
import { ApiError, notFound, parseOr400 } from '../../http/api-error';
import { namedChanges } from '../../http/changes';
import { presentParams, readPaging } from '../../http/query-params';
import { readJson } from '../../http/read-json';

const KNOWN_FILTERS = new Set(Object.keys(projectFiltersSchema.shape));
/** Phase and status are words from a fixed list; "Beta" in a hand-typed link means beta. */
const CASE_FREE_FILTERS = new Set(['phase', 'status']);

export function projectsRoutes({ db, today, now }: ResolvedDeps) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const query = c.req.query();
      // Unknown parameters are ignored like any web page would; known ones must be valid.
      const filters = parseOr400(
        projectFiltersSchema,
        Object.fromEntries(
          Object.entries(presentParams(query, KNOWN_FILTERS)).map(([key, value]) => [key, CASE_FREE_FILTERS.has(key) ? value.toLowerCase() : value]),
        ),
        'Check the filters',
      );
      const paging = readPaging(query, DEFAULT_PAGE_SIZE);
      const { organisation, ...rest } = filters;
      let organisationId: number | undefined;
      if (organisation !== undefined) {
        const known = await db.selectFrom('organisations').select('id').where('slug', '=', organisation).executeTakeFirst();
        if (known === undefined) throw new ApiError(400, 'Check the filters', { organisation: [`No organisation has the slug ${organisation}`] });
        organisationId = known.id;
      }
      return c.json(await listProjectCards(db, { ...rest, organisationId }, paging, today()));
    })
    .get('/:slug', async (c) => {
      const loaded = await loadProjectDetail(db, c.req.param('slug'), today());
      if (loaded === null) throw notFound('Project');
      return c.json(await asSeenBy(db, loaded, c.get('user')));
    })
    .get('/:slug/updates', async (c) => {
      const paging = readPaging(c.req.query(), UPDATES_PAGE_SIZE);
      const scope = await loadProjectScope(db, c.req.param('slug'), today());
      if (scope === null) throw notFound('Project');
      return c.json(
        await loadUpdatePage(db, scope.id, {
          includeUnpublished: can(c.get('user'), 'update:read-unpublished', scope),
          ...paging,
        }),
      );
    })
    .patch('/:slug/links', async (c) => {
      const slug = c.req.param('slug');
      const before = await loadProjectDetail(db, slug, today());
      if (before === null) throw notFound('Project');
      const user = authorise(c, 'project-links:edit', before);
      const { version, ...links } = await readJson(c, projectLinksSchema);
      const linksOf = ({ websiteUrl, repositoryUrl, blogUrl }: Pick<ProjectDetail, 'websiteUrl' | 'repositoryUrl' | 'blogUrl'>) => ({
        websiteUrl,
        repositoryUrl,
        blogUrl,
      });
      const saved = await saveVersioned(db, {
        table: 'projects',
        id: before.id,
        version,
        changes: namedChanges(links),
        what: 'Project',
        load: async (from: Db) => {
          const loaded = await loadProjectDetail(from, slug, today());
          return loaded === null ? undefined : asSeenBy(from, loaded, user);
        },
        history: {
          actor: user,
          at: isoNow(now()),
          projectId: before.id,
          recordType: 'project',
          recordId: before.id,
          action: 'update',
          before: linksOf(before.project),
        },
        fieldsOf: linksOf,
      });
      return c.json(saved);
    })
    .get('/:slug/history', async (c) => {
      const paging = readPaging(c.req.query(), HISTORY_PAGE_SIZE);
      const scope = await loadProjectScope(db, c.req.param('slug'), today());
      if (scope === null) throw notFound('Project');
      authorise(c, 'history:read', scope);
      return c.json(await loadHistory(db, { projectId: scope.id }, paging));
    });
}

/** A project as this person may see it: its newest updates (drafts and submitted ones only if allowed), and what they may do. */
async function asSeenBy(db: Db, { id, project, organisationIds }: LoadedProject, user: CurrentUser | null): Promise<ProjectDetail> {
  const scope = { organisationIds };
  const { updates, total } = await loadUpdatePage(db, id, {
    includeUnpublished: can(user, 'update:read-unpublished', scope),
    page: 1,
    pageSize: UPDATES_PAGE_SIZE,
  });
  return { ...project, updates, updateCount: total, allowed: allowedActions(user, scope) };
}
