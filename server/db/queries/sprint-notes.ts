import { projectHeading } from '../../../src/domain/sprint-notes-document';
import type { HeadingOverride, NoteUpdate, SprintNoteContent, SprintNoteSection, SprintNoteSummary } from '../../../src/domain/sprint-notes';
import { sprintNoteTitle } from '../../../src/domain/sprint-notes';
import type { Db } from '../database';
import type { SprintNotesTable } from '../schema';
import type { Selectable } from 'kysely';
import { groupBy } from './rows';
import { loadLeads, loadLinks } from './updates';

export type SprintNoteRow = Selectable<SprintNotesTable>;

/** One issue as stored: its row, its sections with their items, and its headings written for this issue. */
export interface LoadedSprintNote {
  row: SprintNoteRow;
  sections: SprintNoteSection[];
  headings: HeadingOverride[];
}

export function summaryOf(row: SprintNoteRow): SprintNoteSummary {
  return {
    number: row.number,
    title: sprintNoteTitle(row.number),
    version: row.version,
    status: row.status,
    coversFrom: row.coversFrom,
    coversTo: row.coversTo,
    publishedOn: row.publishedOn,
    publishedUrl: row.publishedUrl,
    updatedAt: row.updatedAt,
  };
}

export async function loadSprintNoteRow(db: Db, number: number): Promise<SprintNoteRow | undefined> {
  return db.selectFrom('sprintNotes').selectAll().where('number', '=', number).executeTakeFirst();
}

export async function loadSprintNote(db: Db, number: number): Promise<LoadedSprintNote | undefined> {
  const row = await loadSprintNoteRow(db, number);
  if (row === undefined) return undefined;
  const [sections, items, headings] = await Promise.all([
    db.selectFrom('sprintNoteSections').selectAll().where('sprintNoteId', '=', row.id).orderBy('position').execute(),
    db
      .selectFrom('sprintNoteItems')
      .select(['sectionId', 'updateId', 'headline', 'bodyMarkdown'])
      .where('sprintNoteId', '=', row.id)
      .orderBy('sectionId')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('sprintNoteHeadings')
      .innerJoin('projects', 'projects.id', 'sprintNoteHeadings.projectId')
      .select(['projects.slug as projectSlug', 'sprintNoteHeadings.heading'])
      .where('sprintNoteHeadings.sprintNoteId', '=', row.id)
      .orderBy('sprintNoteHeadings.id')
      .execute(),
  ]);
  const itemsBySection = groupBy(items, (item) => item.sectionId);
  return {
    row,
    sections: sections.map((section) => ({
      kind: section.kind,
      name: section.name,
      intro: section.introMarkdown,
      items: (itemsBySection.get(section.id) ?? []).map(({ updateId, headline, bodyMarkdown }) => ({ updateId, headline, bodyMarkdown })),
    })),
    headings,
  };
}

/** Issues newest first; drafts only for those who compose. */
export async function listSprintNotes(db: Db, withDrafts: boolean): Promise<SprintNoteRow[]> {
  let query = db.selectFrom('sprintNotes').selectAll().orderBy('number', 'desc');
  if (!withDrafts) query = query.where('status', '=', 'published');
  return query.execute();
}

function noteUpdateColumns(db: Db) {
  return db
    .selectFrom('updates')
    .leftJoin('projects', 'projects.id', 'updates.projectId')
    .select([
      'updates.id',
      'updates.projectId',
      'updates.headline',
      'updates.bodyMarkdown',
      'updates.publishedOn',
      'updates.status',
      'updates.sprintNoteId',
      'projects.slug as projectSlug',
      'projects.name as projectName',
    ]);
}

type NoteUpdateRow = Awaited<ReturnType<ReturnType<typeof noteUpdateColumns>['execute']>>[number];

async function presentNoteUpdates(db: Db, rows: readonly NoteUpdateRow[]): Promise<NoteUpdate[]> {
  const projectIds = [...new Set(rows.flatMap((row) => (row.projectId === null ? [] : [row.projectId])))];
  const [links, leads] = await Promise.all([loadLinks(db, rows.map((row) => row.id)), loadLeads(db, projectIds)]);
  return rows.map((row) => ({
    id: row.id,
    headline: row.headline,
    bodyMarkdown: row.bodyMarkdown,
    links: links.get(row.id) ?? [],
    publishedOn: row.publishedOn,
    project:
      row.projectId === null || row.projectSlug === null || row.projectName === null
        ? null
        : { slug: row.projectSlug, name: row.projectName, heading: projectHeading(row.projectName, leads.get(row.projectId) ?? []) },
  }));
}

/** The updates an issue's items name, as the renderer needs them. */
export async function loadNoteUpdates(db: Db, ids: readonly number[]): Promise<NoteUpdate[]> {
  if (ids.length === 0) return [];
  const rows = await noteUpdateColumns(db).where('updates.id', 'in', ids).execute();
  return presentNoteUpdates(db, rows);
}

/** What an issue may use: approved updates dated in its period that no other published issue used, by project, then date. */
export async function listCandidates(db: Db, period: { from: string; to: string; sprintNoteId: number }): Promise<NoteUpdate[]> {
  const rows = await noteUpdateColumns(db)
    .where('updates.status', '=', 'approved')
    .where('updates.publishedOn', '>=', period.from)
    .where('updates.publishedOn', '<=', period.to)
    .where((eb) => eb.or([eb('updates.sprintNoteId', 'is', null), eb('updates.sprintNoteId', '=', period.sprintNoteId)]))
    .orderBy('projects.sortName')
    .orderBy('updates.publishedOn')
    .orderBy('updates.id')
    .execute();
  return presentNoteUpdates(db, rows);
}

/** The facts about updates that decide whether an issue may use them. */
export async function loadItemFacts(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return noteUpdateColumns(db).where('updates.id', 'in', ids).execute();
}

/** Replaces an issue's sections, items and headings with what the composer sent. */
export async function writeContent(trx: Db, sprintNoteId: number, content: Pick<SprintNoteContent, 'sections' | 'headings'>, projectIds: ReadonlyMap<string, number>) {
  // Items go with their sections (ON DELETE CASCADE).
  await trx.deleteFrom('sprintNoteSections').where('sprintNoteId', '=', sprintNoteId).execute();
  await trx.deleteFrom('sprintNoteHeadings').where('sprintNoteId', '=', sprintNoteId).execute();
  for (const [index, section] of content.sections.entries()) {
    const { id: sectionId } = await trx
      .insertInto('sprintNoteSections')
      .values({ sprintNoteId, position: index + 1, kind: section.kind, name: section.name, introMarkdown: section.intro })
      .returning('id')
      .executeTakeFirstOrThrow();
    // In slices: each row binds seven values, and both databases cap the values one statement binds.
    for (let start = 0; start < section.items.length; start += 500) {
      const slice = section.items.slice(start, start + 500);
      await trx
        .insertInto('sprintNoteItems')
        .values(
          slice.map((item, offset) => ({
            sprintNoteId,
            sectionId,
            position: start + offset + 1,
            updateId: item.updateId,
            headline: item.headline,
            bodyMarkdown: item.bodyMarkdown,
          })),
        )
        .execute();
    }
  }
  const headings = content.headings.flatMap(({ projectSlug, heading }) => {
    const projectId = projectIds.get(projectSlug);
    return projectId === undefined ? [] : [{ sprintNoteId, projectId, heading }];
  });
  for (let start = 0; start < headings.length; start += 500) {
    await trx.insertInto('sprintNoteHeadings').values(headings.slice(start, start + 500)).execute();
  }
}

/** Project ids by slug, for the slugs an issue's headings name. */
export async function projectIdsBySlug(db: Db, slugs: readonly string[]): Promise<Map<string, number>> {
  if (slugs.length === 0) return new Map();
  const rows = await db.selectFrom('projects').select(['id', 'slug']).where('slug', 'in', slugs).execute();
  return new Map(rows.map((row) => [row.slug, row.id]));
}

/**
 * Publishing keeps the issue as it was published: each item's words and each project's heading
 * are written into the issue, so a later change to an update or a project's leads leaves it as
 * readers saw it. Its updates are marked as used by it; the answer lists those another issue
 * took first, in which case the caller rolls back.
 */
export async function freezeAndClaim(trx: Db, sprintNoteId: number): Promise<number[]> {
  const items = await trx
    .selectFrom('sprintNoteItems')
    .innerJoin('updates', 'updates.id', 'sprintNoteItems.updateId')
    .select(['sprintNoteItems.id', 'sprintNoteItems.updateId', 'sprintNoteItems.headline', 'sprintNoteItems.bodyMarkdown', 'updates.headline as ownHeadline', 'updates.bodyMarkdown as ownBody'])
    .where('sprintNoteItems.sprintNoteId', '=', sprintNoteId)
    .execute();
  for (const item of items) {
    if (item.headline !== null && item.bodyMarkdown !== null) continue;
    await trx
      .updateTable('sprintNoteItems')
      .set({ headline: item.headline ?? item.ownHeadline, bodyMarkdown: item.bodyMarkdown ?? item.ownBody })
      .where('id', '=', item.id)
      .execute();
  }

  const projects = await trx
    .selectFrom('sprintNoteItems')
    .innerJoin('updates', 'updates.id', 'sprintNoteItems.updateId')
    .innerJoin('projects', 'projects.id', 'updates.projectId')
    .select(['projects.id', 'projects.name'])
    .distinct()
    .where('sprintNoteItems.sprintNoteId', '=', sprintNoteId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('sprintNoteHeadings')
            .select('sprintNoteHeadings.id')
            .whereRef('sprintNoteHeadings.projectId', '=', 'projects.id')
            .where('sprintNoteHeadings.sprintNoteId', '=', sprintNoteId),
        ),
      ),
    )
    .execute();
  const leads = await loadLeads(trx, projects.map((project) => project.id));
  for (let start = 0; start < projects.length; start += 500) {
    await trx
      .insertInto('sprintNoteHeadings')
      .values(
        projects
          .slice(start, start + 500)
          .map((project) => ({ sprintNoteId, projectId: project.id, heading: projectHeading(project.name, leads.get(project.id) ?? []) })),
      )
      .execute();
  }

  const ids = items.map((item) => item.updateId);
  let claimed = 0;
  for (let start = 0; start < ids.length; start += 500) {
    const result = await trx
      .updateTable('updates')
      .set({ sprintNoteId })
      .where('id', 'in', ids.slice(start, start + 500))
      .where('sprintNoteId', 'is', null)
      .executeTakeFirst();
    claimed += Number(result.numUpdatedRows);
  }
  if (claimed === ids.length) return [];
  const taken = await trx.selectFrom('updates').select('id').where('id', 'in', ids).where('sprintNoteId', '<>', sprintNoteId).execute();
  return taken.map((row) => row.id);
}

export interface MissingProjectRow {
  id: number;
  slug: string;
  name: string;
}

/** Active projects with no update the issue may use: nothing approved in its period that another issue has not taken. */
export async function projectsWithoutCandidates(db: Db, period: { from: string; to: string; sprintNoteId: number }): Promise<MissingProjectRow[]> {
  return db
    .selectFrom('projects')
    .select(['projects.id', 'projects.slug', 'projects.name'])
    .where('projects.status', '=', 'active')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('updates')
            .select('updates.id')
            .whereRef('updates.projectId', '=', 'projects.id')
            .where('updates.status', '=', 'approved')
            .where('updates.publishedOn', '>=', period.from)
            .where('updates.publishedOn', '<=', period.to)
            .where((inner) => inner.or([inner('updates.sprintNoteId', 'is', null), inner('updates.sprintNoteId', '=', period.sprintNoteId)])),
        ),
      ),
    )
    .orderBy('projects.sortName')
    .execute();
}

/** Updates of these projects dated in the period and not yet approved: what a chase can hurry along. */
export async function unapprovedInPeriod(db: Db, projectIds: readonly number[], period: { from: string; to: string }) {
  if (projectIds.length === 0) return new Map<number, { id: number; headline: string; status: string }[]>();
  const rows = await db
    .selectFrom('updates')
    .select(['id', 'projectId', 'headline', 'status'])
    .where('projectId', 'in', projectIds)
    .where('status', '<>', 'approved')
    .where('publishedOn', '>=', period.from)
    .where('publishedOn', '<=', period.to)
    .orderBy('projectId')
    .orderBy('id')
    .execute();
  const grouped = new Map<number, { id: number; headline: string; status: string }[]>();
  for (const { projectId, ...row } of rows) if (projectId !== null) grouped.set(projectId, [...(grouped.get(projectId) ?? []), row]);
  return grouped;
}

/** Whom to ask for an update: council staff of each project's current leads and partners, with active accounts. */
export async function contactsOf(db: Db, projectIds: readonly number[]) {
  if (projectIds.length === 0) return new Map<number, { name: string; email: string; organisation: string }[]>();
  const rows = await db
    .selectFrom('partnerships')
    .innerJoin('userOrganisations', 'userOrganisations.organisationId', 'partnerships.organisationId')
    .innerJoin('users', 'users.id', 'userOrganisations.userId')
    .innerJoin('organisations', 'organisations.id', 'partnerships.organisationId')
    .select(['partnerships.projectId', 'users.displayName as name', 'users.email', 'organisations.name as organisation'])
    .distinct()
    .where('partnerships.projectId', 'in', projectIds)
    .where('partnerships.leftOn', 'is', null)
    .where('users.disabledAt', 'is', null)
    .where('users.role', '=', 'council')
    .orderBy('partnerships.projectId')
    .orderBy('users.displayName')
    .execute();
  const grouped = new Map<number, { name: string; email: string; organisation: string }[]>();
  for (const { projectId, ...contact } of rows) {
    const known = grouped.get(projectId) ?? [];
    if (!known.some((other) => other.email === contact.email)) grouped.set(projectId, [...known, contact]);
  }
  return grouped;
}
