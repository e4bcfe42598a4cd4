import { Hono } from 'hono';
import { projectFiltersSchema } from '../../../src/domain/project';
import type { AppDeps } from '../../app-deps';
import { notFound, parseOr400 } from '../../http/api-error';
import { listProjectCards, loadProjectDetail } from './project-queries';

const KNOWN_FILTERS = new Set(Object.keys(projectFiltersSchema.shape));

export function projectsRoutes({ db, today }: AppDeps) {
  return new Hono()
    .get('/', async (c) => {
      const query = c.req.query();
      // Unknown parameters are ignored like any web page would; known ones must be valid.
      const filters = parseOr400(
        projectFiltersSchema,
        Object.fromEntries(Object.entries(query).filter(([key, value]) => KNOWN_FILTERS.has(key) && value !== '')),
        'Check the filters',
      );
      const projects = await listProjectCards(db, filters, today());
      return c.json({ projects, total: projects.length });
    })
    .get('/:slug', async (c) => {
      const project = await loadProjectDetail(db, c.req.param('slug'), today());
      if (project === null) throw notFound('Project');
      return c.json(project);
    });
}
