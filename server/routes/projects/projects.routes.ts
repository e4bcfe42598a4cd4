import { Hono } from 'hono';
import { type ProjectDetail, projectFiltersSchema, projectLinksSchema } from '../../../src/domain/project';
import type { ResolvedDeps } from '../../app-deps';
import type { AppEnv, CurrentUser } from '../../app-env';
import { authorise } from '../../auth/authorise';
import { allowedActions, can } from '../../auth/permissions';
import { ApiError, notFound, parseOr400 } from '../../http/api-error';
import { readJson } from '../../http/read-json';
import { type LoadedProject, listProjectCards, loadProjectDetail } from './project-queries';

const KNOWN_FILTERS = new Set(Object.keys(projectFiltersSchema.shape));
/** Phase and status are words from a fixed list; "Beta" in a hand-typed link means beta. */
const CASE_FREE_FILTERS = new Set(['phase', 'status']);

export function projectsRoutes({ db, today }: ResolvedDeps) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const query = c.req.query();
      // Unknown parameters are ignored like any web page would; known ones must be valid.
      const filters = parseOr400(
        projectFiltersSchema,
        Object.fromEntries(
          Object.entries(query)
            .filter(([key, value]) => KNOWN_FILTERS.has(key) && value !== '')
            .map(([key, value]) => [key, CASE_FREE_FILTERS.has(key) ? value.toLowerCase() : value]),
        ),
        'Check the filters',
      );
      if (filters.organisation !== undefined) {
        const known = await db.selectFrom('organisations').select('id').where('slug', '=', filters.organisation).executeTakeFirst();
        if (known === undefined) {
          throw new ApiError(400, 'Check the filters', { organisation: [`No organisation has the slug ${filters.organisation}`] });
        }
      }
      const projects = await listProjectCards(db, filters, today());
      return c.json({ projects, total: projects.length });
    })
    .get('/:slug', async (c) => {
      const loaded = await loadProjectDetail(db, c.req.param('slug'), today());
      if (loaded === null) throw notFound('Project');
      return c.json(asSeenBy(loaded, c.get('user')));
    })
    .patch('/:slug/links', async (c) => {
      const slug = c.req.param('slug');
      const before = await loadProjectDetail(db, slug, today());
      if (before === null) throw notFound('Project');
      const user = authorise(c, 'project-links:edit', before);
      const links = await readJson(c, projectLinksSchema);
      const blankToNull = (value: string | null | undefined) => (value === '' ? null : value);
      const changes = {
        ...(links.websiteUrl === undefined ? {} : { websiteUrl: blankToNull(links.websiteUrl) }),
        ...(links.repositoryUrl === undefined ? {} : { repositoryUrl: blankToNull(links.repositoryUrl) }),
        ...(links.blogUrl === undefined ? {} : { blogUrl: blankToNull(links.blogUrl) }),
      };
      // Nothing named to change is not an error: the reply is the project as it stands.
      if (Object.keys(changes).length === 0) return c.json(asSeenBy(before, user));
      await db.updateTable('projects').set(changes).where('id', '=', before.id).execute();
      const after = await loadProjectDetail(db, slug, today());
      if (after === null) throw notFound('Project');
      return c.json(asSeenBy(after, user));
    });
}

/** A project as this person may see it: drafts and submitted updates only if allowed, and what they may do. */
function asSeenBy({ project, organisationIds }: LoadedProject, user: CurrentUser | null): ProjectDetail {
  const scope = { organisationIds };
  const updates = can(user, 'update:read-unpublished', scope) ? project.updates : project.updates.filter((update) => update.status === 'approved');
  return { ...project, updates, allowed: allowedActions(user, scope) };
}
