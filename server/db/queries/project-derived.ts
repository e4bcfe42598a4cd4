import { currentPhase, currentPhaseChangesOn, informationDate } from '../../../src/domain/phase-rules';
import { searchText, sortKey } from '../../../src/domain/search-text';
import type { Db } from '../database';
import { groupBy, loadPhases } from './rows';

/** Enough ids per round trip to keep `IN (...)` lists well inside every database's limit on parameters. */
const BATCH = 500;

/**
 * Works out again, with the domain's own rules, the fields each project stores so the portfolio
 * can sort, filter and search in SQL: its sort key, its search text (name, summary and every
 * organisation's name), its current phase, and the day on which the calendar alone could change
 * that phase. Call it in the same transaction as any write to a project, its phases, its
 * partnerships, its organisations' names or its approved updates.
 */
export async function refreshProjects(db: Db, projectIds: readonly number[], today: string): Promise<void> {
  for (let start = 0; start < projectIds.length; start += BATCH) {
    await refreshBatch(db, projectIds.slice(start, start + BATCH), today);
  }
}

/** Refreshes every project whose stored fields are due to be worked out again; the answer says how many. */
export async function refreshDueProjects(db: Db, today: string): Promise<number> {
  const due = await db.selectFrom('projects').select('id').where('recheckOn', '<=', today).execute();
  await refreshProjects(
    db,
    due.map((row) => row.id),
    today,
  );
  return due.length;
}

async function refreshBatch(db: Db, ids: readonly number[], today: string): Promise<void> {
  if (ids.length === 0) return;
  const [projects, phasesByProject, latestUpdates, organisations] = await Promise.all([
    db.selectFrom('projects').select(['id', 'name', 'summary']).where('id', 'in', ids).execute(),
    loadPhases(db, ids),
    db
      .selectFrom('updates')
      .select((eb) => ['projectId', eb.fn.max('publishedOn').as('latestUpdateOn')])
      .where('projectId', 'in', ids)
      .where('status', '=', 'approved')
      .groupBy('projectId')
      .execute(),
    db
      .selectFrom('partnerships')
      .innerJoin('organisations', 'organisations.id', 'partnerships.organisationId')
      .select(['partnerships.projectId', 'organisations.name'])
      .where('partnerships.projectId', 'in', ids)
      .orderBy('partnerships.id')
      .execute(),
  ]);
  const latestByProject = new Map(latestUpdates.map((row) => [row.projectId, row.latestUpdateOn]));
  const organisationsByProject = groupBy(organisations, (row) => row.projectId);

  for (const project of projects) {
    const phases = phasesByProject.get(project.id) ?? [];
    const latestUpdateOn = latestByProject.get(project.id) ?? null;
    const current = currentPhase(phases, informationDate(latestUpdateOn, today));
    await db
      .updateTable('projects')
      .set({
        sortName: sortKey(project.name),
        searchText: searchText([project.name, project.summary, ...new Set((organisationsByProject.get(project.id) ?? []).map((row) => row.name))]),
        currentPhaseId: current?.id ?? null,
        currentPhaseKind: current?.kind ?? null,
        recheckOn: currentPhaseChangesOn(phases, latestUpdateOn, today),
      })
      .where('id', '=', project.id)
      .execute();
  }
}
