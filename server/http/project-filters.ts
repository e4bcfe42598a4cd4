import type { Context } from 'hono';
import { projectFiltersSchema } from '../../src/domain/project';
import type { AppEnv } from '../app-env';
import { can } from '../auth/permissions';
import type { Db } from '../db/database';
import type { ResolvedFilters } from '../db/queries/projects';
import { ApiError, parseOr400 } from './api-error';
import { presentParams } from './query-params';

const KNOWN_FILTERS = new Set(Object.keys(projectFiltersSchema.shape));
/** Words from a fixed list; "Beta" in a hand-typed link means beta. */
const CASE_FREE_FILTERS = new Set(['phase', 'status', 'flag', 'funded', 'confidence', 'order']);

/**
 * The portfolio's filters and order from a query string, as the list and its exports read them.
 * Unknown parameters are ignored like any web page would; known ones must be valid. Filtering or
 * sorting by delivery confidence would tell what it is, so it is for those who may read it.
 */
export async function readProjectFilters(c: Context<AppEnv>, db: Db): Promise<ResolvedFilters & { withConfidence: boolean }> {
  const filters = parseOr400(
    projectFiltersSchema,
    Object.fromEntries(
      Object.entries(presentParams(c.req.query(), KNOWN_FILTERS)).map(([key, value]) => [key, CASE_FREE_FILTERS.has(key) ? value.toLowerCase() : value]),
    ),
    'Check the filters',
  );
  const withConfidence = can(c.get('user'), 'confidence:read');
  if (!withConfidence && (filters.confidence !== undefined || filters.sort === 'confidence')) {
    throw c.get('user') === null ? new ApiError(401, 'Sign in to see delivery confidence') : new ApiError(403, 'You do not have permission to see delivery confidence');
  }
  const { organisation, ...rest } = filters;
  if (organisation === undefined) return { ...rest, withConfidence };
  const known = await db.selectFrom('organisations').select('id').where('slug', '=', organisation).executeTakeFirst();
  if (known === undefined) throw new ApiError(400, 'Check the filters', { organisation: [`No organisation has the slug ${organisation}`] });
  return { ...rest, organisationId: known.id, withConfidence };
}
