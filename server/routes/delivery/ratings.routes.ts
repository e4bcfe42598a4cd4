import { Hono } from 'hono';
import type { Rating } from '../../../src/domain/delivery';
import { newRatingSchema, type RatingHistory } from '../../../src/domain/rating-input';
import type { ResolvedDeps } from '../../app-deps';
import type { AppEnv } from '../../app-env';
import { authorise } from '../../auth/authorise';
import { isoNow } from '../../auth/clock';
import { lockKeys } from '../../db/dialect';
import { recordChange } from '../../db/history';
import { refreshProjects } from '../../db/queries/project-derived';
import { loadProjectScope } from '../../db/queries/projects';
import { loadRatings } from '../../db/queries/ratings';
import { ApiError, ConflictError, notFound } from '../../http/api-error';
import { readJson } from '../../http/read-json';

/**
 * Delivery confidence (decision 0015). A rating is added, never changed, so its history is the
 * record; the latest is current. Someone who rates without having seen a newer rating gets a 409
 * with the ratings as they stand, and keeps what they wrote.
 */
export function ratingsRoutes({ db, today, now }: ResolvedDeps) {
  return new Hono<AppEnv>().post('/projects/:slug/ratings', async (c) => {
    const scope = await loadProjectScope(db, c.req.param('slug'), today());
    if (scope === null) throw notFound('Project');
    const user = authorise(c, 'confidence:rate', scope);
    const input = await readJson(c, newRatingSchema);
    if (input.ratedOn > today()) throw new ApiError(422, 'Check the rating', { ratedOn: ['The date of the rating must be today or in the past'] });
    const history = await db.transaction().execute(async (trx): Promise<RatingHistory> => {
      await lockKeys(trx, [`ratings:${String(scope.id)}`]);
      const before = await loadRatings(trx, scope.id);
      if ((before[0]?.id ?? null) !== input.basedOn) throw new ConflictError({ ratings: before });
      const { id } = await trx
        .insertInto('deliveryRatings')
        .values({
          projectId: scope.id,
          rating: input.rating,
          reason: input.reason,
          ratedOn: input.ratedOn,
          ratedBy: user.id,
          ratedByName: user.displayName,
          createdAt: isoNow(now()),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const added: Rating = { id, rating: input.rating, reason: input.reason, ratedOn: input.ratedOn, ratedBy: user.displayName };
      await recordChange(trx, {
        actor: user,
        at: isoNow(now()),
        projectId: scope.id,
        recordType: 'delivery-rating',
        recordId: id,
        action: 'create',
        before: null,
        after: { rating: added.rating, reason: added.reason, ratedOn: added.ratedOn },
      });
      await refreshProjects(trx, [scope.id], today());
      return { ratings: await loadRatings(trx, scope.id) };
    });
    return c.json(history, 201);
  });
}
