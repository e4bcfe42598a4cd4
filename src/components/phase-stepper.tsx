import { phaseSteps, stepStatusLabels } from '../domain/phase-rules';
import type { Phase } from '../domain/project';

/**
 * The phase history in one line. Each step says its status in words as well as by its style,
 * so the meaning never rests on colour or border alone.
 */
export function PhaseStepper({ phases, asOf, label }: { phases: readonly Phase[]; asOf: string; label: string }) {
  const steps = phaseSteps(phases, asOf);
  if (steps.length === 0) return <p className="govuk-body-s app-muted">No phases recorded yet</p>;
  return (
    <ol className="app-phase-stepper" aria-label={label}>
      {steps.map((step, index) => (
        <li
          // Steps never reorder, and the same kind can appear twice, so position is the identity.
          key={index}
          className={`app-phase-stepper__step app-phase-stepper__step--${step.status}${step.current ? ' app-phase-stepper__step--current' : ''}`}
          aria-current={step.current ? 'step' : undefined}
        >
          <span className="app-phase-stepper__name">
            {step.label}
            {step.repeat > 1 && step.kind !== null ? ` (${ordinal(step.repeat)} time)` : null}
          </span>{' '}
          <span className="app-phase-stepper__status">{stepStatusLabels[step.status]}</span>
          {step.current ? <span className="govuk-visually-hidden"> (current phase)</span> : null}
        </li>
      ))}
    </ol>
  );
}

function ordinal(count: number): string {
  return count === 2 ? '2nd' : count === 3 ? '3rd' : `${count}th`;
}
