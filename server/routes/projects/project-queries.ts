import { type Expression, type SqlBool, sql } from 'kysely';
import type { OrganisationSummary } from '../../../src/domain/organisation';
import { comparePartialDatesDescending } from '../../../src/domain/partial-date';
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
import type { Db } from '../../db/database';
import type { PhaseRow } from '../../db/schema';

type ProjectRow = {
  id: number;
  slug: string;
  name: string;
  summary: string | null;
  status: ProjectCard['status'];
  fundingStream: string | null;
};

type PartnershipWithProject = Partnership & { projectId: number; organisationId: number };

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Curly apostrophes in names match the straight one people type, and the other way round. */
export function normaliseForSearch(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
}

function containsText(column: Expression<unknown>, pattern: string): Expression<SqlBool> {
  return sql<SqlBool>`replace(replace(lower(${column}), '\u2018', ''''), '\u2019', '''') like ${pattern} escape '\\'`;
}

function toPhase({ projectId: _projectId, ...row }: PhaseRow): Phase {
  return row;
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

async function loadPartnerships(db: Db, projectIds: readonly number[]): Promise<PartnershipWithProject[]> {
  if (projectIds.length === 0) return [];
  const rows = await db
    .selectFrom('partnerships')
    .innerJoin('organisations', 'organisations.id', 'partnerships.organisationId')
    .select([
      'partnerships.id',
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
    ])
    .where('partnerships.projectId', 'in', projectIds)
    .orderBy('partnerships.id')
    .execute();
  return rows.map(({ slug, name, kind, ...partnership }) => ({ ...partnership, organisation: { slug, name, kind } }));
}

async function loadPhases(db: Db, projectIds: readonly number[]): Promise<PhaseRow[]> {
  if (projectIds.length === 0) return [];
  return db
    .selectFrom('phases')
    .selectAll()
    .where('projectId', 'in', projectIds)
    .orderBy('projectId')
    .orderBy('position')
    .execute();
}

async function loadShowAndTells(db: Db, projectIds: readonly number[]) {
  if (projectIds.length === 0) return [];
  return db.selectFrom('showAndTells').selectAll().where('projectId', 'in', projectIds).orderBy('id').execute();
}

function groupBy<T extends { projectId: number }>(rows: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.projectId);
    if (group === undefined) groups.set(row.projectId, [row]);
    else group.push(row);
  }
  return groups;
}

function latestShowAndTell(showAndTells: readonly ShowAndTell[]): ShowAndTell | null {
  return [...showAndTells].sort((a, b) => comparePartialDatesDescending(a.heldOn, b.heldOn) || b.id - a.id)[0] ?? null;
}

async function buildCards(db: Db, projects: readonly ProjectRow[], today: string): Promise<ProjectCard[]> {
  const ids = projects.map((project) => project.id);
  const [partnerships, phases, showAndTells, latestUpdates] = await Promise.all([
    loadPartnerships(db, ids),
    loadPhases(db, ids),
    loadShowAndTells(db, ids),
    ids.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom('updates')
          .select(['projectId', 'publishedOn', 'headline'])
          .where('projectId', 'in', ids)
          .where('status', '=', 'approved')
          .orderBy('publishedOn', 'desc')
          .orderBy('id', 'desc')
          .execute(),
  ]);
  const partnershipsByProject = groupBy(partnerships);
  const phasesByProject = groupBy(phases);
  const showAndTellsByProject = groupBy(showAndTells);
  // Newest first, so the first row seen for a project is its latest update.
  const latestUpdateByProject = new Map<number, { publishedOn: string; headline: string }>();
  for (const row of latestUpdates) {
    if (row.projectId !== null && !latestUpdateByProject.has(row.projectId)) latestUpdateByProject.set(row.projectId, row);
  }

  return projects.map((project) => {
    const projectPhases = (phasesByProject.get(project.id) ?? []).map(toPhase);
    const projectPartnerships = partnershipsByProject.get(project.id) ?? [];
    const latestUpdate = latestUpdateByProject.get(project.id);
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
      latestShowAndTell: latestShowAndTell(
        (showAndTellsByProject.get(project.id) ?? []).map(({ projectId: _projectId, ...row }) => row),
      ),
      latestUpdateOn,
      latestUpdateHeadline: latestUpdate?.headline ?? null,
    };
  });
}

const projectColumns = ['id', 'slug', 'name', 'summary', 'status', 'fundingStream'] as const;

/** The portfolio's cards, filtered. Phase is worked out from the phases, so it is filtered after loading. */
export async function listProjectCards(db: Db, filters: ProjectFilters, today: string): Promise<ProjectCard[]> {
  let query = db.selectFrom('projects').select(projectColumns).orderBy(sql`lower(name)`);
  if (filters.status !== undefined) query = query.where('status', '=', filters.status);
  if (filters.organisation !== undefined) {
    const slug = filters.organisation;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('partnerships')
          .innerJoin('organisations', 'organisations.id', 'partnerships.organisationId')
          .select('partnerships.id')
          .whereRef('partnerships.projectId', '=', 'projects.id')
          .where('organisations.slug', '=', slug),
      ),
    );
  }
  if (filters.q !== undefined && filters.q !== '') {
    const pattern = `%${escapeLike(normaliseForSearch(filters.q))}%`;
    query = query.where((eb) =>
      eb.or([
        containsText(eb.ref('projects.name'), pattern),
        containsText(eb.ref('projects.summary'), pattern),
        eb.exists(
          eb
            .selectFrom('partnerships')
            .innerJoin('organisations', 'organisations.id', 'partnerships.organisationId')
            .select('partnerships.id')
            .whereRef('partnerships.projectId', '=', 'projects.id')
            .where((inner) => containsText(inner.ref('organisations.name'), pattern)),
        ),
      ]),
    );
  }
  const cards = await buildCards(db, await query.execute(), today);
  return filters.phase === undefined ? cards : cards.filter((card) => card.currentPhase === filters.phase);
}

export async function projectCardsByIds(db: Db, ids: readonly number[], today: string): Promise<Map<number, ProjectCard>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('projects').select(projectColumns).where('id', 'in', ids).orderBy(sql`lower(name)`).execute();
  const cards = await buildCards(db, rows, today);
  return new Map(rows.map((row, index) => [row.id, cards[index] as ProjectCard]));
}

/** Every update of a project, newest first, whatever its status: the route decides who sees which. */
async function loadUpdates(db: Db, projectId: number): Promise<Update[]> {
  const rows = await db
    .selectFrom('updates')
    .leftJoin('projects', 'projects.id', 'updates.projectId')
    .select([
      'updates.id',
      'updates.headline',
      'updates.bodyMarkdown',
      'updates.status',
      'updates.publishedOn',
      'projects.slug as projectSlug',
    ])
    .where('updates.projectId', '=', projectId)
    .orderBy('updates.publishedOn', 'desc')
    .orderBy('updates.id', 'desc')
    .execute();
  const ids = rows.map((row) => row.id);
  const links =
    ids.length === 0
      ? []
      : await db
          .selectFrom('updateLinks')
          .select(['updateId', 'title', 'url'])
          .where('updateId', 'in', ids)
          .orderBy('position')
          .execute();
  return rows.map((row) => ({
    ...row,
    links: links.filter((link) => link.updateId === row.id).map(({ title, url }) => ({ title, url })),
  }));
}

export interface LoadedProject {
  /** Every update included; the route leaves out those the person may not see. */
  project: Omit<ProjectDetail, 'allowed'>;
  id: number;
  /** The organisations taking part now (leads and current partners), for permission checks. */
  organisationIds: number[];
}

/** One project with everything its page shows, and who takes part in it now. */
export async function loadProjectDetail(db: Db, slug: string, today: string): Promise<LoadedProject | null> {
  const project = await db.selectFrom('projects').selectAll().where('slug', '=', slug).executeTakeFirst();
  if (project === undefined) return null;
  const [partnerships, phaseRows, showAndTells, outputs, updates] = await Promise.all([
    loadPartnerships(db, [project.id]),
    loadPhases(db, [project.id]),
    loadShowAndTells(db, [project.id]),
    db.selectFrom('outputs').selectAll().where('projectId', '=', project.id).orderBy('id').execute(),
    loadUpdates(db, project.id),
  ]);
  const phases = phaseRows.map(toPhase);
  const latestUpdateOn = updates.find((update) => update.status === 'approved')?.publishedOn ?? null;
  const current = currentPhase(phases, informationDate(latestUpdateOn, today));
  const { id, ...fields } = project;
  return {
    id,
    organisationIds: [
      ...new Set(partnerships.filter((partnership) => takesPartNow(partnership, current?.id ?? null)).map((p) => p.organisationId)),
    ],
    project: {
      ...fields,
      leads: leadsOf(partnerships),
      latestUpdateOn,
      currentPhase: current?.kind ?? null,
      phases,
      partnerships: partnerships.map(({ projectId: _projectId, organisationId: _organisationId, ...partnership }) => partnership),
      showAndTells: showAndTells
        .map(({ projectId: _projectId, ...row }) => row)
        .sort((a, b) => comparePartialDatesDescending(a.heldOn, b.heldOn) || b.id - a.id),
      outputs: outputs
        .map(({ projectId: _projectId, occursOn, ...row }): Output => ({ ...row, date: occursOn }))
        .sort((a, b) => comparePartialDatesDescending(a.date, b.date) || a.id - b.id),
      updates,
    },
  };
}
