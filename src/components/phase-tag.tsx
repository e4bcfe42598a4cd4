import { currentPhase, effectivePhaseStatus, phaseName } from '../domain/phase-rules';
import type { Phase, PhaseKind } from '../domain/project';
import { Tag, type TagColour } from './tag';

const PHASE_COLOURS: Record<PhaseKind, TagColour> = {
  discovery: 'light-blue',
  alpha: 'purple',
  beta: 'orange',
  live: 'green',
  // Not a stage of the GDS lifecycle, so no stage's colour.
  other: 'grey',
};

/**
 * The phase a project is in, as of its latest information. A finished phase says so ("Alpha
 * completed"), so a tag never reads as "in alpha now" for a project that has left it.
 */
export function CurrentPhaseTag({ phases, asOf }: { phases: readonly Phase[]; asOf: string }) {
  const phase = currentPhase(phases, asOf);
  if (phase === null) {
    const next = [...phases].sort((a, b) => a.position - b.position)[0];
    return next === undefined ? <Tag colour="grey">Phase not stated</Tag> : <Tag colour="grey">{`${phaseName(next)} planned`}</Tag>;
  }
  const completed = effectivePhaseStatus(phase, asOf) === 'completed';
  const text = `${phaseName(phase)}${completed ? ' completed' : ''}`;
  return <Tag colour={phase.kind === null || completed ? 'grey' : PHASE_COLOURS[phase.kind]}>{text}</Tag>;
}
