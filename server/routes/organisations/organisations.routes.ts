import { Hono } from 'hono';
import { organisationFiltersSchema } from '../../../src/domain/organisation';
import { DEFAULT_PAGE_SIZE } from '../../../src/domain/paging';
import type { ResolvedDeps } from '../../app-deps';
import type { AppEnv } from '../../app-env';
import { listOrganisations, loadOrganisationDetail } from '../../db/queries/organisations';
import { notFound, parseOr400 } from '../../http/api-error';
import { presentParams, readPaging } from '../../http/query-params';

const KNOWN_FILTERS = new Set(Object.keys(organisationFiltersSchema.shape));

export function organisationsRoutes({ db, today }: ResolvedDeps) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      // Unknown parameters are ignored, as on the portfolio; an empty `q` is no search.
      const filters = parseOr400(organisationFiltersSchema, presentParams(c.req.query(), KNOWN_FILTERS), 'Check the search');
      return c.json({ organisations: await listOrganisations(db, filters) });
    })
    .get('/:slug', async (c) => {
      const paging = readPaging(c.req.query(), DEFAULT_PAGE_SIZE);
      const organisation = await loadOrganisationDetail(db, c.req.param('slug'), paging, today());
      if (organisation === null) throw notFound('Organisation');
      return c.json(organisation);
    });
}
