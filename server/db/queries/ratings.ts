import type { Rating } from '../../../src/domain/delivery';
import type { Db } from '../database';

/** A project's delivery confidence ratings, newest first: the first is its current one. */
export async function loadRatings(db: Db, projectId: number): Promise<Rating[]> {
  return db
    .selectFrom('deliveryRatings')
    .select(['id', 'rating', 'reason', 'ratedOn', 'ratedByName as ratedBy'])
    .where('projectId', '=', projectId)
    .orderBy('ratedOn', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
