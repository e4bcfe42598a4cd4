import { formatPartialDate, isoDay, partialDateStart } from './partial-date';
import { type Phase, type PhaseKind, type PhaseStatus, type PhaseStep, phaseKindLabels } from './project';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * A phase's status as last reported, moved on by the calendar: a phase planned to start on a
 * day that has passed is taken to have started, because that is what its team said would happen.
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

export function currentPhaseKind(phases: readonly Phase[], today: string): PhaseKind | null {
  return currentPhase(phases, today)?.kind ?? null;
}

/** A name for a phase that says which one it is when a project goes through a kind more than once. */
export function phaseName(phase: Pick<Phase, 'kind' | 'label'>): string {
  if (phase.kind === null) return phase.label ?? 'Phase of work';
  const kind = phaseKindLabels[phase.kind];
  if (phase.label === null || phase.label.toLowerCase() === kind.toLowerCase()) return kind;
  return phase.label.toLowerCase().includes(kind.toLowerCase()) ? phase.label : `${kind}: ${phase.label}`;
}

/** The steps of a compact phase stepper: done, current or planned, numbering repeats of a kind. */
export function phaseSteps(phases: readonly Phase[], today: string): PhaseStep[] {
  const ordered = [...phases].sort((a, b) => a.position - b.position);
  const current = currentPhase(ordered, today);
  const seen = new Map<string, number>();
  let passedCurrent = current === null;
  return ordered.map((phase) => {
    const key = phase.kind ?? 'other';
    const repeat = (seen.get(key) ?? 0) + 1;
    seen.set(key, repeat);
    let state: PhaseStep['state'];
    if (phase === current) {
      state = 'current';
      passedCurrent = true;
    } else if (passedCurrent) {
      state = 'planned';
    } else {
      state = 'done';
    }
    return { kind: phase.kind, label: phaseName(phase), state, repeat };
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
