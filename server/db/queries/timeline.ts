import { pageInfo, pageOffset } from '../../../src/domain/paging';
import { type TimelinePage, type TimelineProject, timelineEventKinds } from '../../../src/domain/timeline';
import type { Db } from '../database';
import { refreshDueProjects } from './project-derived';
import { applyFilters, partnershipOfRow, type ResolvedFilters, selectPartnerships } from './projects';
import { groupBy, loadPhases } from './rows';

/**
 * One page of the portfolio's projects as the timeline draws them, filtered and in name order as
 * the cards are: each project's leads, phases, dated show and tells, dated talks and events, and
 * the day of its latest approved update. A handful of queries for the whole page, however many
 * projects it holds, each one step down an index per project.
 */
export async function listTimeline(
  db: Db,
  filters: ResolvedFilters,
  paging: { page: number; pageSize: number },
  today: string,
): Promise<TimelinePage> {
  // The phase filter reads the stored current phase, which the calendar may have moved on.
  await refreshDueProjects(db, today);
  const base = applyFilters(db.selectFrom('projects'), filters, today);
  const [{ total }, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow(),
    base
      .select((eb) => [
        'projects.id',
        'projects.slug',
        'projects.name',
        'projects.status',
        // The newest day among the project's approved updates: the end of its index range.
        eb
          .selectFrom('updates')
          .select((updates) => updates.fn.max<string | null>('updates.publishedOn').as('latest'))
          .whereRef('updates.projectId', '=', 'projects.id')
          .where('updates.status', '=', 'approved')
          .as('latestUpdateOn'),
      ])
      .orderBy('projects.sortName')
      .orderBy('projects.id')
      .limit(paging.pageSize)
      .offset(pageOffset(paging))
      .execute(),
  ]);
  return { ...pageInfo(Number(total), paging.page, paging.pageSize), projects: await timelineProjects(db, rows) };
}

async function timelineProjects(
  db: Db,
  rows: readonly { id: number; slug: string; name: string; status: TimelineProject['status']; latestUpdateOn: string | null }[],
): Promise<TimelineProject[]> {
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];
  const [phases, leads, showAndTells, events] = await Promise.all([
    loadPhases(db, ids),
    selectPartnerships(db).where('partnerships.projectId', 'in', ids).where('partnerships.role', '=', 'lead').orderBy('partnerships.id').execute(),
    db
      .selectFrom('showAndTells')
      .select(['id', 'projectId', 'heldOn', 'title', 'sprint'])
      .where('projectId', 'in', ids)
      .where('heldOn', 'is not', null)
      .$narrowType<{ heldOn: string }>()
      .orderBy('projectId')
      .orderBy('heldOn')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('outputs')
      .select(['id', 'projectId', 'kind', 'title', 'occursOn'])
      .where('projectId', 'in', ids)
      .where('kind', 'in', timelineEventKinds)
      .where('occursOn', 'is not', null)
      .$narrowType<{ kind: (typeof timelineEventKinds)[number]; occursOn: string }>()
      .orderBy('projectId')
      .orderBy('occursOn')
      .orderBy('id')
      .execute(),
  ]);
  const leadsByProject = groupBy(leads.map(partnershipOfRow), (lead) => lead.projectId);
  const showAndTellsByProject = groupBy(showAndTells, (row) => row.projectId);
  const eventsByProject = groupBy(events, (row) => row.projectId);
  return rows.map((row) => ({
    slug: row.slug,
    name: row.name,
    leads: (leadsByProject.get(row.id) ?? []).map((lead) => lead.organisation),
    status: row.status,
    phases: phases.get(row.id) ?? [],
    showAndTells: (showAndTellsByProject.get(row.id) ?? []).map(({ id, heldOn, title, sprint }) => ({ id, heldOn, title, sprint })),
    events: (eventsByProject.get(row.id) ?? []).map(({ id, kind, title, occursOn }) => ({ id, kind, title, date: occursOn })),
    latestUpdateOn: row.latestUpdateOn,
  }));
}
