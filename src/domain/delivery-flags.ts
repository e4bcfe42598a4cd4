import { isoDay, partialDateEnd, partialDateStart } from './partial-date';
import { effectivePhaseStatus } from './phase-rules';
import type { Phase, ProjectStatus } from './project';
import { type DeliveryFlag, QUIET_AFTER_WEEKS } from './delivery';

const DAY_MS = 24 * 60 * 60 * 1000;

function addDays(day: Date, days: number): string {
  return isoDay(new Date(day.getTime() + days * DAY_MS));
}

/**
 * The last day a phase was planned to run: its planned end as given (the last day it can mean,
 * for a month), or, from a known start day and a length in weeks, the last day of its last week.
 */
export function plannedEndOf(phase: Pick<Phase, 'plannedEndOn' | 'startedOn' | 'plannedWeeks'>): string | null {
  if (phase.plannedEndOn !== null) return isoDay(partialDateEnd(phase.plannedEndOn));
  if (phase.startedOn?.length === 10 && phase.plannedWeeks !== null) {
    return addDays(partialDateStart(phase.startedOn), phase.plannedWeeks * 7 - 1);
  }
  return null;
}

/**
 * The first day on which the project counts as running past a planned end: the day after the
 * earliest planned end of a phase that is in progress or due to have started. The day does not
 * depend on today, so it can be stored and compared in SQL; a phase reported completed, or one
 * whose status nobody reported, is never late.
 */
export function overrunFrom(phases: readonly Phase[]): string | null {
  let first: string | null = null;
  for (const phase of phases) {
    const mayRun = phase.status === 'in_progress' || (phase.status === 'planned' && phase.startedOn !== null);
    const end = mayRun ? plannedEndOf(phase) : null;
    if (end === null) continue;
    const from = addDays(partialDateStart(end), 1);
    if (first === null || from < first) first = from;
  }
  return first;
}

/** The phases running past their planned end on a day: in progress then, with the planned end gone by. */
export function phasesPastPlannedEnd(phases: readonly Phase[], today: string): Phase[] {
  return phases.filter((phase) => {
    const end = plannedEndOf(phase);
    return end !== null && end < today && effectivePhaseStatus(phase, today) === 'in_progress';
  });
}

/**
 * The first day on which a project counts as quiet: more than QUIET_AFTER_WEEKS weeks after the
 * last day its latest approved update can mean, or after the day it was added if it has none.
 * A project with neither (added before the portfolio kept that date) is quiet already.
 */
export function quietFrom(latestUpdateOn: string | null, createdOn: string | null): string {
  const since = latestUpdateOn ?? createdOn;
  if (since === null) return '0000-01-01';
  return addDays(partialDateEnd(since), QUIET_AFTER_WEEKS * 7 + 1);
}

export interface FlagFacts {
  status: ProjectStatus;
  phases: readonly Phase[];
  /** The phase the project is in now, by currentPhase at its information date. */
  current: Pick<Phase, 'kind'> | null;
  latestUpdateOn: string | null;
  createdOn: string | null;
}

/** The flags that hold for a project today, in the order of deliveryFlags. */
export function flagsOf(facts: FlagFacts, today: string): DeliveryFlag[] {
  const flags: DeliveryFlag[] = [];
  if (facts.status !== 'active') return flags;
  if (quietFrom(facts.latestUpdateOn, facts.createdOn) <= today) flags.push('quiet');
  const overrun = overrunFrom(facts.phases);
  if (overrun !== null && overrun <= today) flags.push('overrun');
  if (facts.current === null || facts.current.kind === null) flags.push('phase_unknown');
  return flags;
}
