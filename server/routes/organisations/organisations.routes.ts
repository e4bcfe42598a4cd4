import { Hono } from 'hono';
import { DEFAULT_PAGE_SIZE } from '../../../src/domain/paging';
import type { ResolvedDeps } from '../../app-deps';
import type { AppEnv } from '../../app-env';
import { listOrganisations, loadOrganisationDetail } from '../../db/queries/organisations';
import { notFound } from '../../http/api-error';
import { readPaging } from '../../http/query-params';

export function organisationsRoutes({ db, today }: ResolvedDeps) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json({ organisations: await listOrganisations(db) }))
    .get('/:slug', async (c) => {
      const paging = readPaging(c.req.query(), DEFAULT_PAGE_SIZE);
      const organisation = await loadOrganisationDetail(db, c.req.param('slug'), paging, today());
      if (organisation === null) throw notFound('Organisation');
      return c.json(organisation);
    });
}
