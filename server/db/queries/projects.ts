import { type ExpressionBuilder, type OrderByItemBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { ConfidenceRating } from '../../../src/domain/delivery';
import { flagsOf } from '../../../src/domain/delivery-flags';
import { firstOrder, type PortfolioSort } from '../../../src/domain/portfolio-table';
import type { OrganisationSummary } from '../../../src/domain/organisation';
import { comparePartialDatesDescending } from '../../../src/domain/partial-date';
import { type PageInfo, pageInfo, pageOffset } from '../../../src/domain/paging';
import { takesPartNow } from '../../../src/domain/partnership-rules';
import { currentPhase, informationDate } from '../../../src/domain/phase-rules';
import type {
  Output,
  Partnership,
  Phase,
  ProjectCard,
  ProjectDetail,
  ProjectFilters,
  ShowAndTell,
  Update,
} from '../../../src/domain/project';
import { searchWords } from '../../../src/domain/search-text';
import type { Db } from '../database';
import type { Database } from '../schema';
import { refreshDueProjects } from './project-derived';
import { groupBy, loadPhases } from './rows';

type ProjectRow = {
  id: number;
  slug: string;
  name: string;
  summary: string | null;
  status: ProjectCard['status'];
  fundingStream: string | null;
  createdOn: string | null;
  plannedEndOn: string | null;
  fundingPounds: number | null;
  confidence: ConfidenceRating | null;
  confidenceOn: string | null;
};

type PartnershipWithProject = Partnership & { projectId: number; organisationId: number };

const projectColumns = [
  'projects.id',
  'projects.slug',
  'projects.name',
  'projects.summary',
  'projects.status',
  'projects.fundingStream',
  'projects.createdOn',
  'projects.plannedEndOn',
  'projects.fundingPounds',
  'projects.confidence',
  'projects.confidenceOn',
] as const;

export interface CardOptions {
  /** What a card says of delivery confidence: nothing at all to those who may not see it. */
  withConfidence: boolean;
  /** The organisations of the person asking: their projects are marked, and come first in the default order. */
  organisationIds?: readonly number[];
}

/** Partners taking part now, leads aside. */
function currentPartners(partnerships: readonly Partnership[], current: Phase | null): OrganisationSummary[] {
  const partners = new Map<string, OrganisationSummary>();
  for (const partnership of partnerships) {
    if (partnership.role !== 'lead' && takesPartNow(partnership, current?.id ?? null)) {
      partners.set(partnership.organisation.slug, partnership.organisation);
    }
  }
  return [...partners.values()];
}

function leadsOf(partnerships: readonly Partnership[]): OrganisationSummary[] {
  return partnerships.filter((partnership) => partnership.role === 'lead').map((partnership) => partnership.organisation);
}

/** Partnerships with their organisations, as every reader of them selects them; each caller says which. */
export function selectPartnerships(db: Db) {
  return db
    .selectFrom('partnerships')
    .innerJoin('organisations', 'organisations.id', 'partnerships.organisationId')
    .select([
      'partnerships.id',
      'partnerships.version',
      'partnerships.projectId',
      'partnerships.organisationId',
      'partnerships.role',
      'partnerships.phaseId',
      'partnerships.joinedOn',
      'partnerships.leftOn',
      'partnerships.note',
      'organisations.slug',
      'organisations.name',
      'organisations.kind',
    ]);
}

/** A row of selectPartnerships as the domain has it: the organisation as one summary. */
export function partnershipOfRow({ slug, name, kind, ...partnership }: Awaited<ReturnType<ReturnType<typeof selectPartnerships>['executeTakeFirstOrThrow']>>) {
  return { ...partnership, organisation: { slug, name, kind } };
}

async function loadPartnerships(db: Db, projectIds: readonly number[]): Promise<PartnershipWithProject[]> {
  if (projectIds.length === 0) return [];
  const rows = await selectPartnerships(db).where('partnerships.projectId', 'in', projectIds).orderBy('partnerships.id').execute();
  return rows.map(partnershipOfRow);
}

/**
 * The newest show and tell of each project (undated ones last, as comparePartialDatesDescending
 * orders them). Each project's is one step down the index on (project_id, held_on): a LIMIT 1
 * per project reads one row where ranking every show and tell would read them all.
 */
async function loadLatestShowAndTells(db: Db, projectIds: readonly number[]): Promise<Map<number, ShowAndTell>> {
  if (projectIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('showAndTells')
    .selectAll()
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('projects')
        .select((outer) =>
          outer
            .selectFrom('showAndTells as latest')
            .select('latest.id')
            .whereRef('latest.projectId', '=', 'projects.id')
            .orderBy('latest.heldOn', (order) => order.desc().nullsLast())
            .orderBy('latest.id', 'desc')
            .limit(1)
            .as('latestId'),
        )
        .where('projects.id', 'in', projectIds),
    )
    .execute();
  return new Map(rows.map(({ projectId, ...showAndTell }) => [projectId, showAndTell]));
}

/** The newest approved update of each project, found as the show and tells are. */
async function loadLatestUpdates(db: Db, projectIds: readonly number[]): Promise<Map<number, { publishedOn: string; headline: string }>> {
  if (projectIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('updates')
    .select(['projectId', 'publishedOn', 'headline'])
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('projects')
        .select((outer) =>
          outer
            .selectFrom('updates as latest')
            .select('latest.id')
            .whereRef('latest.projectId', '=', 'projects.id')
            .where('latest.status', '=', 'approved')
            .orderBy('latest.publishedOn', 'desc')
            .orderBy('latest.id', 'desc')
            .limit(1)
            .as('latestId'),
        )
        .where('projects.id', 'in', projectIds),
    )
    .execute();
  const latest = new Map<number, { publishedOn: string; headline: string }>();
  for (const { projectId, publishedOn, headline } of rows) {
    if (projectId !== null) latest.set(projectId, { publishedOn, headline });
  }
  return latest;
}

async function buildCards(db: Db, projects: readonly ProjectRow[], today: string, options: CardOptions): Promise<ProjectCard[]> {
  const ids = projects.map((project) => project.id);
  const [partnerships, phasesByProject, latestShowAndTells, latestUpdates] = await Promise.all([
    loadPartnerships(db, ids),
    loadPhases(db, ids),
    loadLatestShowAndTells(db, ids),
    loadLatestUpdates(db, ids),
  ]);
  const partnershipsByProject = groupBy(partnerships, (partnership) => partnership.projectId);

  return projects.map((project) => {
    const projectPhases = phasesByProject.get(project.id) ?? [];
    const projectPartnerships = partnershipsByProject.get(project.id) ?? [];
    const latestUpdate = latestUpdates.get(project.id);
    const latestUpdateOn = latestUpdate?.publishedOn ?? null;
    const current = currentPhase(projectPhases, informationDate(latestUpdateOn, today));
    return {
      slug: project.slug,
      name: project.name,
      summary: project.summary,
      status: project.status,
      fundingStream: project.fundingStream,
      leads: leadsOf(projectPartnerships),
      partners: currentPartners(projectPartnerships, current),
      currentPhase: current?.kind ?? null,
      phases: projectPhases,
      latestShowAndTell: latestShowAndTells.get(project.id) ?? null,
      latestUpdateOn,
      latestUpdateHeadline: latestUpdate?.headline ?? null,
      plannedEndOn: project.plannedEndOn,
      fundingPounds: project.fundingPounds,
      flags: flagsOf({ status: project.status, phases: projectPhases, current, latestUpdateOn, createdOn: project.createdOn }, today),
      ...(options.organisationIds === undefined || options.organisationIds.length === 0
        ? {}
        : { yours: projectPartnerships.some((partnership) => options.organisationIds?.includes(partnership.organisationId) === true) }),
      ...(options.withConfidence
        ? { confidence: project.confidence === null || project.confidenceOn === null ? null : { rating: project.confidence, ratedOn: project.confidenceOn } }
        : {}),
    };
  });
}

type ProjectsQuery = SelectQueryBuilder<Database, 'projects', object>;

/** The portfolio's filters with the organisation already found (the route says when it is not): its id, not its slug. */
export type ResolvedFilters = Omit<ProjectFilters, 'organisation'> & { organisationId?: number };

/**
 * Every filter as SQL on the stored fields, so counting and paging never build a card they would
 * throw away. The phase is the stored current phase (kept by project-derived.ts); an organisation
 * matches whether it leads or partners, now or before; each word of a search must appear.
 */
export function applyFilters(query: ProjectsQuery, filters: ResolvedFilters, today: string): ProjectsQuery {
  let filtered = query;
  if (filters.status !== undefined) filtered = filtered.where('projects.status', '=', filters.status);
  if (filters.phase === 'unknown') filtered = filtered.where('projects.currentPhaseKind', 'is', null);
  else if (filters.phase !== undefined) filtered = filtered.where('projects.currentPhaseKind', '=', filters.phase);
  // The flags' days are stored (see delivery-flags.ts); only active projects carry flags.
  if (filters.flag !== undefined) filtered = filtered.where('projects.status', '=', 'active');
  if (filters.flag === 'quiet') filtered = filtered.where('projects.quietFrom', '<=', today);
  if (filters.flag === 'overrun') filtered = filtered.where('projects.overrunFrom', '<=', today);
  if (filters.flag === 'phase_unknown') filtered = filtered.where('projects.currentPhaseKind', 'is', null);
  if (filters.confidence === 'none') filtered = filtered.where('projects.confidence', 'is', null);
  else if (filters.confidence !== undefined) filtered = filtered.where('projects.confidence', '=', filters.confidence);
  if (filters.organisationId !== undefined) {
    const organisationId = filters.organisationId;
    filtered = filtered.where('projects.id', 'in', (eb: ExpressionBuilder<Database, 'projects'>) =>
      eb.selectFrom('partnerships').select('partnerships.projectId').where('partnerships.organisationId', '=', organisationId),
    );
  }
  // Each a step down a project's own phases (phases_project_position_unique), never a read of every phase.
  const funded = filters.funded;
  if (funded !== undefined) {
    filtered = filtered.where((eb) => {
      const withAmount = eb
        .selectFrom('phases')
        .select('phases.id')
        .whereRef('phases.projectId', '=', 'projects.id')
        .where('phases.fundingAmountPounds', 'is not', null);
      return eb.exists(funded === 'any' ? withAmount : withAmount.where('phases.kind', '=', funded));
    });
  }
  const stream = filters.stream;
  if (stream !== undefined) {
    // A phase's own stream, or else its project's; a project with no phases by its own: as the overview counts them (see overview.ts).
    filtered = filtered.where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('phases')
            .select('phases.id')
            .whereRef('phases.projectId', '=', 'projects.id')
            .where((inner) =>
              inner.or([
                inner('phases.fundingStream', '=', stream),
                inner.and([inner('phases.fundingStream', 'is', null), inner('projects.fundingStream', '=', stream)]),
              ]),
            ),
        ),
        eb.and([
          eb('projects.fundingStream', '=', stream),
          eb.not(eb.exists(eb.selectFrom('phases').select('phases.id').whereRef('phases.projectId', '=', 'projects.id'))),
        ]),
      ]),
    );
  }
  const text = filters.q?.trim() ?? '';
  if (text !== '') {
    const words = searchWords(text);
    // Text with no letters or digits ("%") names nothing a project could contain.
    if (words.length === 0) return filtered.where(sql<boolean>`1 = 0`);
    // Words hold only letters and digits (searchWords strips the rest), so none needs escaping for LIKE.
    for (const word of words) filtered = filtered.where('projects.searchText', 'like', `%${word}%`);
  }
  return filtered;
}

export interface ProjectCardPage extends PageInfo {
  projects: ProjectCard[];
}

/** One page of the portfolio's cards, filtered, in name order (id breaks ties, so paging is stable). */
export async function listProjectCards(
  db: Db,
  filters: ResolvedFilters,
  paging: { page: number; pageSize: number },
  today: string,
  options: CardOptions,
): Promise<ProjectCardPage> {
  await refreshDueProjects(db, today);
  const base = applyFilters(db.selectFrom('projects'), filters, today);
  // The page is chosen by ids alone, then its cards are read: a column with no index of its own is
  // sorted over narrow rows rather than every project's whole row (decision 0015).
  const [{ total }, page] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow(),
    sorted(base.select('projects.id'), filters, options.organisationIds).limit(paging.pageSize).offset(pageOffset(paging)).execute(),
  ]);
  const cards = await projectCardsByIds(
    db,
    page.map((row) => row.id),
    today,
    options,
  );
  return {
    ...pageInfo(Number(total), paging.page, paging.pageSize),
    projects: page.flatMap((row) => {
      const card = cards.get(row.id);
      return card === undefined ? [] : [card];
    }),
  };
}

/** Every project the filters match, in the order asked for, a batch at a time: for exports, which hold them all. */
export async function* allProjectCards(db: Db, filters: ResolvedFilters, today: string, options: CardOptions): AsyncGenerator<ProjectCard[]> {
  await refreshDueProjects(db, today);
  const base = applyFilters(db.selectFrom('projects'), filters, today);
  const ids = await sorted(base.select('projects.id'), filters, options.organisationIds).execute();
  for (let start = 0; start < ids.length; start += CARD_BATCH) {
    const batch = ids.slice(start, start + CARD_BATCH).map((row) => row.id);
    const byId = await projectCardsByIds(db, batch, today, options);
    yield batch.flatMap((id) => {
      const card = byId.get(id);
      return card === undefined ? [] : [card];
    });
  }
}

/** Cards built per round of queries when every project is wanted: keeps each `IN (...)` list well inside every database's limit. */
const CARD_BATCH = 500;

/** The status column sorts in the order a project goes through, not alphabetically. */
const STATUS_ORDER = sql<number>`case projects.status when 'active' then 1 when 'paused' then 2 when 'completed' then 3 else 4 end`;

/**
 * The order the table asks for, on stored fields; ties, and the default, in name order with the
 * id last, so paging is stable. Unknown values go last whichever way a column is sorted. In the
 * default order, the projects of the person's own organisations come first ("Your projects").
 */
function sorted<O>(query: SelectQueryBuilder<Database, 'projects', O>, filters: Pick<ResolvedFilters, 'sort' | 'order'>, organisationIds: readonly number[] = []) {
  const sort = filters.sort ?? 'name';
  const descending = (filters.order ?? firstOrder[sort]) === 'descending';
  const direction = (order: OrderByItemBuilder) => (descending ? order.desc().nullsLast() : order.asc().nullsLast());
  const column = {
    name: null,
    leads: 'projects.leadSort',
    phase: 'projects.phaseRank',
    status: null,
    plannedEnd: 'projects.plannedEndOn',
    funding: 'projects.fundingPounds',
    latestUpdate: 'projects.latestUpdateOn',
    confidence: 'projects.confidenceRank',
  } as const satisfies Record<PortfolioSort, string | null>;
  let ordered = query;
  if (filters.sort === undefined && organisationIds.length > 0) {
    ordered = ordered.orderBy((eb) =>
      eb
        .case()
        .when('projects.id', 'in', eb.selectFrom('partnerships').select('partnerships.projectId').where('partnerships.organisationId', 'in', organisationIds))
        .then(0)
        .else(1)
        .end(),
    );
  }
  if (sort === 'status') ordered = ordered.orderBy(STATUS_ORDER, direction);
  const chosen = column[sort];
  if (chosen !== null) ordered = ordered.orderBy(chosen, direction);
  const nameDirection = sort === 'name' && descending ? 'desc' : 'asc';
  return ordered.orderBy('projects.sortName', nameDirection).orderBy('projects.id', nameDirection);
}

/** Cards for the given projects, keyed by id, in name order. */
export async function projectCardsByIds(db: Db, ids: readonly number[], today: string, options: CardOptions): Promise<Map<number, ProjectCard>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('projects')
    .select(projectColumns)
    .where('id', 'in', ids)
    .orderBy('sortName')
    .orderBy('id')
    .execute();
  const cards = await buildCards(db, rows, today, options);
  return new Map(rows.map((row, index) => [row.id, cards[index] as ProjectCard]));
}

/** How many updates a project page shows at first, and on each further page. */
export const UPDATES_PAGE_SIZE = 20;

export interface UpdatePage extends PageInfo {
  updates: Update[];
}

/**
 * A page of a project's updates, newest first: approved ones only, or every status for those
 * who may see drafts (the route decides). Links come with them, grouped in one pass.
 */
export async function loadUpdatePage(
  db: Db,
  projectId: number,
  options: { includeUnpublished: boolean; page: number; pageSize: number },
): Promise<UpdatePage> {
  let base = db.selectFrom('updates').where('updates.projectId', '=', projectId);
  if (!options.includeUnpublished) base = base.where('updates.status', '=', 'approved');
  const [{ total }, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow(),
    base
      .innerJoin('projects', 'projects.id', 'updates.projectId')
      .select([
        'updates.id',
        'updates.version',
        'updates.headline',
        'updates.bodyMarkdown',
        'updates.status',
        'updates.publishedOn',
        'updates.reviewComment',
        'projects.slug as projectSlug',
      ])
      .orderBy('updates.publishedOn', 'desc')
      .orderBy('updates.id', 'desc')
      .limit(options.pageSize)
      .offset(pageOffset(options))
      .execute(),
  ]);
  const ids = rows.map((row) => row.id);
  const links =
    ids.length === 0
      ? []
      : await db
          .selectFrom('updateLinks')
          .select(['updateId', 'title', 'url'])
          .where('updateId', 'in', ids)
          .orderBy('updateId')
          .orderBy('position')
          .execute();
  const linksByUpdate = groupBy(links, (link) => link.updateId);
  return {
    ...pageInfo(Number(total), options.page, options.pageSize),
    updates: rows.map((row) => ({ ...row, links: (linksByUpdate.get(row.id) ?? []).map(({ title, url }) => ({ title, url })) })),
  };
}

/** Who may act on a project: its id and the organisations taking part in it now (leads and current partners). */
export interface ProjectScope {
  id: number;
  organisationIds: number[];
}

export interface LoadedProject extends ProjectScope {
  /** The project without its updates, which depend on who is asking. */
  project: Omit<ProjectDetail, 'allowed' | 'updates' | 'updateCount'>;
}

function findProject(db: Db, slug: string) {
  return db
    .selectFrom('projects')
    .select(['id', 'slug', 'name', 'summary', 'status', 'fundingStream', 'websiteUrl', 'repositoryUrl', 'blogUrl', 'version', 'createdOn'])
    .where('slug', '=', slug)
    .executeTakeFirst();
}

/** A project's partnerships and phases, its current phase as of its latest approved update, and who takes part now. */
async function loadTakingPart(db: Db, projectId: number, today: string) {
  const [partnerships, phasesByProject, latest] = await Promise.all([
    loadPartnerships(db, [projectId]),
    loadPhases(db, [projectId]),
    db
      .selectFrom('updates')
      .select((eb) => eb.fn.max('publishedOn').as('latestUpdateOn'))
      .where('projectId', '=', projectId)
      .where('status', '=', 'approved')
      .executeTakeFirst(),
  ]);
  const phases = phasesByProject.get(projectId) ?? [];
  const latestUpdateOn = latest?.latestUpdateOn ?? null;
  const current = currentPhase(phases, informationDate(latestUpdateOn, today));
  const organisationIds = [
    ...new Set(partnerships.filter((partnership) => takesPartNow(partnership, current?.id ?? null)).map((p) => p.organisationId)),
  ];
  return { partnerships, phases, latestUpdateOn, current, organisationIds };
}

/** Just enough of a project to decide what a person may do with it, for routes that show none of the rest. */
export async function loadProjectScope(db: Db, slug: string, today: string): Promise<ProjectScope | null> {
  const project = await findProject(db, slug);
  if (project === undefined) return null;
  const { organisationIds } = await loadTakingPart(db, project.id, today);
  return { id: project.id, organisationIds };
}

/** Who takes part in a project now, by its id: for routes that reach a project through one of its records. */
export async function loadProjectScopeById(db: Db, projectId: number, today: string): Promise<ProjectScope> {
  const { organisationIds } = await loadTakingPart(db, projectId, today);
  return { id: projectId, organisationIds };
}

/** One project with everything its page shows but its updates, and who takes part in it now. */
export async function loadProjectDetail(db: Db, slug: string, today: string): Promise<LoadedProject | null> {
  const project = await findProject(db, slug);
  if (project === undefined) return null;
  const [{ partnerships, phases, latestUpdateOn, current, organisationIds }, showAndTells, outputs] = await Promise.all([
    loadTakingPart(db, project.id, today),
    db.selectFrom('showAndTells').selectAll().where('projectId', '=', project.id).execute(),
    db.selectFrom('outputs').selectAll().where('projectId', '=', project.id).execute(),
  ]);
  const { id, createdOn, ...fields } = project;
  return {
    id,
    organisationIds,
    project: {
      ...fields,
      leads: leadsOf(partnerships),
      latestUpdateOn,
      currentPhase: current?.kind ?? null,
      flags: flagsOf({ status: project.status, phases, current, latestUpdateOn, createdOn }, today),
      phases,
      partnerships: partnerships.map(({ projectId: _projectId, organisationId: _organisationId, ...partnership }) => partnership),
      showAndTells: showAndTells
        .map(({ projectId: _projectId, ...row }) => row)
        .sort((a, b) => comparePartialDatesDescending(a.heldOn, b.heldOn) || b.id - a.id),
      outputs: outputs
        .map(({ projectId: _projectId, occursOn, ...row }): Output => ({ ...row, date: occursOn }))
        .sort((a, b) => comparePartialDatesDescending(a.date, b.date) || a.id - b.id),
    },
  };
}
