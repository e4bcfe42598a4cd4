import { beforeAll, describe, expect, it } from 'vitest';
import { organisationDetailSchema } from '../../../src/domain/organisation-detail';
import { takesPartNow } from '../../../src/domain/partnership-rules';
import { currentPhase, informationDate } from '../../../src/domain/phase-rules';
import { type Phase, type ProjectFilters, projectDetailSchema, projectListSchema, updatePageSchema } from '../../../src/domain/project';
import { searchText, searchWords } from '../../../src/domain/search-text';
import { getError, getJson } from '../../../test/api-request';
import {
  BUSY_ORGANISATION_SLUG,
  BUSY_PROJECT_SLUG,
  BUSY_PROJECT_UPDATES,
  MEDIUM_PORTFOLIO,
  openGeneratedDatabase,
} from '../../../test/generate-portfolio';
import { type ApiApp, createApp } from '../../app';
import type { Db } from '../../db/database';
import { refreshDueProjects } from '../../db/queries/project-derived';
import { freshDatabaseLocation } from '../../../test/test-database';

const TODAY = '2026-11-27';

/**
 * The portfolio's list and pages checked against the domain's own rules over a few hundred
 * generated projects: what SQL answers from stored fields must be what the rules say of the
 * raw phases, updates and partnerships.
 */
let db: Db;
let app: ApiApp;

interface RawProject {
  id: number;
  slug: string;
  status: string;
  phases: Phase[];
  latestUpdateOn: string | null;
  organisations: string[];
  organisationNames: string[];
  text: string;
}

/** Every project as the raw tables hold it, read without the stored fields under test. */
async function rawProjects(from: Db = db): Promise<RawProject[]> {
  const projects = await from.selectFrom('projects').select(['id', 'slug', 'name', 'summary', 'status']).execute();
  const phases = await from.selectFrom('phases').selectAll().execute();
  const updates = await from.selectFrom('updates').select(['projectId', 'publishedOn']).where('status', '=', 'approved').execute();
  const partnerships = await db
    .selectFrom('partnerships')
    .innerJoin('organisations', 'organisations.id', 'partnerships.organisationId')
    .select(['partnerships.projectId', 'organisations.slug', 'organisations.name'])
    .execute();
  return projects.map((project) => {
    const latest = updates
      .filter((update) => update.projectId === project.id)
      .map((update) => update.publishedOn)
      .sort()
      .at(-1);
    const organisations = partnerships.filter((partnership) => partnership.projectId === project.id);
    const organisationNames = organisations.map((organisation) => organisation.name);
    return {
      id: project.id,
      slug: project.slug,
      status: project.status,
      phases: phases.filter((phase) => phase.projectId === project.id).map(({ projectId: _projectId, ...phase }) => phase),
      latestUpdateOn: latest ?? null,
      organisations: organisations.map((organisation) => organisation.slug),
      organisationNames,
      text: searchText([project.name, project.summary, ...organisationNames]),
    };
  });
}

function expectedSlugs(projects: readonly RawProject[], filters: ProjectFilters, today: string): string[] {
  return projects
    .filter((project) => {
      const phase = currentPhase(project.phases, informationDate(project.latestUpdateOn, today))?.kind ?? null;
      if (filters.phase !== undefined && phase !== filters.phase) return false;
      if (filters.status !== undefined && project.status !== filters.status) return false;
      if (filters.organisation !== undefined && !project.organisations.includes(filters.organisation)) return false;
      if (filters.q !== undefined && !searchWords(filters.q).every((word) => project.text.includes(word))) return false;
      return true;
    })
    .map((project) => project.slug)
    .sort();
}

/** Every card the API lists for these filters, page by page, checking each page's figures as it goes. */
async function allPages(target: ApiApp, filters: Record<string, string>, pageSize: number): Promise<string[]> {
  const slugs: string[] = [];
  for (let page = 1; ; page += 1) {
    const query = new URLSearchParams({ ...filters, page: String(page), pageSize: String(pageSize) });
    const list = await getJson(target, `/api/projects?${query.toString()}`, projectListSchema);
    expect(list).toMatchObject({ page, pageSize, pageCount: Math.max(1, Math.ceil(list.total / pageSize)) });
    expect(list.projects.length).toBe(page < list.pageCount ? pageSize : list.total - (list.pageCount - 1) * pageSize);
    slugs.push(...list.projects.map((project) => project.slug));
    if (page >= list.pageCount) {
      expect(slugs).toHaveLength(list.total);
      return slugs;
    }
  }
}

beforeAll(async () => {
  ({ db } = await openGeneratedDatabase(MEDIUM_PORTFOLIO, { today: TODAY, location: await freshDatabaseLocation() }));
  app = createApp({ db, today: () => TODAY });
}, 60_000);

describe('GET /api/projects at scale', () => {
  it('answers 50 cards by default, with the total and the number of pages', async () => {
    const list = await getJson(app, '/api/projects', projectListSchema);
    expect(list).toMatchObject({ total: 300, page: 1, pageSize: 50, pageCount: 6 });
    expect(list.projects).toHaveLength(50);
  });

  it('pages through every project once, in name order, whatever the page size', async () => {
    const byFifteen = await allPages(app, {}, 15);
    expect(new Set(byFifteen).size).toBe(300);
    expect(await allPages(app, {}, 100)).toEqual(byFifteen);
    const names = (await db.selectFrom('projects').select(['slug', 'name']).execute()).map((row) => row);
    const nameOf = new Map(names.map((row) => [row.slug, row.name.toLowerCase()]));
    const inOrder = byFifteen.map((slug) => nameOf.get(slug) ?? '');
    expect(inOrder).toEqual([...inOrder].sort());
  });

  it.each<[string, ProjectFilters]>([
    ['each phase', { phase: 'discovery' }],
    ['alpha', { phase: 'alpha' }],
    ['beta', { phase: 'beta' }],
    ['live', { phase: 'live' }],
    ['a status', { status: 'paused' }],
    ['an organisation', { organisation: BUSY_ORGANISATION_SLUG }],
    ['another organisation', { organisation: 'organisation-0007' }],
    ['a search', { q: 'housing repairs' }],
    ['a search with an apostrophe', { q: "children's" }],
    ['a search for an organisation with "&"', { q: 'Digital & Data' }],
    ['everything at once', { phase: 'alpha', status: 'active', q: 'service' }],
  ])('filters by %s exactly as the domain rules say', async (_name, filters) => {
    const expected = expectedSlugs(await rawProjects(), filters, TODAY);
    const query: Record<string, string> = { ...filters };
    expect((await allPages(app, query, 40)).sort()).toEqual(expected);
    // Each of these finds some projects and leaves some out, or the comparison proves little.
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(300);
  });

  it('answers a page past the end as empty, with the true total', async () => {
    const list = await getJson(app, '/api/projects?phase=beta&page=99', projectListSchema);
    expect(list.projects).toEqual([]);
    expect(list.page).toBe(99);
    expect(list.total).toBe(expectedSlugs(await rawProjects(), { phase: 'beta' }, TODAY).length);
  });

  it.each([
    ['page', '0'],
    ['page', '-1'],
    ['page', '1.5'],
    ['page', '02'],
    ['page', '0x2'],
    ['page', 'two'],
    ['pageSize', '0'],
    ['pageSize', '101'],
    ['pageSize', '1e2'],
  ])('refuses %s=%s with a 400 that names it', async (field, value) => {
    const error = await getError(app, `/api/projects?${field}=${value}`, 400);
    expect(error.message).toBe('Check the page');
    expect(Object.keys(error.fields ?? {})).toEqual([field]);
  });
});

describe('the stored current phase', () => {
  it('is always what the domain rule computes from the phases, as the calendar moves on', async () => {
    // A portfolio made in early 2023, so many phases are still planned and some projects' latest
    // report is dated ahead; then days go by, as they do for a running server.
    const { db: young } = await openGeneratedDatabase(MEDIUM_PORTFOLIO, { today: '2023-01-01', location: await freshDatabaseLocation() });
    const projects = await rawProjects(young);
    let changed = 0;
    let previous: Map<number, string | null> | undefined;
    for (const day of ['2023-01-01', '2023-01-02', '2023-03-01', '2023-06-15', '2024-01-01', '2030-01-01']) {
      await refreshDueProjects(young, day);
      const rows = await young.selectFrom('projects').select(['id', 'currentPhaseKind']).execute();
      const stored = new Map(rows.map((row) => [row.id, row.currentPhaseKind]));
      for (const project of projects) {
        const expected = currentPhase(project.phases, informationDate(project.latestUpdateOn, day))?.kind ?? null;
        expect(stored.get(project.id), `${project.slug} on ${day}`).toBe(expected);
        if (previous !== undefined && previous.get(project.id) !== expected) changed += 1;
      }
      previous = stored;
    }
    // The calendar alone did move some projects on, or this test proves nothing about rechecking.
    expect(changed).toBeGreaterThan(0);
    await young.destroy();
  });
});

describe('long lists on project and organisation pages', () => {
  it('shows a project’s newest 20 updates, and the rest 20 at a time, newest first, none twice', async () => {
    const approved = await db
      .selectFrom('updates')
      .innerJoin('projects', 'projects.id', 'updates.projectId')
      .select(['updates.id', 'updates.publishedOn'])
      .where('projects.slug', '=', BUSY_PROJECT_SLUG)
      .where('updates.status', '=', 'approved')
      .execute();
    expect(approved.length).toBeGreaterThan(BUSY_PROJECT_UPDATES * 0.8);

    const project = await getJson(app, `/api/projects/${BUSY_PROJECT_SLUG}`, projectDetailSchema);
    expect(project.updates).toHaveLength(20);
    expect(project.updateCount).toBe(approved.length);

    const seen = project.updates.map((update) => update.id);
    for (let page = 2; ; page += 1) {
      const next = await getJson(app, `/api/projects/${BUSY_PROJECT_SLUG}/updates?page=${page}`, updatePageSchema);
      expect(next.total).toBe(approved.length);
      seen.push(...next.updates.map((update) => update.id));
      if (page >= next.pageCount) break;
    }
    expect(seen).toHaveLength(approved.length);
    expect(new Set(seen).size).toBe(approved.length);
    // Page 1 of the updates list is what the project page shows first.
    const first = await getJson(app, `/api/projects/${BUSY_PROJECT_SLUG}/updates`, updatePageSchema);
    expect(first.updates.map((update) => update.id)).toEqual(seen.slice(0, 20));
    const dates = new Map(approved.map((update) => [update.id, update.publishedOn]));
    const inOrder = seen.map((id) => dates.get(id) ?? '');
    expect(inOrder).toEqual([...inOrder].sort().reverse());
  });

  it('refuses a malformed updates page and answers 404 for an unknown project', async () => {
    expect(Object.keys((await getError(app, `/api/projects/${BUSY_PROJECT_SLUG}/updates?page=0`, 400)).fields ?? {})).toEqual(['page']);
    await getError(app, '/api/projects/no-such-project/updates', 404);
  });

  it('pages an organisation’s projects: leads, then current partners, then former ones, each once', async () => {
    const first = await getJson(app, `/api/organisations/${BUSY_ORGANISATION_SLUG}`, organisationDetailSchema);
    const projects = await rawProjects();
    const involved = projects.filter((project) => project.organisations.includes(BUSY_ORGANISATION_SLUG));
    expect(first.total).toBe(involved.length);
    expect(first.leadCount + first.partnerCount + first.formerCount).toBe(involved.length);
    expect(first.pageCount).toBe(Math.ceil(involved.length / 50));

    const seen: string[] = [];
    const standings: string[] = [];
    for (let page = 1; page <= first.pageCount; page += 1) {
      const detail = await getJson(app, `/api/organisations/${BUSY_ORGANISATION_SLUG}?page=${page}`, organisationDetailSchema);
      standings.push(...detail.leads.map(() => 'lead'));
      for (const entry of detail.partners) standings.push(entry.current ? 'partner' : 'former');
      seen.push(...detail.leads.map((entry) => entry.project.slug), ...detail.partners.map((entry) => entry.project.slug));
    }
    expect(new Set(seen).size).toBe(involved.length);
    expect(standings).toEqual([...standings].sort((a, b) => ['lead', 'partner', 'former'].indexOf(a) - ['lead', 'partner', 'former'].indexOf(b)));
    expect(standings.filter((standing) => standing === 'lead')).toHaveLength(first.leadCount);
    expect(standings.filter((standing) => standing === 'former')).toHaveLength(first.formerCount);
    expect(first.formerCount).toBeGreaterThan(0);
  });

  it('judges a current partner by the same rule as the project page', async () => {
    const detail = await getJson(app, `/api/organisations/${BUSY_ORGANISATION_SLUG}?page=2`, organisationDetailSchema);
    for (const entry of detail.partners.slice(0, 5)) {
      const project = await getJson(app, `/api/projects/${entry.project.slug}`, projectDetailSchema);
      const current = currentPhase(project.phases, informationDate(project.latestUpdateOn, TODAY));
      const own = project.partnerships.filter((partnership) => partnership.organisation.slug === BUSY_ORGANISATION_SLUG);
      expect(entry.current, entry.project.slug).toBe(own.some((partnership) => takesPartNow(partnership, current?.id ?? null)));
    }
  });
});
