import { type PhaseKind, phaseKindLabels } from '../domain/project';
import { Tag, type TagColour } from './tag';

const PHASE_COLOURS: Record<PhaseKind, TagColour> = {
  discovery: 'light-blue',
  alpha: 'purple',
  beta: 'orange',
  live: 'green',
};

export function PhaseTag({ kind }: { kind: PhaseKind | null }) {
  if (kind === null) return <Tag colour="grey">Phase not stated</Tag>;
  return <Tag colour={PHASE_COLOURS[kind]}>{phaseKindLabels[kind]}</Tag>;
}
