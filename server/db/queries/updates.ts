import { pageInfo, pageOffset } from '../../../src/domain/paging';
import type { OrganisationSummary } from '../../../src/domain/organisation';
import type { Link, UpdateStatus } from '../../../src/domain/project';
import type { UpdateInReview, UpdateQueue } from '../../../src/domain/update';
import type { Db } from '../database';
import { groupBy } from './rows';

/** An update as its writers and reviewers see it, and what a route needs to decide who may act on it. */
export interface LoadedUpdate {
  update: UpdateInReview;
  projectId: number | null;
  authorId: number | null;
}

function updateColumns(db: Db) {
  return db
    .selectFrom('updates')
    .leftJoin('projects', 'projects.id', 'updates.projectId')
    .leftJoin('users', 'users.id', 'updates.authorId')
    .select([
      'updates.id',
      'updates.version',
      'updates.projectId',
      'updates.authorId',
      'updates.headline',
      'updates.bodyMarkdown',
      'updates.status',
      'updates.publishedOn',
      'updates.reviewComment',
      'updates.submittedAt',
      'projects.slug as projectSlug',
      'projects.name as projectName',
      'users.displayName as authorName',
    ]);
}

type UpdateRow = Awaited<ReturnType<ReturnType<typeof updateColumns>['execute']>>[number];

/** Each project's lead organisations, in the order the project lists its partners. */
export async function loadLeads(db: Db, projectIds: readonly number[]): Promise<Map<number, OrganisationSummary[]>> {
  if (projectIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('partnerships')
    .innerJoin('organisations', 'organisations.id', 'partnerships.organisationId')
    .select(['partnerships.projectId', 'organisations.slug', 'organisations.name', 'organisations.kind'])
    .where('partnerships.projectId', 'in', projectIds)
    .where('partnerships.role', '=', 'lead')
    // By project first: ordered by id alone, SQLite reads every partnership in id order rather than sort a few hundred looked up by project.
    .orderBy('partnerships.projectId')
    .orderBy('partnerships.id')
    .execute();
  return new Map([...groupBy(rows, (row) => row.projectId)].map(([id, leads]) => [id, leads.map(({ slug, name, kind }) => ({ slug, name, kind }))]));
}

export async function loadLinks(db: Db, updateIds: readonly number[]): Promise<Map<number, Link[]>> {
  if (updateIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('updateLinks')
    .select(['updateId', 'title', 'url'])
    .where('updateId', 'in', updateIds)
    .orderBy('updateId')
    .orderBy('position')
    .execute();
  return new Map([...groupBy(rows, (row) => row.updateId)].map(([id, links]) => [id, links.map(({ title, url }) => ({ title, url }))]));
}

async function present(db: Db, rows: readonly UpdateRow[]): Promise<LoadedUpdate[]> {
  const [links, leads] = await Promise.all([
    loadLinks(
      db,
      rows.map((row) => row.id),
    ),
    loadLeads(db, [...new Set(rows.flatMap((row) => (row.projectId === null ? [] : [row.projectId])))]),
  ]);
  return rows.map(({ projectId, authorId, projectName, ...row }) => ({
    projectId,
    authorId,
    update: {
      ...row,
      links: links.get(row.id) ?? [],
      project:
        projectId === null || row.projectSlug === null || projectName === null
          ? null
          : { slug: row.projectSlug, name: projectName, leads: leads.get(projectId) ?? [] },
    },
  }));
}

export async function loadUpdate(db: Db, id: number): Promise<LoadedUpdate | undefined> {
  const row = await updateColumns(db).where('updates.id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : (await present(db, [row]))[0];
}

/** How many updates the review queue shows at a time. */
export const QUEUE_PAGE_SIZE = 20;

/** Updates of one status across the portfolio, the longest waiting first: the review queue when the status is "submitted". */
export async function listUpdatesByStatus(db: Db, status: UpdateStatus, paging: { page: number; pageSize: number }): Promise<UpdateQueue> {
  const [{ total }, rows] = await Promise.all([
    db
      .selectFrom('updates')
      .select((eb) => eb.fn.countAll<number | string>().as('total'))
      .where('status', '=', status)
      .executeTakeFirstOrThrow(),
    updateColumns(db)
      .where('updates.status', '=', status)
      .orderBy('updates.submittedAt')
      .orderBy('updates.id')
      .limit(paging.pageSize)
      .offset(pageOffset(paging))
      .execute(),
  ]);
  const loaded = await present(db, rows);
  return { ...pageInfo(Number(total), paging.page, paging.pageSize), updates: loaded.map(({ update }) => update) };
}

/** The updates of these projects not yet published, newest first, grouped by project. */
export async function unpublishedUpdatesOf(db: Db, projectIds: readonly number[]): Promise<Map<number, UpdateInReview[]>> {
  if (projectIds.length === 0) return new Map();
  const rows = await updateColumns(db)
    .where('updates.projectId', 'in', projectIds)
    .where('updates.status', '<>', 'approved')
    .orderBy('updates.projectId')
    .orderBy('updates.publishedOn', 'desc')
    .orderBy('updates.id', 'desc')
    .execute();
  const loaded = await present(db, rows);
  const grouped = new Map<number, UpdateInReview[]>();
  for (const { projectId, update } of loaded) if (projectId !== null) grouped.set(projectId, [...(grouped.get(projectId) ?? []), update]);
  return grouped;
}

export async function countUpdates(db: Db, filter: { status: UpdateStatus; projectIds?: readonly number[] }): Promise<number> {
  if (filter.projectIds?.length === 0) return 0;
  let query = db
    .selectFrom('updates')
    .select((eb) => eb.fn.countAll<number | string>().as('total'))
    .where('status', '=', filter.status);
  if (filter.projectIds !== undefined) query = query.where('projectId', 'in', filter.projectIds);
  const { total } = await query.executeTakeFirstOrThrow();
  return Number(total);
}

/** Puts an update's links in the order given, in place of the ones it had. */
export async function replaceLinks(trx: Db, updateId: number, links: readonly Link[]): Promise<void> {
  await trx.deleteFrom('updateLinks').where('updateId', '=', updateId).execute();
  if (links.length === 0) return;
  await trx
    .insertInto('updateLinks')
    .values(links.map((link, position) => ({ updateId, position, title: link.title, url: link.url })))
    .execute();
}

/**
 * The projects a person works on: those their organisations lead or partner in. Whether each
 * takes part now is the route's to check (it depends on the current phase), so this is wide.
 */
export async function projectsOfOrganisations(db: Db, organisationIds: readonly number[]): Promise<{ id: number; slug: string; name: string }[]> {
  if (organisationIds.length === 0) return [];
  return db
    .selectFrom('projects')
    .select(['projects.id', 'projects.slug', 'projects.name'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('partnerships')
          .select('partnerships.id')
          .whereRef('partnerships.projectId', '=', 'projects.id')
          .where('partnerships.organisationId', 'in', organisationIds),
      ),
    )
    .orderBy('projects.sortName')
    .orderBy('projects.id')
    .execute();
}
