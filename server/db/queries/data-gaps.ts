import type { ExpressionBuilder, ExpressionWrapper, SqlBool } from 'kysely';
import { type DataGap, type DataGaps, dataGaps, quarterStart } from '../../../src/domain/data-gaps';
import type { OrganisationSummary } from '../../../src/domain/organisation';
import { pageInfo, pageOffset } from '../../../src/domain/paging';
import type { Db } from '../database';
import type { Database } from '../schema';
import { refreshDueProjects } from './project-derived';
import { groupBy } from './rows';

type Condition = (eb: ExpressionBuilder<Database, 'projects'>) => ExpressionWrapper<Database, 'projects', SqlBool>;

/**
 * Each gap as a condition on the stored fields (see project-derived.ts), so counting a gap and
 * listing its projects are the same query; a condition on a project's phases or partners steps
 * down that project's own rows by index, never reading either table whole. "This quarter" is compared by month, so an update
 * dated only "April 2022" counts for the quarter that April begins.
 */
function conditionOf(gap: DataGap, today: string): Condition {
  switch (gap) {
    case 'no_standard_phase':
      return (eb) => eb('projects.currentPhaseKind', 'is', null);
    case 'no_phase_dates':
      // A phase that has ended has a date; a project no longer running needs none.
      return (eb) =>
        eb.and([
          eb('projects.status', '=', 'active'),
          eb.exists(
            eb
              .selectFrom('phases')
              .select('phases.id')
              .whereRef('phases.id', '=', 'projects.currentPhaseId')
              .where('phases.startedOn', 'is', null)
              .where('phases.plannedEndOn', 'is', null)
              .where('phases.endedOn', 'is', null),
          ),
        ]);
    case 'no_funding_amount':
      return (eb) => eb('projects.fundingPounds', 'is', null);
    case 'no_partner':
      return (eb) =>
        eb.not(
          eb.exists(
            eb.selectFrom('partnerships').select('partnerships.id').whereRef('partnerships.projectId', '=', 'projects.id').where('partnerships.role', '!=', 'lead'),
          ),
        );
    case 'no_update_this_quarter': {
      const month = quarterStart(today).slice(0, 7);
      return (eb) => eb.and([eb('projects.status', '=', 'active'), eb.or([eb('projects.latestUpdateOn', 'is', null), eb('projects.latestUpdateOn', '<', month)])]);
    }
  }
}

/** How many projects have each gap, and a page of one gap's projects in name order with their leads. */
export async function loadDataGaps(db: Db, gap: DataGap, paging: { page: number; pageSize: number }, today: string): Promise<DataGaps> {
  await refreshDueProjects(db, today);
  const count = (kind: DataGap) =>
    db
      .selectFrom('projects')
      .select((eb) => eb.fn.countAll<number | string>().as('total'))
      .where(conditionOf(kind, today))
      .executeTakeFirstOrThrow();
  const [counts, rows] = await Promise.all([
    Promise.all(dataGaps.map(async (kind) => ({ gap: kind, projects: Number((await count(kind)).total) }))),
    db
      .selectFrom('projects')
      .select(['projects.id', 'projects.slug', 'projects.name'])
      .where(conditionOf(gap, today))
      .orderBy('projects.sortName')
      .orderBy('projects.id')
      .limit(paging.pageSize)
      .offset(pageOffset(paging))
      .execute(),
  ]);
  const leads =
    rows.length === 0
      ? []
      : await db
          .selectFrom('partnerships')
          .innerJoin('organisations', 'organisations.id', 'partnerships.organisationId')
          .select(['partnerships.projectId', 'organisations.slug', 'organisations.name', 'organisations.kind'])
          .where('partnerships.role', '=', 'lead')
          .where(
            'partnerships.projectId',
            'in',
            rows.map((row) => row.id),
          )
          // By project first, so the read goes down partnerships_project_idx; within a project, in the order added.
          .orderBy('partnerships.projectId')
          .orderBy('partnerships.id')
          .execute();
  const leadsByProject = groupBy(leads, (row) => row.projectId);
  const total = counts.find((row) => row.gap === gap)?.projects ?? 0;
  return {
    ...pageInfo(total, paging.page, paging.pageSize),
    counts,
    gap,
    quarterFrom: quarterStart(today),
    projects: rows.map(({ id, slug, name }) => ({
      slug,
      name,
      leads: (leadsByProject.get(id) ?? []).map(({ slug: leadSlug, name: leadName, kind }): OrganisationSummary => ({ slug: leadSlug, name: leadName, kind })),
    })),
  };
}
