import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Partnership, type ProjectDetail, projectDetailSchema, projectListSchema } from '../../src/domain/project';
import { getJson } from '../../test/api-request';
import { createTestApp, freshDatabaseLocation, openTestDatabase, TEST_DIALECT } from '../../test/test-database';
import type { ApiApp } from '../app';
import { type Db, migrateToLatest, openDatabase } from './database';
import { seedIfEmpty } from './seed';
import { sprintNotes46Seed } from './seed/sprint-notes-46';

async function counts(db: Db) {
  const count = async (table: 'projects' | 'organisations' | 'updates' | 'partnerships' | 'phases') => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return row.n;
  };
  return {
    projects: await count('projects'),
    organisations: await count('organisations'),
    updates: await count('updates'),
    partnerships: await count('partnerships'),
    phases: await count('phases'),
  };
}

async function emptyDatabase(location?: string): Promise<Db> {
  const db = location === undefined ? await openTestDatabase('empty') : openDatabase(location);
  await migrateToLatest(db);
  return db;
}

describe('seedIfEmpty', () => {
  it('loads the 15 funded projects and every organisation they name', async () => {
    const db = await emptyDatabase();
    // 4 organisations from the team news and 37 from the funded projects; 15 project updates and 4 team updates.
    expect(await seedIfEmpty(db, sprintNotes46Seed)).toEqual({
      seeded: true,
      projects: 15,
      organisations: 41,
      updates: 19,
    });
    expect(await counts(db)).toMatchObject({ projects: 15, organisations: 41, updates: 19 });
    await db.destroy();
  });

  it('changes nothing when the database already holds data', async () => {
    const db = await emptyDatabase();
    await seedIfEmpty(db, sprintNotes46Seed);
    const before = await counts(db);

    expect(await seedIfEmpty(db, sprintNotes46Seed)).toEqual({ seeded: false });
    expect(await counts(db)).toEqual(before);
    await db.destroy();
  });

  it('loads nothing at all when part of the seed is wrong', async () => {
    const db = await emptyDatabase();
    const broken = {
      ...sprintNotes46Seed,
      projects: [
        ...sprintNotes46Seed.projects,
        { slug: 'orphan', name: 'Orphan', status: 'active' as const, phases: [], partnerships: [{ organisation: 'nobody', role: 'lead' as const }] },
      ],
    };

    await expect(seedIfEmpty(db, broken)).rejects.toThrow('orphan names unknown organisation nobody');
    // All or nothing: a half-loaded database would stop the next start from seeding at all.
    expect(await counts(db)).toEqual({ projects: 0, organisations: 0, updates: 0, partnerships: 0, phases: 0 });
    await db.destroy();
  });

  describe('in a database that outlives the process', () => {
    let directory: string | undefined;

    afterEach(() => {
      if (directory !== undefined) rmSync(directory, { recursive: true, force: true });
      directory = undefined;
    });

    /** A SQLite file in a folder that does not exist yet, as on a server's first start; or a new PostgreSQL database. */
    async function newLocation(): Promise<string> {
      if (TEST_DIALECT === 'postgres') return freshDatabaseLocation('empty');
      directory = mkdtempSync(join(tmpdir(), 'portfolio-seed-'));
      return join(directory, 'data', 'portfolio.sqlite');
    }

    it('keeps the data when the database is closed and opened again, without seeding twice', async () => {
      const location = await newLocation();

      const first = await emptyDatabase(location);
      expect(await seedIfEmpty(first, sprintNotes46Seed)).toMatchObject({ seeded: true });
      const seeded = await counts(first);
      await first.destroy();

      const reopened = await emptyDatabase(location);
      expect(await seedIfEmpty(reopened, sprintNotes46Seed)).toEqual({ seeded: false });
      expect(await counts(reopened)).toEqual(seeded);
      expect(seeded).toMatchObject({ projects: 15, organisations: 41, updates: 19 });
      await reopened.destroy();
    });
  });
});

describe('the Sprint Notes #46 seed', () => {
  let app: ApiApp;
  let db: Db;
  const details = new Map<string, ProjectDetail>();

  beforeAll(async () => {
    ({ app, db } = await createTestApp());
    const slugs = await db.selectFrom('projects').select('slug').execute();
    for (const { slug } of slugs) details.set(slug, await getJson(app, `/api/projects/${slug}`, projectDetailSchema));
  });

  function detailNamed(name: string): ProjectDetail {
    const detail = [...details.values()].find((project) => project.name === name);
    if (detail === undefined) throw new Error(`No project named ${name}`);
    return detail;
  }

  const names = (partnerships: readonly Partnership[]) => partnerships.map((p) => p.organisation.name).sort();

  // Each heading in "News from our funded projects", with the lead organisations it names.
  const headings: [project: string, leads: string[]][] = [
    ['Community Grants Service', ['Newcastle City Council']],
    ['Children’s Social Care Demand Modelling', ['East Sussex County Council']],
    ['Data Exchange with VCS', ['Bedfordshire', 'Camden Council']],
    ['Digital Inclusion Toolkit', ['Leeds City Council']],
    ['Digital Waste Service', ['Rugby Borough Council']],
    ['Family Context', ['Stockport Council']],
    ['Future Work Design', ['East Riding of Yorkshire Council']],
    ['Housing Repairs', ['City of Lincoln Council']],
    ['Low Code Solutions for Housing Management', ['Redbridge Council']],
    // The heading names no council.
    ['Open Referral UK', []],
    ['Revs and Bens', ['Teignbridge District Council']],
    ['Quality Data for Children in Care', ['Wigan Council']],
    ['Scalable Approach to Vulnerability Via Interoperability (SAVVI)', ['Sedgemoor District Council', 'Tameside Council']],
    ['SEND top-up', ['Bristol City Council']],
    ['Task Management for Neighbourhood Planning Services', ['Colchester Council']],
  ];

  it('holds exactly the projects the issue reports on', () => {
    expect([...details.values()].map((project) => project.name).sort()).toEqual(headings.map(([name]) => name).sort());
  });

  it.each(headings)('records %s as led by %j', (name, leads) => {
    expect(detailNamed(name).leads.map((lead) => lead.name).sort()).toEqual(leads);
  });

  it('holds every organisation the funded-projects news names', async () => {
    const organisations = (await db.selectFrom('organisations').select('name').execute()).map((row) => row.name);
    // As the text writes them; a short form such as "Camden" is the start of the full name.
    const namedInText = [
      'Newcastle City Council',
      'East Sussex County Council',
      'Camden',
      'Bedfordshire',
      'Leeds City Council',
      'Croydon Council',
      'Age UK',
      'Birmingham City Council',
      'Dorset Council',
      'Greater Manchester Combined Authority',
      'Norwich City Council',
      'Rugby Borough Council',
      'Stockport Council',
      'East Riding of Yorkshire Council',
      'University of Hull',
      'Health and Safety Executive',
      'City of Lincoln Council',
      'Newark and Sherwood District Council',
      'Redbridge',
      'Government Open Standards Board',
      'Adur & Worthing Councils',
      'Devon County Council',
      'Buckinghamshire County Council',
      'Essex County Council',
      'Teignbridge District Council',
      'Sedgemoor',
      'LocalGovDrupal',
      'Wigan Council',
      'Tameside',
      'Bristol City Council',
      'Department for Education',
      'Colchester',
      'Foundation SP',
      'Tendring',
    ];
    const missing = namedInText.filter(
      (name) => !organisations.some((organisation) => organisation === name || organisation.startsWith(`${name} `)),
    );
    expect(missing).toEqual([]);
    // The text misspells two names ("Stationary Office", "Malden") and abbreviates one ("the ODI").
    expect(organisations).toEqual(
      expect.arrayContaining(['The Stationery Office', 'Maldon District Council', 'Open Data Institute']),
    );
  });

  // Each project's phases in order, by kind as the issue states it (null: not stated; `other`: a
  // phase of work that is no GDS phase, named by its label), and its current phase as of 11 May 2022.
  const phasesAsStated: [slug: string, kinds: (string | null)[], labels: (string | null)[], current: string | null][] = [
    ['community-grants-service', ['alpha'], [null], 'alpha'],
    // "Continuing", "commenced development": work under way, but no phase named at all.
    ['childrens-social-care-demand-modelling', [], [], null],
    // An "end-of-phase" show and tell, of a phase whose kind is not said.
    ['data-exchange-with-vcs', [null], [null], null],
    ['digital-inclusion-toolkit', ['other'], ['Continuous funding phase'], 'other'],
    // Sprints of work, the last two funded from underspend: no GDS phase is named.
    ['digital-waste-service', [null, null], ['Sprints up to Sprint 7', 'Sprints 8 and 9, funded from underspend'], null],
    ['family-context', ['beta'], [null], 'beta'],
    ['future-work-design', [null, null, 'discovery'], ['First phase of work', 'Second phase of work', 'Third phase of work'], 'discovery'],
    // The public beta starts on 16 May, after the issue: nothing says what came before it.
    ['housing-repairs', ['beta'], ['Public beta'], null],
    ['low-code-solutions-for-housing-management', ['alpha', 'beta'], [null, null], 'alpha'],
    ['open-referral-uk', ['discovery', 'alpha', 'beta'], [null, null, null], 'beta'],
    ['revs-and-bens', ['alpha'], [null], 'alpha'],
    // The full beta kicks off in June, after the issue.
    ['quality-data-for-children-in-care', ['beta'], ['Full beta'], null],
    ['savvi', ['other'], ['Continuous funding phase'], 'other'],
    ['send-top-up', ['beta', null], ['MVP beta', 'Phase Two'], 'beta'],
    ['task-management-for-neighbourhood-planning-services', [], [], null],
  ];

  it('covers every project in the table of phases', () => {
    expect(phasesAsStated.map(([slug]) => slug).sort()).toEqual([...details.keys()].sort());
  });

  it.each(phasesAsStated)('gives %s the phases the issue states (%j) and no invented kind', (slug, kinds, labels, current) => {
    const project = details.get(slug);
    expect(project?.phases.map((phase) => phase.kind)).toEqual(kinds);
    expect(project?.phases.map((phase) => phase.label)).toEqual(labels);
    expect(project?.currentPhase).toBe(current);
  });

  it('finds by each GDS phase exactly the projects the issue puts in it', async () => {
    const slugsIn = async (phase: string) =>
      (await getJson(app, `/api/projects?phase=${phase}`, projectListSchema)).projects.map((project) => project.slug).sort();

    expect(await slugsIn('discovery')).toEqual(['future-work-design']);
    expect(await slugsIn('alpha')).toEqual(['community-grants-service', 'low-code-solutions-for-housing-management', 'revs-and-bens']);
    expect(await slugsIn('beta')).toEqual(['family-context', 'open-referral-uk', 'send-top-up']);
    expect(await slugsIn('live')).toEqual([]);
  });

  it('records the Digital Inclusion Toolkit partners who left and those who joined', () => {
    const { partnerships } = detailNamed('Digital Inclusion Toolkit');
    const partners = partnerships.filter((p) => p.role !== 'lead');
    const left = partners.filter((p) => p.leftOn !== null);
    const joined = partners.filter((p) => p.leftOn === null);

    expect(names(left)).toEqual(['Age UK', 'Croydon Council']);
    expect(names(joined)).toEqual([
      'Birmingham City Council',
      'Dorset Council',
      'Greater Manchester Combined Authority',
      'Norwich City Council',
    ]);
    // The change is news in this issue, so it falls inside the weeks the issue covers.
    for (const partnership of partners) {
      const changedOn = partnership.leftOn ?? partnership.joinedOn;
      expect(changedOn).not.toBeNull();
      expect(changedOn! >= '2022-03-17' && changedOn! <= '2022-05-11').toBe(true);
    }
  });

  it('records the Open Referral UK councils for each phase as the issue lists them', () => {
    const { phases, partnerships } = detailNamed('Open Referral UK');
    const byPhase = (kind: string) => {
      const phaseId = phases.find((phase) => phase.kind === kind)?.id;
      return names(partnerships.filter((p) => p.phaseId !== null && p.phaseId === phaseId));
    };

    expect(phases.map((phase) => phase.kind)).toEqual(['discovery', 'alpha', 'beta']);
    expect(byPhase('discovery')).toEqual([
      'Adur & Worthing Councils',
      'Buckinghamshire County Council',
      'Devon County Council',
    ]);
    // "Buckinghamshire" and "London Borough of Croydon" in the alpha list are the same councils as elsewhere.
    expect(byPhase('alpha')).toEqual([
      'Adur & Worthing Councils',
      'Buckinghamshire County Council',
      'Croydon Council',
      'Leeds City Council',
    ]);
    expect(byPhase('beta')).toEqual(['Adur & Worthing Councils', 'Essex County Council', 'Leeds City Council']);
  });

  it('publishes every update, dated within the weeks the issue covers', async () => {
    const updates = await db.selectFrom('updates').select(['status', 'publishedOn']).execute();
    expect(updates).toHaveLength(19);
    for (const update of updates) {
      expect(update.status).toBe('approved');
      expect(update.publishedOn >= '2022-03-17' && update.publishedOn <= '2022-05-11', update.publishedOn).toBe(true);
    }
  });

  it('gives every project its news and keeps the four pieces of team news apart from projects', async () => {
    for (const project of details.values()) expect(project.updates.length, project.name).toBeGreaterThan(0);
    const teamNews = await db.selectFrom('updates').select('headline').where('projectId', 'is', null).execute();
    expect(teamNews.map((update) => update.headline)).toEqual([
      'We held our first regional roadshow in Newcastle',
      'We delivered a training programme on digital transformation',
      'More blog posts you might have missed',
      'We were joined by a new team member',
    ]);
  });
});
