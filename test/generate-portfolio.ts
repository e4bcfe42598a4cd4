import type { Insertable, LogConfig } from 'kysely';
import type { OrganisationKind } from '../src/domain/organisation';
import { isoDay, partialDateStart } from '../src/domain/partial-date';
import type { OutputKind, PartnershipRole, PhaseKind, PhaseStatus, ProjectStatus, UpdateStatus } from '../src/domain/project';
import { type Db, migrateToLatest, openDatabase } from '../server/db/database';
import { refreshProjects } from '../server/db/queries/project-derived';
import type { Database } from '../server/db/schema';

/**
 * A large portfolio made up deterministically from a seed number, through the app's own
 * migrations and table types: what performance tests, the benchmark and the browser tests of
 * paging run against. Same size and seed, same rows, on every machine.
 */
export interface PortfolioSize {
  projects: number;
  organisations: number;
  phasesPerProject: number;
  partnershipsPerProject: number;
  showAndTellsPerProject: number;
  outputsPerProject: number;
  updatesPerProject: number;
}

/** The size LDCU's portfolio might reach after many years, with room to spare. */
export const LARGE_PORTFOLIO: PortfolioSize = {
  projects: 2000,
  organisations: 400,
  phasesPerProject: 4,
  partnershipsPerProject: 3,
  showAndTellsPerProject: 5,
  outputsPerProject: 5,
  updatesPerProject: 50,
};

/** A few hundred projects in the same proportions: big enough for query plans to choose as they would at scale. */
export const MEDIUM_PORTFOLIO: PortfolioSize = {
  projects: 300,
  organisations: 80,
  phasesPerProject: 4,
  partnershipsPerProject: 3,
  showAndTellsPerProject: 5,
  outputsPerProject: 5,
  updatesPerProject: 20,
};

/** The project with far more updates than the rest, and the organisation in a fifth of all projects. */
export const BUSY_PROJECT_SLUG = 'project-0001';
export const BUSY_PROJECT_UPDATES = 300;
export const BUSY_ORGANISATION_SLUG = 'busy-borough-council';

export interface GeneratedPortfolio {
  projects: number;
  organisations: number;
  phases: number;
  partnerships: number;
  showAndTells: number;
  outputs: number;
  updates: number;
  updateLinks: number;
}

/** mulberry32: a small, well-mixed generator, so the data depends on the seed alone. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  'Rugby', 'Leeds', 'Stockport', 'Lincoln', 'Camden', 'Tameside', 'Sedgemoor', 'Hackney', 'Croydon', 'Devon',
  'Cornwall', 'Norfolk', 'Suffolk', 'Kent', 'Dorset', 'Wigan', 'Bolton', 'Salford', 'Newham', 'Brent',
  'Barnet', 'Ealing', 'Bristol', 'Bath', 'Exeter', 'Plymouth', 'Derby', 'Durham', 'Sunderland', 'Gateshead',
  'Wirral', 'Sefton', 'Knowsley', 'Oldham', 'Rochdale', 'Bury', 'Trafford', 'Calderdale', 'Kirklees', 'Wakefield',
];
const COUNCIL_KINDS = ['Borough Council', 'City Council', 'County Council', 'District Council', 'Council'];
const TOPICS = [
  'Housing Repairs', 'Waste Collection', 'Council Tax', 'Planning Applications', 'Adult Social Care', 'Children’s Services',
  'Business Rates', 'Parking Permits', 'Library', 'Licensing', 'Benefits', 'Homelessness', 'Highways', 'Family Support',
  'Special Educational Needs', 'Community Grants', 'Land Charges', 'Electoral Services', 'Street Lighting', 'School Admissions',
];
const NOUNS = ['Service', 'Platform', 'Toolkit', 'Data Standard', 'Finder', 'Tracker', 'Portal', 'Case Management', 'Booking', 'Alerts'];
const STATUSES: readonly ProjectStatus[] = ['active', 'active', 'active', 'active', 'active', 'paused', 'completed', 'stopped'];
const KINDS: readonly PhaseKind[] = ['discovery', 'alpha', 'beta', 'live'];
const OUTPUT_KINDS: readonly OutputKind[] = ['report', 'demo', 'video', 'code', 'blog_post', 'talk', 'event', 'user_guide'];
const FUNDING_STREAMS = ['Local Digital Fund', 'Cyber Support', 'Continuous funding', 'Pilot funding'];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function addDays(day: string, days: number): string {
  return isoDay(new Date(partialDateStart(day).getTime() + days * 86_400_000));
}

/** Rows go in a few hundred at a time: one statement each, well inside every database's limit on parameters. */
async function inChunks<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += 400) await insert(rows.slice(start, start + 400));
}

/**
 * Fills an empty, migrated database. Projects start over the six years before `today`, so recent
 * ones have phases planned after it, and some have no approved update, so the current phase
 * depends on the calendar as it does in life. No update is dated after `today`.
 */
export async function generatePortfolio(db: Db, size: PortfolioSize, options: { seed?: number; today: string }): Promise<GeneratedPortfolio> {
  const rand = random(options.seed ?? 46);
  const start = addDays(options.today, -6 * 365);
  const dayWithin = (from: string, days: number) => addDays(from, Math.floor(rand() * days));

  return db.transaction().execute(async (trx) => {
    const organisations: Insertable<Database['organisations']>[] = [
      { slug: BUSY_ORGANISATION_SLUG, name: 'Busy Borough Council', kind: 'council', website: null },
    ];
    for (let index = 1; index < size.organisations; index += 1) {
      const place = PLACES[index % PLACES.length] as string;
      const round = Math.floor(index / PLACES.length);
      const kind: OrganisationKind = index % 10 === 9 ? 'supplier' : index % 10 === 8 ? 'charity' : 'council';
      const name =
        kind === 'council'
          ? `${place}${round === 0 ? '' : ` ${round + 1}`} ${COUNCIL_KINDS[index % COUNCIL_KINDS.length] as string}`
          : `${place} ${kind === 'supplier' ? 'Digital & Data Ltd' : 'Community Trust'} ${round + 1}`;
      organisations.push({ slug: `organisation-${String(index).padStart(4, '0')}`, name, kind, website: null });
    }
    await inChunks(organisations, (chunk) => trx.insertInto('organisations').values(chunk).execute());
    const organisationIds = (await trx.selectFrom('organisations').select('id').orderBy('id').execute()).map((row) => row.id);
    const busyOrganisationId = organisationIds[0] as number;

    const projects: Insertable<Database['projects']>[] = [];
    for (let index = 1; index <= size.projects; index += 1) {
      const topic = pick(rand, TOPICS);
      projects.push({
        slug: `project-${String(index).padStart(4, '0')}`,
        name: `${topic} ${pick(rand, NOUNS)} ${index}`,
        summary: `A ${pick(rand, PLACES)}-led project to make ${topic.toLowerCase()} simpler for residents and staff.`,
        status: pick(rand, STATUSES),
        fundingStream: pick(rand, FUNDING_STREAMS),
        websiteUrl: null,
        repositoryUrl: rand() < 0.5 ? `https://github.com/example/project-${index}` : null,
        blogUrl: null,
      });
    }
    await inChunks(projects, (chunk) => trx.insertInto('projects').values(chunk).execute());
    const projectIds = (await trx.selectFrom('projects').select('id').orderBy('id').execute()).map((row) => row.id);

    const phases: Insertable<Database['phases']>[] = [];
    /** The day each project last reported: inside its current phase, so later phases are still to come. */
    const reportedOn: string[] = [];
    for (const projectId of projectIds) {
      // Some projects began recently, so their later phases are planned after today.
      let day = dayWithin(start, 6 * 365 - 30);
      let reported = day;
      // How far along the project is: every phase before this one completed, this one under way, the rest planned.
      const reached = Math.floor(rand() * (size.phasesPerProject + 1));
      for (let position = 1; position <= size.phasesPerProject; position += 1) {
        const weeks = 6 + Math.floor(rand() * 10);
        const status: PhaseStatus = position < reached ? 'completed' : position === reached ? 'in_progress' : 'planned';
        if (position === reached) reported = addDays(day, Math.floor(rand() * weeks * 7));
        const other = rand() < 0.1;
        phases.push({
          projectId,
          position,
          kind: other ? 'other' : (KINDS[Math.min(position - 1, KINDS.length - 1)]),
          label: other ? 'Continuous funding phase' : null,
          status,
          startedOn: rand() < 0.15 ? day.slice(0, 7) : day,
          plannedWeeks: weeks,
          plannedEndOn: null,
          endedOn: status === 'completed' ? addDays(day, weeks * 7) : null,
          fundingAmountPounds: 50_000 + Math.floor(rand() * 30) * 10_000,
          fundingStream: null,
          outcome: null,
          reportedWeek: null,
          reportedOn: null,
        });
        day = addDays(day, weeks * 7 + 1 + Math.floor(rand() * 60));
      }
      reportedOn.push(reported < options.today ? reported : options.today);
    }
    await inChunks(phases, (chunk) => trx.insertInto('phases').values(chunk).execute());

    const partnerships: Insertable<Database['partnerships']>[] = [];
    for (const [index, projectId] of projectIds.entries()) {
      // The first organisation chosen leads. Every fifth project has the busy council, so it takes
      // part in a fifth of the portfolio: leading one in ten of those, a partner in the rest.
      const chosen = new Set<number>([pick(rand, organisationIds)]);
      if (index % 5 === 0) chosen.add(busyOrganisationId);
      if (index % 50 === 0) chosen.delete([...chosen][0] as number);
      while (chosen.size < size.partnershipsPerProject) chosen.add(pick(rand, organisationIds));
      let first = true;
      for (const organisationId of chosen) {
        const role: PartnershipRole = first ? 'lead' : rand() < 0.8 ? 'partner' : 'delivery_partner';
        first = false;
        partnerships.push({
          projectId,
          organisationId,
          role,
          phaseId: null,
          joinedOn: null,
          leftOn: role !== 'lead' && rand() < 0.1 ? dayWithin(start, 6 * 365) : null,
          note: null,
        });
      }
    }
    await inChunks(partnerships, (chunk) => trx.insertInto('partnerships').values(chunk).execute());

    const showAndTells: Insertable<Database['showAndTells']>[] = [];
    const outputs: Insertable<Database['outputs']>[] = [];
    const updates: Insertable<Database['updates']>[] = [];
    for (const [index, projectId] of projectIds.entries()) {
      for (let sprint = 1; sprint <= size.showAndTellsPerProject; sprint += 1) {
        showAndTells.push({
          projectId,
          heldOn: rand() < 0.1 ? null : dayWithin(start, 6 * 365),
          title: `Sprint ${sprint} show and tell`,
          sprint,
          summary: null,
          slidesUrl: null,
          recordingUrl: rand() < 0.3 ? `https://www.youtube.com/watch?v=example${index}${sprint}` : null,
        });
      }
      for (let number = 1; number <= size.outputsPerProject; number += 1) {
        outputs.push({
          projectId,
          kind: pick(rand, OUTPUT_KINDS),
          title: `Output ${number}`,
          description: null,
          url: rand() < 0.5 ? `https://example.org/project-${index + 1}/output-${number}` : null,
          occursOn: dayWithin(start, 6 * 365),
        });
      }
      // One project in ten has reported nothing yet: its phase is judged as of today.
      const reported = reportedOn[index] as string;
      const count = index === 0 ? BUSY_PROJECT_UPDATES : index % 10 === 9 ? 0 : size.updatesPerProject;
      for (let number = 1; number <= count; number += 1) {
        const roll = rand();
        const status: UpdateStatus = roll < 0.9 ? 'approved' : roll < 0.95 ? 'submitted' : 'draft';
        updates.push({
          projectId,
          headline: `Sprint ${number}: what we did`,
          bodyMarkdown: `The team worked on **${pick(rand, TOPICS).toLowerCase()}** this sprint and spoke to ${3 + Math.floor(rand() * 20)} residents.`,
          status,
          // Spread over the year before the project's last report, which is the newest.
          publishedOn: number === count ? reported : addDays(reported, -Math.floor(rand() * 365)),
        });
      }
    }
    await inChunks(showAndTells, (chunk) => trx.insertInto('showAndTells').values(chunk).execute());
    await inChunks(outputs, (chunk) => trx.insertInto('outputs').values(chunk).execute());
    await inChunks(updates, (chunk) => trx.insertInto('updates').values(chunk).execute());

    const updateIds = (await trx.selectFrom('updates').select('id').orderBy('id').execute()).map((row) => row.id);
    const updateLinks: Insertable<Database['updateLinks']>[] = [];
    for (const updateId of updateIds) {
      const links = rand() < 0.5 ? 0 : 1 + Math.floor(rand() * 2);
      for (let position = 1; position <= links; position += 1) {
        updateLinks.push({ updateId, position, title: `Read more ${position}`, url: `https://example.org/updates/${updateId}/${position}` });
      }
    }
    await inChunks(updateLinks, (chunk) => trx.insertInto('updateLinks').values(chunk).execute());
    await refreshProjects(trx, projectIds, options.today);

    return {
      projects: projects.length,
      organisations: organisations.length,
      phases: phases.length,
      partnerships: partnerships.length,
      showAndTells: showAndTells.length,
      outputs: outputs.length,
      updates: updates.length,
      updateLinks: updateLinks.length,
    };
  });
}

/**
 * A new database (in memory unless a file is named), migrated and filled with a generated
 * portfolio: what tests, the benchmark and the browser tests' large server all start from.
 */
export async function openGeneratedDatabase(
  size: PortfolioSize,
  options: { today: string; location?: string; log?: LogConfig },
): Promise<{ db: Db; counts: GeneratedPortfolio }> {
  const db = openDatabase(options.location ?? ':memory:', options.log === undefined ? {} : { log: options.log });
  await migrateToLatest(db);
  const counts = await generatePortfolio(db, size, { today: options.today });
  return { db, counts };
}
