import { beforeEach, describe, expect, it } from 'vitest';
import { ratingHistorySchema } from '../../../src/domain/rating-input';
import { projectListSchema } from '../../../src/domain/project';
import { readError, readJson, sendRequest } from '../../../test/api-request';
import { type EditingWorld, historyOf, projectPage, signedInWorld } from '../../../test/editing';

const RATINGS = '/api/projects/housing-repairs/ratings';

async function rate(world: EditingWorld, body: object, cookie = world.manager) {
  return sendRequest(world.app, 'POST', RATINGS, { cookie, body });
}

describe('POST /api/projects/:slug/ratings', () => {
  let world: EditingWorld;
  beforeEach(async () => {
    world = await signedInWorld();
  });

  it('keeps every rating, newest first, the latest current on the page, the list and in the history', async () => {
    const first = await readJson(
      await rate(world, { rating: 'green', reason: 'Discovery findings signed off.', ratedOn: '2022-05-03', basedOn: null }),
      ratingHistorySchema,
      201,
    );
    expect(first.ratings.map((rating) => [rating.rating, rating.ratedBy])).toEqual([['green', 'Demo Manager']]);
    const second = await readJson(
      await rate(world, { rating: 'amber', reason: '  Beta start slipped to 16 May.  ', ratedOn: '2022-05-10', basedOn: first.ratings[0]?.id ?? 0 }),
      ratingHistorySchema,
      201,
    );
    expect(second.ratings.map((rating) => [rating.rating, rating.reason, rating.ratedOn])).toEqual([
      ['amber', 'Beta start slipped to 16 May.', '2022-05-10'],
      ['green', 'Discovery findings signed off.', '2022-05-03'],
    ]);

    const page = await projectPage(world.app, 'housing-repairs', world.engagement);
    expect(page.ratings?.map((rating) => rating.rating)).toEqual(['amber', 'green']);
    expect(page.allowed).toContain('confidence:read');
    expect(page.allowed).not.toContain('confidence:rate');

    const list = await readJson(await sendRequest(world.app, 'GET', '/api/projects?q=housing+repairs', { cookie: world.manager }), projectListSchema);
    expect(list.projects.find((project) => project.slug === 'housing-repairs')?.confidence).toEqual({ rating: 'amber', ratedOn: '2022-05-10' });

    const history = await historyOf(world.app, 'housing-repairs', world.manager);
    expect(history[0]).toMatchObject({ recordType: 'delivery-rating', action: 'create', actorName: 'Demo Manager' });
  });

  it('shows nothing of ratings to visitors or council staff, not even whether there are any', async () => {
    await readJson(await rate(world, { rating: 'red', reason: 'Supplier gone.', ratedOn: '2022-05-10', basedOn: null }), ratingHistorySchema, 201);
    for (const cookie of [null, world.lincoln, world.rugby]) {
      const page = await projectPage(world.app, 'housing-repairs', cookie ?? undefined);
      expect(page.ratings).toBeUndefined();
      const list = await readJson(await sendRequest(world.app, 'GET', '/api/projects', { cookie }), projectListSchema);
      expect(list.projects.every((project) => project.confidence === undefined)).toBe(true);
      const csv = await (await sendRequest(world.app, 'GET', '/api/projects/export.csv', { cookie })).text();
      expect(csv).not.toContain('Delivery confidence');
      expect(csv).not.toMatch(/,Red,/);
    }
    // Filtering or sorting by it would tell what it is.
    expect((await readError(await sendRequest(world.app, 'GET', '/api/projects?confidence=red'), 401)).message).toMatch(/delivery confidence/);
    await readError(await sendRequest(world.app, 'GET', '/api/projects?sort=confidence', { cookie: world.lincoln }), 403);
    const red = await readJson(await sendRequest(world.app, 'GET', '/api/projects?confidence=red', { cookie: world.engagement }), projectListSchema);
    expect(red.projects.map((project) => project.slug)).toEqual(['housing-repairs']);
  });

  it('refuses a rating made without seeing a newer one, with the ratings as they stand, and adds nothing', async () => {
    const first = await readJson(
      await rate(world, { rating: 'green', reason: 'On track.', ratedOn: '2022-05-03', basedOn: null }),
      ratingHistorySchema,
      201,
    );
    const response = await rate(world, { rating: 'red', reason: 'Written before the green one.', ratedOn: '2022-05-04', basedOn: null });
    expect(response.status).toBe(409);
    const body = (await response.json()) as { current: unknown };
    expect(ratingHistorySchema.parse(body.current).ratings.map((rating) => rating.id)).toEqual([first.ratings[0]?.id]);
    const page = await projectPage(world.app, 'housing-repairs', world.manager);
    expect(page.ratings?.map((rating) => rating.rating)).toEqual(['green']);
  });

  it('names each bad field, and leaves rating to managers', async () => {
    const missing = await readError(await rate(world, { rating: 'purple', reason: ' ', ratedOn: '2022-02-30', basedOn: null }), 400);
    expect(Object.keys(missing.fields ?? {}).sort()).toEqual(['ratedOn', 'rating', 'reason']);
    expect(missing.fields?.reason).toEqual(['Enter the reason for the rating']);
    const future = await readError(await rate(world, { rating: 'amber', reason: 'Ahead of time.', ratedOn: '2022-05-12', basedOn: null }), 422);
    expect(future.fields?.ratedOn).toEqual(['The date of the rating must be today or in the past']);
    await readError(await rate(world, { rating: 'amber', reason: 'Not mine to say.', ratedOn: '2022-05-10', basedOn: null }, world.engagement), 403);
    await readError(await rate(world, { rating: 'amber', reason: 'Not mine to say.', ratedOn: '2022-05-10', basedOn: null }, world.lincoln), 403);
    await readError(
      await sendRequest(world.app, 'POST', '/api/projects/no-such-project/ratings', {
        cookie: world.manager,
        body: { rating: 'amber', reason: 'x', ratedOn: '2022-05-10', basedOn: null },
      }),
      404,
    );
    expect((await projectPage(world.app, 'housing-repairs', world.manager)).ratings).toEqual([]);
  });
});
