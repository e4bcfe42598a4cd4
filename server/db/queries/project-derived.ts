import { confidenceRanks } from '../../../src/domain/rating-input';
import { overrunFrom, plannedEndOf, quietFrom } from '../../../src/domain/delivery-flags';
import { phaseRanks } from '../../../src/domain/portfolio-table';
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
 * that phase; and what the table sorts by and the overview counts by (its leads, the current
 * phase's planned end, its funding, its latest update, the days from which it counts as quiet or
 * late, its current delivery confidence). Call it in the same transaction as any write to a
 * project, its phases, its partnerships, its organisations' names, its approved updates or its ratings.
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
  const [projects, phasesByProject, latestUpdates, organisations, ratings] = await Promise.all([
    db.selectFrom('projects').select(['id', 'name', 'summary', 'createdOn']).where('id', 'in', ids).execute(),
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
      .select(['partnerships.projectId', 'partnerships.role', 'organisations.name'])
      .where('partnerships.projectId', 'in', ids)
      .orderBy('partnerships.id')
      .execute(),
    // Each project's newest rating: one step down its index, as the cards find the latest update.
    db
      .selectFrom('deliveryRatings')
      .select(['projectId', 'rating', 'ratedOn'])
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('projects')
          .select((outer) =>
            outer
              .selectFrom('deliveryRatings as latest')
              .select('latest.id')
              .whereRef('latest.projectId', '=', 'projects.id')
              .orderBy('latest.ratedOn', 'desc')
              .orderBy('latest.id', 'desc')
              .limit(1)
              .as('latestId'),
          )
          .where('projects.id', 'in', ids),
      )
      .execute(),
  ]);
  const latestByProject = new Map(latestUpdates.map((row) => [row.projectId, row.latestUpdateOn]));
  const organisationsByProject = groupBy(organisations, (row) => row.projectId);
  const ratingByProject = new Map(ratings.map((row) => [row.projectId, row]));

  for (const project of projects) {
    const phases = phasesByProject.get(project.id) ?? [];
    const latestUpdateOn = latestByProject.get(project.id) ?? null;
    const current = currentPhase(phases, informationDate(latestUpdateOn, today));
    const projectOrganisations = organisationsByProject.get(project.id) ?? [];
    const leads = projectOrganisations.filter((row) => row.role === 'lead').map((row) => row.name);
    const funded = phases.filter((phase) => phase.fundingAmountPounds !== null);
    const confidence = ratingByProject.get(project.id) ?? null;
    await db
      .updateTable('projects')
      .set({
        sortName: sortKey(project.name),
        searchText: searchText([project.name, project.summary, ...new Set(projectOrganisations.map((row) => row.name))]),
        currentPhaseId: current?.id ?? null,
        currentPhaseKind: current?.kind ?? null,
        recheckOn: currentPhaseChangesOn(phases, latestUpdateOn, today),
        // A project with no lead recorded sorts after those with one, whichever way the column is sorted.
        leadSort: leads.length === 0 ? null : sortKey(leads.join(' ')),
        phaseRank: current === null || current.kind === null ? null : phaseRanks[current.kind],
        plannedEndOn: current === null ? null : plannedEndOf(current),
        fundingPounds: funded.length === 0 ? null : funded.reduce((total, phase) => total + (phase.fundingAmountPounds ?? 0), 0),
        latestUpdateOn,
        quietFrom: quietFrom(latestUpdateOn, project.createdOn),
        overrunFrom: overrunFrom(phases),
        confidence: confidence?.rating ?? null,
        confidenceOn: confidence?.ratedOn ?? null,
        confidenceRank: confidence === null ? null : confidenceRanks[confidence.rating],
      })
      .where('id', '=', project.id)
      .execute();
  }
}
