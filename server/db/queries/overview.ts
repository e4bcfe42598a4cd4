import { sql } from 'kysely';
import { confidenceRatings, deliveryFlags } from '../../../src/domain/delivery';
import type { Overview } from '../../../src/domain/overview';
import { phaseFilters, phaseKinds, projectStatuses } from '../../../src/domain/project';
import type { Db } from '../database';
import { refreshDueProjects } from './project-derived';

/** Counts arrive as numbers from SQLite and as strings (bigint) from PostgreSQL. */
function counted<K>(rows: readonly { key: K; total: number | string | null }[]): Map<K, number> {
  return new Map(rows.map((row) => [row.key, Number(row.total ?? 0)]));
}

/**
 * The overview's figures, each counted on the stored fields the portfolio's filters use, so a
 * figure and the list it links to cannot disagree (the route's test follows every link).
 */
export async function loadOverview(db: Db, today: string, options: { withConfidence: boolean }): Promise<Omit<Overview, 'awaitingReview'>> {
  await refreshDueProjects(db, today);
  const [byPhase, byStatus, flagRows, confidence, fundingTotal, byKind, byStream] = await Promise.all([
    db
      .selectFrom('projects')
      .select((eb) => ['currentPhaseKind as key', eb.fn.countAll<number | string>().as('total')])
      .groupBy('currentPhaseKind')
      .execute(),
    db
      .selectFrom('projects')
      .select((eb) => ['status as key', eb.fn.countAll<number | string>().as('total')])
      .groupBy('status')
      .execute(),
    db
      .selectFrom('projects')
      .select([
        sql<number | string>`sum(case when quiet_from <= ${today} then 1 else 0 end)`.as('quiet'),
        sql<number | string>`sum(case when overrun_from <= ${today} then 1 else 0 end)`.as('overrun'),
        sql<number | string>`sum(case when current_phase_kind is null then 1 else 0 end)`.as('phaseUnknown'),
      ])
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow(),
    options.withConfidence
      ? db
          .selectFrom('projects')
          .select((eb) => ['confidence as key', eb.fn.countAll<number | string>().as('total')])
          .groupBy('confidence')
          .execute()
      : Promise.resolve(null),
    // The total is stored on each project; the rest steps from the projects with funding into their own phases.
    db
      .selectFrom('projects')
      .select((eb) => [eb.fn.sum<number | string | null>('fundingPounds').as('pounds'), eb.fn.count<number | string>('fundingPounds').as('projects')])
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('projects')
      .crossJoin('phases')
      .whereRef('phases.projectId', '=', 'projects.id')
      .select((eb) => [
        'phases.kind',
        eb.fn.sum<number | string | null>('phases.fundingAmountPounds').as('pounds'),
        eb.fn.count<number | string>('phases.projectId').distinct().as('projects'),
      ])
      .where('projects.fundingPounds', 'is not', null)
      .where('phases.fundingAmountPounds', 'is not', null)
      .where('phases.kind', 'is not', null)
      .groupBy('phases.kind')
      .execute(),
    // A phase's own stream, or else its project's; a project with no phases counts by its own.
    db
      .selectFrom('projects')
      .leftJoin('phases', 'phases.projectId', 'projects.id')
      .select((eb) => [
        eb.fn.coalesce('phases.fundingStream', 'projects.fundingStream').as('stream'),
        eb.fn.sum<number | string | null>('phases.fundingAmountPounds').as('pounds'),
        eb.fn.count<number | string>('projects.id').distinct().as('projects'),
      ])
      .where((eb) => eb(eb.fn.coalesce('phases.fundingStream', 'projects.fundingStream'), 'is not', null))
      .groupBy((eb) => eb.fn.coalesce('phases.fundingStream', 'projects.fundingStream'))
      .orderBy((eb) => eb.fn.coalesce('phases.fundingStream', 'projects.fundingStream'))
      .execute(),
  ]);
  const phases = counted(byPhase);
  const statuses = counted(byStatus);
  const kinds = new Map(byKind.map((row) => [row.kind, row]));
  const ratings = confidence === null ? null : counted(confidence);
  return {
    asOf: today,
    projects: [...statuses.values()].reduce((total, value) => total + value, 0),
    byPhase: phaseFilters.map((phase) => ({ phase, projects: phases.get(phase === 'unknown' ? null : phase) ?? 0 })),
    byStatus: projectStatuses.map((status) => ({ status, projects: statuses.get(status) ?? 0 })),
    funding: {
      pounds: Number(fundingTotal.pounds ?? 0),
      projects: Number(fundingTotal.projects),
      byKind: phaseKinds.map((kind) => ({ kind, pounds: Number(kinds.get(kind)?.pounds ?? 0), projects: Number(kinds.get(kind)?.projects ?? 0) })),
      byStream: byStream.flatMap((row) =>
        row.stream === null ? [] : [{ stream: row.stream, pounds: Number(row.pounds ?? 0), projects: Number(row.projects) }],
      ),
    },
    flags: deliveryFlags.map((flag) => ({ flag, projects: Number(flag === 'phase_unknown' ? flagRows.phaseUnknown : flagRows[flag]) })),
    ...(ratings === null
      ? {}
      : { confidence: [...confidenceRatings, 'none' as const].map((rating) => ({ rating, projects: ratings.get(rating === 'none' ? null : rating) ?? 0 })) }),
  };
}
