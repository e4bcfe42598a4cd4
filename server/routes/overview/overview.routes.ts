import { Hono } from 'hono';
import type { Overview } from '../../../src/domain/overview';
import type { ResolvedDeps } from '../../app-deps';
import type { AppEnv } from '../../app-env';
import { can } from '../../auth/permissions';
import { loadOverview } from '../../db/queries/overview';
import { countUpdates } from '../../db/queries/updates';

/** The portfolio at a glance: public figures for everyone, LDCU's own (confidence, the review queue) for its staff. */
export function overviewRoutes({ db, today }: ResolvedDeps) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const user = c.get('user');
    const [overview, awaitingReview] = await Promise.all([
      loadOverview(db, today(), { withConfidence: can(user, 'confidence:read') }),
      can(user, 'update:review') ? countUpdates(db, { status: 'submitted' }) : Promise.resolve(null),
    ]);
    const answer: Overview = awaitingReview === null ? overview : { ...overview, awaitingReview };
    return c.json(answer);
  });
}
