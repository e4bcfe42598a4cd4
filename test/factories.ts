import type { Phase } from '../src/domain/project';

let nextPhaseId = 1;

/** A phase with nothing known but what a test gives: each has its own id and comes after the last. */
export function phaseWith(overrides: Partial<Phase>): Phase {
  const id = nextPhaseId++;
  return {
    id,
    version: 1,
    position: id,
    kind: null,
    label: null,
    status: null,
    startedOn: null,
    plannedWeeks: null,
    plannedEndOn: null,
    endedOn: null,
    fundingAmountPounds: null,
    fundingStream: null,
    outcome: null,
    reportedWeek: null,
    reportedOn: null,
    ...overrides,
  };
}
