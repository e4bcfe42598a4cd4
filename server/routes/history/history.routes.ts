import { Hono } from 'hono';
import * as z from 'zod/mini';
import { idFromPath } from '../../../src/domain/id';
import { slugSchema } from '../../../src/domain/organisation';
import type { ResolvedDeps } from '../../app-deps';
import type { AppEnv } from '../../app-env';
import { authorise } from '../../auth/authorise';
import { HISTORY_PAGE_SIZE, loadHistory } from '../../db/queries/history';
import { notFound, parseOr400 } from '../../http/api-error';
import { presentParams, readPaging } from '../../http/query-params';

const historyFiltersSchema = z.object({
  project: z.optional(slugSchema),
  person: z.optional(z.string().check(z.refine((value) => idFromPath(value) !== null, { error: 'Choose a person from the list' }))),
});
const KNOWN_FILTERS = new Set(Object.keys(historyFiltersSchema.shape));

/** The whole portfolio's history, newest first, for managers: filtered by project and by person. */
export function historyRoutes({ db }: ResolvedDeps) {
  return new Hono<AppEnv>().get('/', async (c) => {
    authorise(c, 'history:read-all');
    const query = c.req.query();
    const filters = parseOr400(historyFiltersSchema, presentParams(query, KNOWN_FILTERS), 'Check the filters');
    const paging = readPaging(query, HISTORY_PAGE_SIZE);
    let projectId: number | undefined;
    if (filters.project !== undefined) {
      const project = await db.selectFrom('projects').select('id').where('slug', '=', filters.project).executeTakeFirst();
      if (project === undefined) throw notFound('Project');
      projectId = project.id;
    }
    return c.json(
      await loadHistory(
        db,
        { ...(projectId === undefined ? {} : { projectId }), ...(filters.person === undefined ? {} : { userId: Number(filters.person) }) },
        paging,
      ),
    );
  });
}
