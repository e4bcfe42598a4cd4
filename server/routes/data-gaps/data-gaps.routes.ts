import { Hono } from 'hono';
import * as z from 'zod/mini';
import { dataGapSchema } from '../../../src/domain/data-gaps';
import { DEFAULT_PAGE_SIZE } from '../../../src/domain/paging';
import type { ResolvedDeps } from '../../app-deps';
import type { AppEnv } from '../../app-env';
import { authorise } from '../../auth/authorise';
import { loadDataGaps } from '../../db/queries/data-gaps';
import { parseOr400 } from '../../http/api-error';
import { presentParams, readPaging } from '../../http/query-params';

const gapParamsSchema = z.object({ gap: z.optional(dataGapSchema) });

/** What is missing across the portfolio, for the managers who correct projects (`project:edit`). */
export function dataGapsRoutes({ db, today }: ResolvedDeps) {
  return new Hono<AppEnv>().get('/', async (c) => {
    authorise(c, 'project:edit');
    const query = c.req.query();
    const { gap } = parseOr400(gapParamsSchema, presentParams(query, new Set(['gap'])), 'Check the gap');
    return c.json(await loadDataGaps(db, gap ?? 'no_standard_phase', readPaging(query, DEFAULT_PAGE_SIZE), today()));
  });
}
