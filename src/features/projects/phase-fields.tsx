import type { ReactNode } from 'react';
import { DateInput } from '../../components/date-input';
import { Radios } from '../../components/radios';
import { SelectField } from '../../components/select-field';
import { Textarea } from '../../components/textarea';
import { TextInput } from '../../components/text-input';
import { type Phase, phaseKindLabels, phaseKinds, phaseStatuses, phaseStatusLabels } from '../../domain/project';
import { type DateParts, datePartsInError, joinDateParts, readDateParts, splitPartialDate } from '../../lib/date-parts';
import { textValue } from '../../lib/form-values';

export type PhaseKindChoice = NonNullable<Phase['kind']>;

/** The fields a phase form may show, by the API's names, so its field messages find them. */
export type PhaseField =
  | 'kind'
  | 'label'
  | 'status'
  | 'startedOn'
  | 'plannedWeeks'
  | 'plannedEndOn'
  | 'endedOn'
  | 'fundingAmountPounds'
  | 'fundingStream'
  | 'outcome';

type DateField = 'startedOn' | 'plannedEndOn' | 'endedOn';
export type PhaseDates = Record<DateField, DateParts>;

/**
 * The ids of a phase form's controls, in page order (the error summary's order). A refused date
 * links to its first box at fault, as GOV.UK's error summary does.
 */
export function phaseFieldIds(prefix: string, submitted: PhaseDates): Record<PhaseField, string> {
  const dateId = (field: DateField) => `${prefix}-${field}-${datePartsInError(submitted[field])[0] ?? 'day'}`;
  return {
    kind: `${prefix}-kind`,
    label: `${prefix}-label`,
    status: `${prefix}-status`,
    startedOn: dateId('startedOn'),
    plannedWeeks: `${prefix}-planned-weeks`,
    plannedEndOn: dateId('plannedEndOn'),
    endedOn: dateId('endedOn'),
    fundingAmountPounds: `${prefix}-funding`,
    fundingStream: `${prefix}-funding-stream`,
    outcome: `${prefix}-outcome`,
  };
}

/** A number as typed: a whole number goes as one, anything else as the text, for the server to refuse with its own message. */
function numberOrText(value: string): number | string | null {
  const trimmed = value.trim().replaceAll(',', '').replace(/^£/, '');
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : value.trim();
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** A phase form as submitted: the dates' boxes as typed, and each field as the API takes it, an empty box as none. */
export function readPhaseForm(form: FormData) {
  const dates: PhaseDates = {
    startedOn: readDateParts(form, 'startedOn'),
    plannedEndOn: readDateParts(form, 'plannedEndOn'),
    endedOn: readDateParts(form, 'endedOn'),
  };
  const status = textValue(form, 'status');
  return {
    dates,
    values: {
      label: orNull(textValue(form, 'label')),
      status: status === '' ? null : status,
      startedOn: joinDateParts(dates.startedOn),
      plannedWeeks: numberOrText(textValue(form, 'plannedWeeks')),
      plannedEndOn: joinDateParts(dates.plannedEndOn),
      endedOn: joinDateParts(dates.endedOn),
      fundingAmountPounds: numberOrText(textValue(form, 'fundingAmountPounds')),
      fundingStream: orNull(textValue(form, 'fundingStream')),
      outcome: orNull(textValue(form, 'outcome')),
    },
  };
}

/**
 * A phase's fields: its kind (a GDS phase, or another kind with its own name), status, dates,
 * plan, money and outcome. Uncontrolled but for the kind, so the name box can show under "another
 * kind"; `omit` leaves out what a form does not ask (a phase just starting has no end yet).
 */
export function PhaseFields({
  prefix,
  values,
  kind,
  onKind,
  errors,
  omit = [],
  startLegend = 'Start',
  startHint = 'For example, 11 5 2022. The day may be left empty.',
}: {
  prefix: string;
  values: Phase | null;
  kind: PhaseKindChoice | undefined;
  onKind: (kind: PhaseKindChoice) => void;
  errors: Partial<Record<PhaseField, string>>;
  omit?: readonly PhaseField[];
  startLegend?: ReactNode;
  startHint?: ReactNode;
}) {
  const shown = (field: PhaseField) => !omit.includes(field);
  // Two boxes hold the phase's name: under "another kind" (where it is required), and after the
  // radios otherwise. The one under the radios stays in the page while hidden, keeping what was
  // typed, so only the box in use has the field's name and id, and is what the form sends.
  const nameBox = (inUse: boolean, label: string, hint: string) => (
    <TextInput
      id={inUse ? `${prefix}-label` : `${prefix}-label-unused`}
      name={inUse ? 'label' : 'label-unused'}
      label={label}
      hint={hint}
      defaultValue={values?.label ?? ''}
      error={inUse ? errors.label : undefined}
    />
  );
  return (
    <>
      <Radios
        id={`${prefix}-kind`}
        name="kind"
        legend="Which phase is it?"
        hint="The GDS phase, or another kind of phase (such as continuous funding) with its own name."
        error={errors.kind ?? (kind === 'other' ? undefined : errors.label)}
        value={kind}
        onChange={onKind}
        options={[
          ...phaseKinds.filter((choice) => choice !== 'other').map((choice) => ({ value: choice, label: phaseKindLabels[choice] })),
          { value: 'other' as const, label: 'Another kind of phase', conditional: nameBox(kind === 'other', 'Name of the phase', 'For example, Continuous funding phase') },
        ]}
      />
      {kind === 'other' ? null : nameBox(true, 'Its own name (optional)', 'Only if the team calls it something more, like Public beta')}
      {shown('status') ? (
        <SelectField
          id={`${prefix}-status`}
          name="status"
          label="Status"
          emptyText="Not reported"
          defaultValue={values?.status ?? ''}
          options={phaseStatuses.map((status) => ({ value: status, text: phaseStatusLabels[status] }))}
          error={errors.status}
        />
      ) : null}
      <DateInput
        id={`${prefix}-startedOn`}
        name="startedOn"
        legend={startLegend}
        hint={startHint}
        defaultValue={splitPartialDate(values?.startedOn ?? null)}
        error={errors.startedOn}
      />
      <TextInput
        id={`${prefix}-planned-weeks`}
        name="plannedWeeks"
        label="Planned length in weeks (optional)"
        hint="Or give a planned end below, not both"
        inputMode="numeric"
        widthClass="govuk-input--width-4"
        defaultValue={values?.plannedWeeks == null ? '' : String(values.plannedWeeks)}
        error={errors.plannedWeeks}
      />
      <DateInput
        id={`${prefix}-plannedEndOn`}
        name="plannedEndOn"
        legend="Planned end (optional)"
        defaultValue={splitPartialDate(values?.plannedEndOn ?? null)}
        error={errors.plannedEndOn}
      />
      {shown('endedOn') ? (
        <DateInput
          id={`${prefix}-endedOn`}
          name="endedOn"
          legend="Actual end (optional)"
          defaultValue={splitPartialDate(values?.endedOn ?? null)}
          error={errors.endedOn}
        />
      ) : null}
      <TextInput
        id={`${prefix}-funding`}
        name="fundingAmountPounds"
        label="Funding in pounds (optional)"
        hint="Whole pounds, for example 350000"
        inputMode="numeric"
        widthClass="govuk-input--width-10"
        defaultValue={values?.fundingAmountPounds == null ? '' : String(values.fundingAmountPounds)}
        error={errors.fundingAmountPounds}
      />
      <TextInput
        id={`${prefix}-funding-stream`}
        name="fundingStream"
        label="Funding stream (optional)"
        defaultValue={values?.fundingStream ?? ''}
        error={errors.fundingStream}
      />
      {shown('outcome') ? (
        <Textarea id={`${prefix}-outcome`} name="outcome" label="Outcome (optional)" defaultValue={values?.outcome ?? ''} error={errors.outcome} />
      ) : null}
    </>
  );
}
