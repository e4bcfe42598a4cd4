import { formatPartialDate, isoDay, partialDateStart } from './partial-date';
import { type Phase, type PhaseKind, type PhaseStatus, phaseKindLabels } from './project';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The day a project's information is as of: its latest published update, or today if it has
 * none. Phase rules are worked out at that day, not today, so a project that has not reported
 * for months shows what it last said ("week 5 of 12, as of 11 May 2022") rather than a week
 * count that keeps growing.
 */
export function informationDate(latestUpdateOn: string | null, today: string): string {
  if (latestUpdateOn === null) return today;
  const reported = latestUpdateOn.length === 10 ? latestUpdateOn : isoDay(partialDateStart(latestUpdateOn));
  return reported < today ? reported : today;
}

/**
 * A phase's status as last reported, moved on by the calendar up to the information date: a
 * phase planned to start on a day that has passed is taken to have started, as its team said it would.
 */
export function effectivePhaseStatus(phase: Phase, today: string): PhaseStatus | null {
  if (phase.status === 'planned' && phase.startedOn !== null && phase.startedOn <= today) return 'in_progress';
  return phase.status;
}

/** The phase a project is in now: the last one that is not still only planned. */
export function currentPhase(phases: readonly Phase[], today: string): Phase | null {
  const ordered = [...phases].sort((a, b) => a.position - b.position);
  for (let index = ordered.length - 1; index >= 0; index -= 1) {
    const phase = ordered[index];
    if (phase !== undefined && effectivePhaseStatus(phase, today) !== 'planned') return phase;
  }
  return null;
}

/**
 * The first day after `today` on which `currentPhase` could give another answer with nothing in
 * the data changed, or null if it never will. Only the calendar moves it: a phase planned to
 * start on a day still to come, while the project's information is as of today (no update yet,
 * or one dated ahead). The server stores each project's current phase for filtering and looks
 * again on this day, so the stored value is always what this module would say.
 */
export function currentPhaseChangesOn(phases: readonly Phase[], latestUpdateOn: string | null, today: string): string | null {
  const reportedDay = latestUpdateOn === null ? null : isoDay(partialDateStart(latestUpdateOn));
  if (reportedDay !== null && reportedDay <= today) return null;
  // The information date moves with today until it reaches the reported day, then stops.
  let next: string | null = reportedDay;
  for (const phase of phases) {
    if (phase.status !== 'planned' || phase.startedOn === null || phase.startedOn <= today) continue;
    // A start of "2022-06" counts as begun from 1 June, the first day the comparison above holds.
    const startsOn = isoDay(partialDateStart(phase.startedOn));
    if (next === null || startsOn < next) next = startsOn;
  }
  return next;
}

export function currentPhaseKind(phases: readonly Phase[], today: string): PhaseKind | null {
  return currentPhase(phases, today)?.kind ?? null;
}

/**
 * A name for a phase that says which one it is when a project goes through a kind more than once.
 * A phase of another kind is what its label says ("Continuous funding phase"); one whose kind is
 * not known is its label, or just a phase of work.
 */
export function phaseName(phase: Pick<Phase, 'kind' | 'label'>): string {
  if (phase.kind === null) return phase.label ?? 'Phase of work';
  if (phase.kind === 'other') return phase.label ?? 'Other phase of work';
  const kind = phaseKindLabels[phase.kind];
  if (phase.label === null || phase.label.toLowerCase() === kind.toLowerCase()) return kind;
  return phase.label.toLowerCase().includes(kind.toLowerCase()) ? phase.label : `${kind}: ${phase.label}`;
}

export type StepStatus = 'completed' | 'in_progress' | 'planned' | 'unknown';

export interface PhaseStep {
  kind: PhaseKind | null;
  label: string;
  status: StepStatus;
  /** The phase the project is in, by the rule in currentPhase. */
  current: boolean;
  /** 2 for the second time a project goes through the same kind of phase (for `other`, the same named phase), and so on. */
  repeat: number;
}

export const stepStatusLabels: Record<StepStatus, string> = {
  completed: 'completed',
  in_progress: 'in progress',
  planned: 'planned',
  unknown: 'status not reported',
};

/** The steps of a compact phase stepper, each with its status as reported, marking the current one. */
export function phaseSteps(phases: readonly Phase[], asOf: string): PhaseStep[] {
  const ordered = [...phases].sort((a, b) => a.position - b.position);
  const current = currentPhase(ordered, asOf);
  const seen = new Map<string, number>();
  return ordered.map((phase) => {
    // Phases of another kind repeat only when they are the same work again ("Continuous funding phase" twice).
    const key = phase.kind === null ? 'unknown' : phase.kind === 'other' ? `other:${phaseName(phase).toLowerCase()}` : phase.kind;
    const repeat = (seen.get(key) ?? 0) + 1;
    seen.set(key, repeat);
    return {
      kind: phase.kind,
      label: phaseName(phase),
      status: effectivePhaseStatus(phase, asOf) ?? 'unknown',
      current: phase === current,
      repeat,
    };
  });
}

export type PhaseProgress =
  | { kind: 'week'; week: number; of: number | null; asOf: string | null }
  | { kind: 'overrun'; weeksOver: number; of: number };

function plannedLengthInWeeks(phase: Phase): number | null {
  if (phase.plannedWeeks !== null) return phase.plannedWeeks;
  if (phase.startedOn?.length === 10 && phase.plannedEndOn?.length === 10) {
    const span = partialDateStart(phase.plannedEndOn).getTime() - partialDateStart(phase.startedOn).getTime();
    return Math.max(1, Math.ceil(span / WEEK_MS));
  }
  return null;
}

/**
 * How far a phase in progress is against its plan. A known start day gives the week from the
 * calendar; otherwise the last week the team reported, with the date they reported it.
 */
export function phaseProgress(phase: Phase, today: string): PhaseProgress | null {
  if (effectivePhaseStatus(phase, today) !== 'in_progress') return null;
  const of = plannedLengthInWeeks(phase);
  // A start day still to come says nothing about progress yet; only a reported week can.
  if (phase.startedOn?.length === 10 && phase.startedOn <= today) {
    const elapsed = partialDateStart(today).getTime() - partialDateStart(phase.startedOn).getTime();
    const week = Math.floor(elapsed / WEEK_MS) + 1;
    if (of !== null && week > of) return { kind: 'overrun', weeksOver: week - of, of };
    return { kind: 'week', week, of, asOf: null };
  }
  if (phase.reportedWeek !== null) {
    return { kind: 'week', week: phase.reportedWeek, of, asOf: phase.reportedOn };
  }
  return null;
}

export function describeProgress(progress: PhaseProgress): string {
  if (progress.kind === 'overrun') {
    const weeks = progress.weeksOver === 1 ? '1 week' : `${progress.weeksOver} weeks`;
    return `${weeks} past its planned ${progress.of} weeks`;
  }
  const week = progress.of === null ? `Week ${progress.week}` : `Week ${progress.week} of ${progress.of}`;
  return progress.asOf === null ? week : `${week}, as reported on ${formatPartialDate(progress.asOf)}`;
}

export function today(): string {
  return isoDay(new Date());
}
