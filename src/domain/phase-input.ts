import * as z from 'zod/mini';
import { checkedBy, comparableDate, type FieldIssue, givenText, optionalDate, recordIdSchema, optionalText, optionalWholeNumber, requiredDate } from './form-fields';
import { isCertainlyBefore } from './partial-date';
import { phaseKindSchema, phaseSchema, phaseStatuses } from './project';
import { versionSchema } from './version';

const phaseStatusInput = z.enum(phaseStatuses, { error: 'Choose a status: planned, in progress or completed' });

const phaseFields = {
  kind: phaseKindSchema,
  /** A name of its own: "Public beta", "Third phase of work"; for `other`, what the phase is ("Continuous funding phase"). */
  label: optionalText(200, 'The name of the phase'),
  /** As last reported; empty for not reported. */
  status: z.optional(z.nullable(phaseStatusInput)),
  startedOn: optionalDate,
  /** The plan is a length in weeks or an end date, not both. */
  plannedWeeks: optionalWholeNumber(1, 520, {
    notWhole: 'Enter the planned length as a whole number of weeks, like 12',
    tooLarge: 'Enter a planned length of 520 weeks or fewer',
  }),
  plannedEndOn: optionalDate,
  endedOn: optionalDate,
  fundingAmountPounds: optionalWholeNumber(0, 1_000_000_000, {
    notWhole: 'Enter the funding in whole pounds, like 350000',
    tooLarge: 'Enter funding of £1,000,000,000 or less',
  }),
  fundingStream: optionalText(200, 'The funding stream'),
  outcome: optionalText(5000, 'The outcome'),
};

/** The fields of a phase that the rules below compare, as stored or as sent: any of them may be missing or wrong. */
export interface PhaseRuleFields {
  kind?: unknown;
  label?: unknown;
  startedOn?: unknown;
  plannedWeeks?: unknown;
  plannedEndOn?: unknown;
  endedOn?: unknown;
}

/**
 * How a phase's fields must go together: a phase of another kind says what it is, a plan is a
 * length or an end date, and nothing ends before it starts. The form checks a new phase with
 * these; the server checks a change against the phase as it stands.
 */
export function phaseRuleIssues(phase: PhaseRuleFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (phase.kind === 'other' && !givenText(phase.label)) {
    issues.push({ path: 'label', message: 'Enter a name for this phase, like Continuous funding phase' });
  }
  if (typeof phase.plannedWeeks === 'number' && givenText(phase.plannedEndOn)) {
    issues.push({ path: 'plannedEndOn', message: 'Enter the planned length in weeks or the planned end date, not both' });
  }
  if (comparableDate(phase.startedOn) && comparableDate(phase.plannedEndOn) && isCertainlyBefore(phase.plannedEndOn, phase.startedOn)) {
    issues.push({ path: 'plannedEndOn', message: 'The planned end must be the same as or after the start' });
  }
  if (comparableDate(phase.startedOn) && comparableDate(phase.endedOn) && isCertainlyBefore(phase.endedOn, phase.startedOn)) {
    issues.push({ path: 'endedOn', message: 'The end must be the same as or after the start' });
  }
  return issues;
}

/** Adding a phase: its kind at least. */
export const newPhaseSchema = z.object(phaseFields).check(checkedBy(phaseRuleIssues));
export type NewPhase = z.input<typeof newPhaseSchema>;

/**
 * Changing a phase: any of its fields, with the version read. A kind once given is changed, not
 * removed: every phase added or corrected through the API has one.
 */
export const phaseChangesSchema = z.object({
  version: versionSchema,
  kind: z.optional(phaseKindSchema),
  label: phaseFields.label,
  status: phaseFields.status,
  startedOn: phaseFields.startedOn,
  plannedWeeks: phaseFields.plannedWeeks,
  plannedEndOn: phaseFields.plannedEndOn,
  endedOn: phaseFields.endedOn,
  fundingAmountPounds: phaseFields.fundingAmountPounds,
  fundingStream: phaseFields.fundingStream,
  outcome: phaseFields.outcome,
});
export type PhaseChanges = z.input<typeof phaseChangesSchema>;

/**
 * Starting the next phase: the phase under way ends the day the new one starts. `ending` names
 * the phase to end and the version read (null when none is under way); the rest describes the
 * new phase, which starts in progress.
 */
export const nextPhaseSchema = z
  .object({
    ending: z.nullable(
      z.object(
        {
          id: recordIdSchema('Choose the phase that ends'),
          version: versionSchema,
        },
        { error: 'Choose the phase that ends, or none' },
      ),
    ),
    startedOn: requiredDate('Enter the day the next phase starts'),
    kind: phaseFields.kind,
    label: phaseFields.label,
    plannedWeeks: phaseFields.plannedWeeks,
    plannedEndOn: phaseFields.plannedEndOn,
    fundingAmountPounds: phaseFields.fundingAmountPounds,
    fundingStream: phaseFields.fundingStream,
  })
  .check(checkedBy(phaseRuleIssues));
export type NextPhase = z.input<typeof nextPhaseSchema>;

/** What a write answers: the phase as saved, with its new version. */
export const savedPhaseSchema = z.object({ phase: phaseSchema });
export type SavedPhase = z.infer<typeof savedPhaseSchema>;

/** What starting the next phase answers: the phase that ended (if one did) and the new one. */
export const startedPhaseSchema = z.object({ ended: z.nullable(phaseSchema), phase: phaseSchema });
export type StartedPhase = z.infer<typeof startedPhaseSchema>;
