import { beforeAll, describe, expect, it } from 'vitest';
import { timelinePageSchema } from '../../../src/domain/timeline';
import { getError, getJson } from '../../../test/api-request';
import { createTestApp } from '../../../test/test-database';
import type { ApiApp } from '../../app';

async function slugsOf(app: ApiApp, query: string): Promise<string[]> {
  const page = await getJson(app, `/api/timeline${query}`, timelinePageSchema);
  return page.projects.map((project) => project.slug);
}

describe('GET /api/timeline', () => {
  let app: ApiApp;

  // Most of these tests only read, so they share one seeded database.
  beforeAll(async () => {
    ({ app } = await createTestApp());
  });

  it('lists the portfolio’s projects in name order, a page at a time, as the portfolio does', async () => {
    const page = await getJson(app, '/api/timeline', timelinePageSchema);

    expect(page).toMatchObject({ total: 15, page: 1, pageSize: 50, pageCount: 1 });
    expect(page.projects.map((project) => project.name).slice(0, 4)).toEqual([
      'Children’s Social Care Demand Modelling',
      'Community Grants Service',
      'Data Exchange with VCS',
      'Digital Inclusion Toolkit',
    ]);
    expect(await getJson(app, '/api/timeline?pageSize=5&page=3', timelinePageSchema)).toMatchObject({ total: 15, page: 3, pageCount: 3 });
    expect(await slugsOf(app, '?pageSize=5&page=3')).toHaveLength(5);
    // A page past the end is empty, with the true total.
    expect(await getJson(app, '/api/timeline?page=9', timelinePageSchema)).toMatchObject({ total: 15, projects: [] });
  });

  it('gives each project its leads, phases, dated show and tells, dated talks and events, and latest update day', async () => {
    const { projects } = await getJson(app, '/api/timeline', timelinePageSchema);
    const project = (slug: string) => projects.find((each) => each.slug === slug);

    expect(project('digital-waste-service')).toMatchObject({
      name: 'Digital Waste Service',
      status: 'active',
      leads: [{ slug: 'rugby-borough-council', name: 'Rugby Borough Council', kind: 'council' }],
      latestUpdateOn: '2022-05-11',
      showAndTells: [{ heldOn: '2022-05-10', title: 'Sprint 7 show and tell', sprint: 7 }],
      // Its Digital Leaders Week talk has no date, so it has no place on a timeline.
      events: [],
    });
    expect(project('digital-waste-service')?.phases.map((phase) => [phase.label, phase.startedOn, phase.plannedEndOn])).toEqual([
      ['Sprints up to Sprint 7', null, null],
      ['Sprints 8 and 9, funded from underspend', '2022-05-11', '2022-06-07'],
    ]);
    expect(project('future-work-design')?.events.map((event) => [event.kind, event.title, event.date])).toEqual([
      ['event', 'Focus group sessions', '2022-05'],
      ['event', 'Pilot sessions', '2022-06-06'],
    ]);
    expect(project('housing-repairs')?.events).toMatchObject([{ kind: 'talk', date: '2022-06-20' }]);
    // Its one show and tell is not dated yet.
    expect(project('task-management-for-neighbourhood-planning-services')?.showAndTells).toEqual([]);
    expect(project('revs-and-bens')?.phases).toMatchObject([{ kind: 'alpha', plannedWeeks: 12, reportedWeek: 7, reportedOn: '2022-05-11' }]);
  });

  it('takes the portfolio’s filters', async () => {
    expect(await slugsOf(app, '?phase=beta')).toEqual(['family-context', 'open-referral-uk', 'send-top-up']);
    expect(await slugsOf(app, '?organisation=rugby-borough-council')).toEqual(['digital-waste-service']);
    expect(await slugsOf(app, '?status=completed')).toEqual(['community-grants-service']);
    expect(await slugsOf(app, '?q=waste')).toEqual(['digital-waste-service']);
  });

  it('refuses a filter or page it cannot read, naming it', async () => {
    expect((await getError(app, '/api/timeline?phase=gamma', 400)).fields).toHaveProperty('phase');
    expect((await getError(app, '/api/timeline?organisation=no-such-council', 400)).fields).toEqual({
      organisation: ['No organisation has the slug no-such-council'],
    });
    expect((await getError(app, '/api/timeline?page=02', 400)).fields).toHaveProperty('page');
  });

  it('counts only approved updates towards the latest update day', async () => {
    // This test writes, so it has a database of its own.
    const { app: own, db: ownDb } = await createTestApp();
    const project = await ownDb.selectFrom('projects').select('id').where('slug', '=', 'revs-and-bens').executeTakeFirstOrThrow();
    await ownDb.updateTable('updates').set({ publishedOn: '2022-05-04' }).where('projectId', '=', project.id).execute();
    await ownDb
      .insertInto('updates')
      .values({
        projectId: project.id,
        headline: 'Week 8 of 12',
        bodyMarkdown: 'Still in alpha.',
        status: 'draft',
        publishedOn: '2022-05-11',
        createdAt: '2022-05-11T09:00:00.000Z',
        updatedAt: '2022-05-11T09:00:00.000Z',
      })
      .execute();

    const { projects } = await getJson(own, '/api/timeline?q=revs', timelinePageSchema);
    expect(projects.map((each) => [each.slug, each.latestUpdateOn])).toEqual([['revs-and-bens', '2022-05-04']]);
  });
});
