import { formatPartialDate } from './partial-date';
import { currentPhase, describeProgress, informationDate, type PhaseProgress, phaseName, phaseProgress } from './phase-rules';
import type { ProjectCard } from './project';

/** Calendar progress is worked out at the information date; say so when that is not today. */
export function progressAsOf(progress: PhaseProgress, asOf: string, today: string): string {
  const reported = progress.kind === 'week' && progress.asOf !== null;
  return reported || asOf === today ? describeProgress(progress) : `${describeProgress(progress)}, as of ${formatPartialDate(asOf)}`;
}

/**
 * What the table, and the CSV made from it, say of a project's current phase: its name and,
 * where known, how far through it is ("Week 7 of 12, as reported on 25 May 2022"), worked out
 * at the project's information date as the project page does. A project that has not started
 * its first phase says which is planned, as its card's tag does ("Public beta planned").
 */
export function currentPhaseOf(card: Pick<ProjectCard, 'phases' | 'latestUpdateOn'>, today: string): { name: string; progress: string | null } | null {
  const asOf = informationDate(card.latestUpdateOn, today);
  const current = currentPhase(card.phases, asOf);
  if (current === null) {
    const first = [...card.phases].sort((a, b) => a.position - b.position)[0];
    return first === undefined ? null : { name: `${phaseName(first)} planned`, progress: null };
  }
  const progress = phaseProgress(current, asOf);
  return { name: phaseName(current), progress: progress === null ? null : progressAsOf(progress, asOf, today) };
}
