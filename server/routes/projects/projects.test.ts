import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../../src/domain/api-error';
import { projectDetailSchema, projectListSchema } from '../../../src/domain/project';
import { getError, getJson } from '../../../test/api-request';
import { TEST_TODAY } from '../../../test/test-content';
import { createSeededDatabase, createTestApp } from '../../../test/test-database';
import { type ApiApp, createApp } from '../../app';
import { captureLogs } from '../../log-capture';
import { refreshProjects } from '../../db/queries/project-derived';

async function listSlugs(app: ApiApp, query: Record<string, string>): Promise<string[]> {
  const list = await getJson(app, `/api/projects?${new URLSearchParams(query).toString()}`, projectListSchema);
  expect(list.total).toBe(list.projects.length);
  return list.projects.map((project) => project.slug).sort();
}

describe('GET /api/projects', () => {
  let app: ApiApp;

  // These tests only read, so they share one seeded database.
  beforeAll(async () => {
    ({ app } = await createTestApp());
  });

  it('lists all 15 funded projects as cards', async () => {
    const list = await getJson(app, '/api/projects', projectListSchema);

    expect(list.total).toBe(15);
    expect(list.projects).toHaveLength(15);
    expect(new Set(list.projects.map((project) => project.slug)).size).toBe(15);
  });

  it('gives each card its leads, current partners, phases, latest Show and Tell and latest update', async () => {
    const { projects } = await getJson(app, '/api/projects', projectListSchema);
    const card = (slug: string) => projects.find((project) => project.slug === slug);

    expect(card('digital-inclusion-toolkit')).toMatchObject({
      name: 'Digital Inclusion Toolkit',
      status: 'active',
      leads: [{ slug: 'leeds-city-council', name: 'Leeds City Council', kind: 'council' }],
      latestUpdateOn: '2022-05-11',
      latestShowAndTell: null,
    });
    // Those who left are no longer partners.
    expect(card('digital-inclusion-toolkit')?.partners.map((partner) => partner.slug).sort()).toEqual([
      'birmingham-city-council',
      'dorset-council',
      'greater-manchester-combined-authority',
      'norwich-city-council',
    ]);
    // Partners who took part in one phase only count while that phase is current.
    expect(card('open-referral-uk')?.partners.map((partner) => partner.slug).sort()).toEqual([
      'adur-and-worthing-councils',
      'essex-county-council',
      'leeds-city-council',
      'open-data-institute',
    ]);
    expect(card('digital-waste-service')?.latestShowAndTell).toMatchObject({
      title: 'Sprint 7 show and tell',
      heldOn: '2022-05-10',
      sprint: 7,
    });
    expect(card('future-work-design')?.phases.map((phase) => phase.label)).toEqual([
      'First phase of work',
      'Second phase of work',
      'Third phase of work',
    ]);
    expect(card('revs-and-bens')).toMatchObject({ currentPhase: 'alpha' });
  });

  it('filters by current phase', async () => {
    // Housing Repairs and Quality Data for Children in Care have betas planned to start later.
    expect(await listSlugs(app, { phase: 'beta' })).toEqual(['family-context', 'open-referral-uk', 'send-top-up']);
    expect(await listSlugs(app, { phase: 'discovery' })).toEqual(['future-work-design']);
  });

  it('judges phases as of the latest update, so a planned start counts only once a report reaches it', async () => {
    const { app: later, db } = await createTestApp('2022-05-16');
    // The calendar has passed Housing Repairs' planned start, but its latest report predates it.
    expect(await listSlugs(later, { phase: 'beta' })).not.toContain('housing-repairs');

    const project = await db.selectFrom('projects').select('id').where('slug', '=', 'housing-repairs').executeTakeFirstOrThrow();
    await db
      .insertInto('updates')
      .values({ projectId: project.id, headline: 'Public beta launched', bodyMarkdown: 'Launched.', status: 'approved', publishedOn: '2022-05-16' })
      .execute();
    // As every write that approves an update does, in its transaction.
    await refreshProjects(db, [project.id], '2022-05-16');
    expect(await listSlugs(later, { phase: 'beta' })).toContain('housing-repairs');
    expect(await listSlugs(app, { phase: 'beta' })).not.toContain('housing-repairs');
  });

  it('accepts phase and status in any case, and refuses an organisation that does not exist', async () => {
    expect(await listSlugs(app, { phase: 'Beta' })).toEqual(await listSlugs(app, { phase: 'beta' }));
    const error = await getError(app, '/api/projects?organisation=no-such-council', 400);
    expect(error.fields).toEqual({ organisation: ['No organisation has the slug no-such-council'] });
  });

  it('finds names with a curly apostrophe when the search uses a straight one', async () => {
    expect(await listSlugs(app, { q: "children's social" })).toEqual(['childrens-social-care-demand-modelling']);
  });

  it('sorts projects by name whatever their capitals', async () => {
    const { projects } = await getJson(app, '/api/projects', projectListSchema);
    const names = projects.map((project) => project.name);
    // "Scalable Approach…" before "SEND top-up", which a byte-order sort would reverse.
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' })));
    expect(names.findIndex((name) => name.startsWith('Scalable'))).toBeLessThan(names.indexOf('SEND top-up'));
  });

  it('filters by status', async () => {
    expect(await listSlugs(app, { status: 'completed' })).toEqual(['community-grants-service']);
    expect(await listSlugs(app, { status: 'active' })).toHaveLength(14);
    expect(await listSlugs(app, { status: 'paused' })).toEqual([]);
  });

  it('filters by an organisation taking part, whether as lead or partner', async () => {
    expect(await listSlugs(app, { organisation: 'leeds-city-council' })).toEqual([
      'digital-inclusion-toolkit',
      'open-referral-uk',
      'revs-and-bens',
    ]);
    expect(await listSlugs(app, { organisation: 'sedgemoor-district-council' })).toEqual(['revs-and-bens', 'savvi']);
  });

  it('combines filters', async () => {
    expect(await listSlugs(app, { phase: 'beta', organisation: 'leeds-city-council' })).toEqual(['open-referral-uk']);
    expect(await listSlugs(app, { status: 'completed', organisation: 'leeds-city-council' })).toEqual([]);
  });

  it('searches project names, whatever the case', async () => {
    expect(await listSlugs(app, { q: 'OPEN referral' })).toEqual(['open-referral-uk']);
    expect(await listSlugs(app, { q: 'savvi' })).toEqual(['savvi']);
  });

  it('searches the names of the organisations taking part', async () => {
    expect(await listSlugs(app, { q: 'stockport' })).toEqual(['family-context']);
    expect(await listSlugs(app, { q: 'University of HULL' })).toEqual(['future-work-design']);
  });

  it('reads punctuation in a search as a space between words, never as a wildcard', async () => {
    // No name is made of these, so any match would mean they were read as wildcards.
    expect(await listSlugs(app, { q: '%' })).toEqual([]);
    expect(await listSlugs(app, { q: '_' })).toEqual([]);
    expect(await listSlugs(app, { q: '\\' })).toEqual([]);
    expect(await listSlugs(app, { q: 'Revs_Bens' })).toEqual(['revs-and-bens']);
    expect(await listSlugs(app, { q: 'Revs%Bens' })).toEqual(['revs-and-bens']);
  });

  it('finds every word of a search, in any order, across the project and its organisations', async () => {
    expect(await listSlugs(app, { q: 'stockport context' })).toEqual(['family-context']);
    expect(await listSlugs(app, { q: 'context stockport' })).toEqual(['family-context']);
    expect(await listSlugs(app, { q: 'stockport housing' })).toEqual([]);
  });

  it('reads "&" as "and", and does not require "and" at all', async () => {
    expect(await listSlugs(app, { q: 'Revs & Bens' })).toEqual(['revs-and-bens']);
    expect(await listSlugs(app, { q: 'revs and bens' })).toEqual(['revs-and-bens']);
    // SAVVI is led jointly by Tameside and Sedgemoor; no one name says "Tameside and Sedgemoor".
    expect(await listSlugs(app, { q: 'Tameside and Sedgemoor' })).toEqual(['savvi']);
    expect(await listSlugs(app, { q: 'Tameside & Sedgemoor' })).toEqual(['savvi']);
  });

  it('matches whatever the apostrophes and accents', async () => {
    for (const q of ['childrens social', 'children’s social', 'CHILDRÉN’S SOCIAL']) {
      expect(await listSlugs(app, { q }), q).toEqual(['childrens-social-care-demand-modelling']);
    }
  });

  it('ignores empty filters, blank searches and parameters it does not know', async () => {
    expect(await listSlugs(app, { phase: '', status: '', organisation: '', q: '' })).toHaveLength(15);
    expect(await listSlugs(app, { q: '   ' })).toHaveLength(15);
    expect(await listSlugs(app, { sort: 'name', view: 'cards' })).toHaveLength(15);
  });

  it.each([
    ['phase', 'banana'],
    ['status', 'finished'],
    ['organisation', 'Leeds City Council'],
    ['q', 'x'.repeat(201)],
  ])('refuses %s=%s with a 400 that names the field', async (field, value) => {
    const error = await getError(app, `/api/projects?${new URLSearchParams({ [field]: value }).toString()}`, 400);
    expect(error.message).toBe('Check the filters');
    expect(Object.keys(error.fields ?? {})).toEqual([field]);
    expect(error.fields?.[field]?.length).toBeGreaterThan(0);
  });
});

describe('GET /api/projects/:slug', () => {
  let app: ApiApp;

  beforeAll(async () => {
    ({ app } = await createTestApp());
  });

  it('returns a project with its phases, partnerships, Show and Tells, outputs and updates', async () => {
    const project = await getJson(app, '/api/projects/digital-waste-service', projectDetailSchema);

    expect(project).toMatchObject({
      slug: 'digital-waste-service',
      name: 'Digital Waste Service',
      leads: [{ slug: 'rugby-borough-council' }],
      currentPhase: null,
    });
    expect(project.phases.map((phase) => [phase.label, phase.status, phase.startedOn, phase.plannedEndOn])).toEqual([
      ['Sprints up to Sprint 7', null, null, null],
      ['Sprints 8 and 9, funded from underspend', 'planned', '2022-05-11', '2022-06-07'],
    ]);
    expect(project.showAndTells).toEqual([expect.objectContaining({ title: 'Sprint 7 show and tell', heldOn: '2022-05-10' })]);
    expect(project.outputs.map((output) => output.kind).sort()).toEqual(['talk', 'theory_of_change']);
    expect(project.updates).toEqual([
      expect.objectContaining({
        projectSlug: 'digital-waste-service',
        headline: 'Sprint 7 show and tell held and two extra sprints agreed',
        status: 'approved',
        publishedOn: '2022-05-11',
      }),
    ]);
  });

  it('gives each partnership the dates an organisation joined or left', async () => {
    const project = await getJson(app, '/api/projects/digital-inclusion-toolkit', projectDetailSchema);
    const dates = Object.fromEntries(
      project.partnerships.map((p) => [p.organisation.slug, { role: p.role, joinedOn: p.joinedOn, leftOn: p.leftOn }]),
    );

    expect(dates).toEqual({
      'leeds-city-council': { role: 'lead', joinedOn: null, leftOn: null },
      'croydon-council': { role: 'partner', joinedOn: null, leftOn: '2022-04-07' },
      'age-uk': { role: 'partner', joinedOn: null, leftOn: '2022-04-07' },
      'birmingham-city-council': { role: 'partner', joinedOn: '2022-04-07', leftOn: null },
      'dorset-council': { role: 'partner', joinedOn: '2022-04-07', leftOn: null },
      'greater-manchester-combined-authority': { role: 'partner', joinedOn: '2022-04-07', leftOn: null },
      'norwich-city-council': { role: 'partner', joinedOn: '2022-04-07', leftOn: null },
    });
  });

  it('lists outputs newest first, undated ones last', async () => {
    const project = await getJson(app, '/api/projects/future-work-design', projectDetailSchema);
    expect(project.outputs.map((output) => [output.title, output.date])).toEqual([
      ['Pilot sessions', '2022-06-06'],
      ['Focus group sessions', '2022-05'],
      ['Risk Assessment tool', null],
    ]);
  });

  it('answers an unknown project with a 404 the app can show', async () => {
    const error = await getError(app, '/api/projects/no-such-project', 404);
    expect(error.message).toBe('Project not found');
  });
});

describe('updates the public may see', () => {
  it('lists approved updates newest first, with their links in order', async () => {
    const { app, db } = await createTestApp();
    const { id: projectId } = await db
      .selectFrom('projects')
      .select('id')
      .where('slug', '=', 'savvi')
      .executeTakeFirstOrThrow();
    // Inserted in an order that is neither oldest nor newest first, so only sorting by date passes.
    const older = await db
      .insertInto('updates')
      .values({ projectId, headline: 'Older news', bodyMarkdown: 'From March.', status: 'approved', publishedOn: '2022-03-21' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('updates')
      .values({ projectId, headline: 'Newer news', bodyMarkdown: 'From May.', status: 'approved', publishedOn: '2022-05-12' })
      .execute();
    await db
      .insertInto('updateLinks')
      .values([
        { updateId: older.id, position: 2, title: 'Second link', url: 'https://example.org/2' },
        { updateId: older.id, position: 1, title: 'First link', url: 'https://example.org/1' },
      ])
      .execute();

    const project = await getJson(app, '/api/projects/savvi', projectDetailSchema);

    expect(project.updates.map((update) => [update.headline, update.publishedOn])).toEqual([
      ['Newer news', '2022-05-12'],
      ['Recruiting for new roles to lead and support SAVVI', '2022-05-11'],
      ['Older news', '2022-03-21'],
    ]);
    expect(project.updates[2]?.links).toEqual([
      { title: 'First link', url: 'https://example.org/1' },
      { title: 'Second link', url: 'https://example.org/2' },
    ]);
  });

  it.each(['draft', 'submitted'] as const)(
    'keeps a %s update out of the project and its card',
    async (status) => {
      const { app, db } = await createTestApp();
      const { id: projectId } = await db
        .selectFrom('projects')
        .select('id')
        .where('slug', '=', 'housing-repairs')
        .executeTakeFirstOrThrow();
      // Dated after every approved update, so it would be the latest if it leaked.
      await db
        .insertInto('updates')
        .values({ projectId, headline: 'Not yet reviewed', bodyMarkdown: 'Unreviewed.', status, publishedOn: '2022-05-20' })
        .execute();

      const project = await getJson(app, '/api/projects/housing-repairs', projectDetailSchema);
      expect(project.updates.map((update) => update.headline)).not.toContain('Not yet reviewed');
      expect(project.updates.every((update) => update.status === 'approved')).toBe(true);

      const { projects } = await getJson(app, '/api/projects', projectListSchema);
      expect(projects.find((card) => card.slug === 'housing-repairs')?.latestUpdateOn).toBe('2022-05-11');
    },
  );
});

describe('errors', () => {
  it('answers an unknown API path with a 404 in JSON', async () => {
    const { app } = await createTestApp();
    const error = await getError(app, '/api/no-such-thing', 404);
    expect(error.message).toBe('No such API endpoint');
  });

  it('hides the cause of a failure from the client and logs it for the operator, with the request id and the stack', async () => {
    const db = await createSeededDatabase();
    const logs = captureLogs();
    const app = createApp({ db, today: () => TEST_TODAY, logger: logs.logger });
    await sql`drop table show_and_tells`.execute(db);

    const response = await app.request('/api/projects', { headers: { 'X-Request-Id': 'support-ticket-42' } });
    const body = apiErrorSchema.parse(await response.json());

    expect(response.status).toBe(500);
    expect(response.headers.get('X-Request-Id')).toBe('support-ticket-42');
    expect(body.error).toEqual({ status: 500, message: 'Something went wrong on our side. Try again later.' });
    expect(JSON.stringify(body)).not.toContain('show_and_tells');
    const errors = logs.events().filter((event) => event.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ msg: 'unexpected error', requestId: 'support-ticket-42', route: '/api/projects', method: 'GET' });
    expect(errors[0]?.stack).toEqual(expect.stringContaining('show_and_tells'));
    expect(logs.events().filter((event) => event.msg === 'request')).toMatchObject([{ status: 500, requestId: 'support-ticket-42' }]);
  });
});
