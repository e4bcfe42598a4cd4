import { describe, expect, it } from 'vitest';
import { overviewSchema } from '../../../src/domain/overview';
import { projectListSchema } from '../../../src/domain/project';
import { getJson, readJson, sendRequest } from '../../../test/api-request';
import { phaseIdOf, signedInWorld, slugsListed } from '../../../test/editing';
import { createTestApp } from '../../../test/test-database';

describe('GET /api/overview', () => {
  it('counts the seed by current phase, by status and by flag, as Sprint Notes #46 left it', async () => {
    const { app } = await createTestApp();
    const overview = await getJson(app, '/api/overview', overviewSchema);
    expect(overview.projects).toBe(15);
    expect(overview.byPhase).toEqual([
      { phase: 'discovery', projects: 1 },
      { phase: 'alpha', projects: 3 },
      { phase: 'beta', projects: 3 },
      { phase: 'live', projects: 0 },
      { phase: 'other', projects: 2 },
      { phase: 'unknown', projects: 6 },
    ]);
    expect(overview.byStatus).toEqual([
      { status: 'active', projects: 14 },
      { status: 'paused', projects: 0 },
      { status: 'completed', projects: 1 },
      { status: 'stopped', projects: 0 },
    ]);
    // On the day the seed's updates were written, nothing is quiet or late yet.
    expect(overview.flags).toEqual([
      { flag: 'quiet', projects: 0 },
      { flag: 'overrun', projects: 0 },
      { flag: 'phase_unknown', projects: 6 },
    ]);
    expect(overview.funding).toEqual({
      pounds: 0,
      projects: 0,
      byKind: [
        { kind: 'discovery', pounds: 0, projects: 0 },
        { kind: 'alpha', pounds: 0, projects: 0 },
        { kind: 'beta', pounds: 0, projects: 0 },
        { kind: 'live', pounds: 0, projects: 0 },
        { kind: 'other', pounds: 0, projects: 0 },
      ],
      byStream: [{ stream: 'Continuous Funding', pounds: 0, projects: 2 }],
    });
    expect(overview.confidence).toBeUndefined();
    expect(overview.awaitingReview).toBeUndefined();
  });

  it('links each figure to exactly its projects', async () => {
    const { app } = await createTestApp();
    expect(await slugsListed(app, 'phase=unknown')).toEqual([
      'childrens-social-care-demand-modelling',
      'data-exchange-with-vcs',
      'digital-waste-service',
      'housing-repairs',
      'quality-data-for-children-in-care',
      'task-management-for-neighbourhood-planning-services',
    ]);
    expect(await slugsListed(app, 'phase=other')).toEqual(['digital-inclusion-toolkit', 'savvi']);
    expect(await slugsListed(app, 'stream=Continuous%20Funding')).toEqual(['digital-inclusion-toolkit', 'savvi']);
    expect(await slugsListed(app, 'status=completed')).toEqual(['community-grants-service']);
    // Every figure's count is what its link lists.
    const overview = await getJson(app, '/api/overview', overviewSchema);
    const links = [
      ...overview.byPhase.map(({ phase, projects }) => [`phase=${phase}`, projects] as const),
      ...overview.byStatus.map(({ status, projects }) => [`status=${status}`, projects] as const),
      ...overview.flags.map(({ flag, projects }) => [`flag=${flag}`, projects] as const),
    ];
    for (const [query, projects] of links) {
      const list = await readJson(await sendRequest(app, 'GET', `/api/projects?${query}`), projectListSchema);
      expect(list.total, query).toBe(projects);
    }
  });

  it('counts projects gone quiet and phases past their planned end as the calendar moves on', async () => {
    const { app } = await createTestApp('2022-07-07');
    const overview = await getJson(app, '/api/overview', overviewSchema);
    // Eight weeks after 11 May is 6 July: every active project is quiet by the 7th. Sprints 8 and 9 were to end on 7 June.
    expect(overview.flags).toEqual([
      { flag: 'quiet', projects: 14 },
      { flag: 'overrun', projects: 1 },
      { flag: 'phase_unknown', projects: 6 },
    ]);
    expect(await slugsListed(app, 'flag=overrun')).toEqual(['digital-waste-service']);
    const before = await createTestApp('2022-07-06');
    expect((await getJson(before.app, '/api/overview', overviewSchema)).flags[0]).toEqual({ flag: 'quiet', projects: 0 });
  });

  it('adds up funding by kind of phase and by stream, each linked to its projects', async () => {
    const { app, db } = await createTestApp();
    await db.updateTable('phases').set({ fundingAmountPounds: 75000 }).where('id', '=', await phaseIdOf(db, 'revs-and-bens', 'alpha')).execute();
    await db.updateTable('phases').set({ fundingAmountPounds: 40000 }).where('id', '=', await phaseIdOf(db, 'savvi', 'other')).execute();
    const overview = await getJson(app, '/api/overview', overviewSchema);
    expect(overview.funding.pounds).toBe(115000);
    expect(overview.funding.projects).toBe(2);
    expect(overview.funding.byKind.filter((row) => row.pounds > 0)).toEqual([
      { kind: 'alpha', pounds: 75000, projects: 1 },
      { kind: 'other', pounds: 40000, projects: 1 },
    ]);
    expect(overview.funding.byStream).toEqual([{ stream: 'Continuous Funding', pounds: 40000, projects: 2 }]);
    expect(await slugsListed(app, 'funded=any')).toEqual(['revs-and-bens', 'savvi']);
    expect(await slugsListed(app, 'funded=alpha')).toEqual(['revs-and-bens']);
  });

  it('gives LDCU staff the ratings and the review queue, and nobody else', async () => {
    const world = await signedInWorld();
    const asManager = await readJson(await sendRequest(world.app, 'GET', '/api/overview', { cookie: world.manager }), overviewSchema);
    expect(asManager.confidence).toEqual([
      { rating: 'green', projects: 0 },
      { rating: 'amber', projects: 0 },
      { rating: 'red', projects: 0 },
      { rating: 'none', projects: 15 },
    ]);
    expect(asManager.awaitingReview).toBe(0);
    const asCouncil = await readJson(await sendRequest(world.app, 'GET', '/api/overview', { cookie: world.rugby }), overviewSchema);
    expect(asCouncil.confidence).toBeUndefined();
    expect(asCouncil.awaitingReview).toBeUndefined();
  });
});
