import { Hono } from 'hono';
import { DEFAULT_PAGE_SIZE } from '../../../src/domain/paging';
import type { ResolvedDeps } from '../../app-deps';
import type { AppEnv } from '../../app-env';
import { listTimeline } from '../../db/queries/timeline';
import { readProjectFilters } from '../../http/project-filters';
import { readPaging } from '../../http/query-params';

/** The timeline of the portfolio's projects: the portfolio's filters and pages, public as the portfolio is. */
export function timelineRoutes({ db, today }: ResolvedDeps) {
  return new Hono<AppEnv>().get('/', async (c) => {
    // Only the portfolio's filters narrow a timeline; it draws no delivery confidence.
    const { withConfidence: _withConfidence, ...filters } = await readProjectFilters(c, db);
    const paging = readPaging(c.req.query(), DEFAULT_PAGE_SIZE);
    return c.json(await listTimeline(db, filters, paging, today()));
  });
}
