import { phaseSteps } from '../domain/phase-rules';
import type { Phase, PhaseStep } from '../domain/project';

const STATE_TEXT: Record<PhaseStep['state'], string> = {
  done: 'done',
  current: 'current phase',
  planned: 'planned',
};

/** The phase history in one line: each phase done, current or planned, in order. */
export function PhaseStepper({ phases, today, label }: { phases: readonly Phase[]; today: string; label: string }) {
  const steps = phaseSteps(phases, today);
  if (steps.length === 0) return <p className="govuk-body-s app-muted">No phases recorded yet</p>;
  return (
    <ol className="app-phase-stepper" aria-label={label}>
      {steps.map((step, index) => (
        <li
          // Steps never reorder, and the same kind can appear twice, so position is the identity.
          key={index}
          className={`app-phase-stepper__step app-phase-stepper__step--${step.state}`}
          aria-current={step.state === 'current' ? 'step' : undefined}
        >
          {step.label}
          {step.repeat > 1 && step.kind !== null ? ` (${ordinal(step.repeat)} time)` : null}
          <span className="govuk-visually-hidden">, {STATE_TEXT[step.state]}</span>
        </li>
      ))}
    </ol>
  );
}

function ordinal(count: number): string {
  return count === 2 ? '2nd' : count === 3 ? '3rd' : `${count}th`;
}
