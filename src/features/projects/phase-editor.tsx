import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type SyntheticEvent, useState } from 'react';
import { ConflictNotice } from '../../components/conflict-notice';
import { DateInput } from '../../components/date-input';
import { EditPanel, useEditPanel } from '../../components/edit-panel';
import { ErrorSummary } from '../../components/error-summary';
import { FormButtons } from '../../components/form-buttons';
import { Radios } from '../../components/radios';
import { SelectField } from '../../components/select-field';
import { Textarea } from '../../components/textarea';
import { TextInput } from '../../components/text-input';
import { formatPartialDate } from '../../domain/partial-date';
import { phaseName } from '../../domain/phase-rules';
import { type Phase, phaseKindLabels, phaseKinds, phaseSchema, phaseStatuses, phaseStatusLabels, type ProjectDetail } from '../../domain/project';
import { conflictingRecord } from '../../lib/conflict';
import { type DateParts, datePartsInError, EMPTY_DATE_PARTS, joinDateParts, readDateParts, splitPartialDate } from '../../lib/date-parts';
import { toFormErrors } from '../../lib/form-errors';
import { textValue } from '../../lib/form-values';
import { changePhase, type PhaseSubmission } from './phases-api';
import { projectQueries } from './projects-api';

type PhaseKindChoice = Phase['kind'] & string;

type DateField = 'startedOn' | 'plannedEndOn' | 'endedOn';

/** A number as typed: a whole number goes as one, anything else as the text, for the server to refuse with its own message. */
function numberOrText(value: string): number | string | null {
  const trimmed = value.trim().replaceAll(',', '').replace(/^£/, '');
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : value.trim();
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

function theirValue(phase: Phase, field: keyof Phase): string {
  const value = phase[field];
  if (value === null || value === '') return 'None';
  if (field === 'startedOn' || field === 'plannedEndOn' || field === 'endedOn') return formatPartialDate(String(value));
  if (field === 'kind') return phaseName(phase);
  return String(value);
}

/**
 * For managers: a form, opened from a button beside a phase, to correct it: its kind (one of the
 * GDS phases, or another kind with its own name), dates, plan, status, money and outcome. It sends
 * the version it read, so a change someone else saved meanwhile is shown, never silently undone.
 */
export function PhaseEditor({ slug, phase }: { slug: string; phase: Phase }) {
  const queryClient = useQueryClient();
  const { open, theirs, showTheirs, toggle, flip, close } = useEditPanel<Phase>();
  const [kind, setKind] = useState<PhaseKindChoice | undefined>(phase.kind ?? undefined);
  const [submittedDates, setSubmittedDates] = useState<Record<DateField, DateParts>>({
    startedOn: EMPTY_DATE_PARTS,
    plannedEndOn: EMPTY_DATE_PARTS,
    endedOn: EMPTY_DATE_PARTS,
  });
  const prefix = `edit-phase-${String(phase.id)}`;
  const detailKey = projectQueries.detail(slug).queryKey;
  const mutation = useMutation({
    mutationFn: (changes: PhaseSubmission) => changePhase(phase.id, changes),
    onSuccess: async () => {
      // A phase's kind and dates decide the project's current phase, which the page and the list show: both are read again.
      await queryClient.invalidateQueries({ queryKey: projectQueries.all });
      close();
    },
    onError: async (error) => {
      const current = conflictingRecord(error, phaseSchema);
      if (current === null) return;
      showTheirs(current);
      await queryClient.invalidateQueries({ queryKey: detailKey });
    },
  });
  const dateId = (field: DateField) => `${prefix}-${field}-${datePartsInError(submittedDates[field])[0] ?? 'day'}`;
  const errors = toFormErrors(mutation.error, {
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
  });

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const form = new FormData(event.currentTarget);
    const dates = {
      startedOn: readDateParts(form, 'startedOn'),
      plannedEndOn: readDateParts(form, 'plannedEndOn'),
      endedOn: readDateParts(form, 'endedOn'),
    };
    setSubmittedDates(dates);
    const status = textValue(form, 'status');
    mutation.mutate({
      version: phase.version,
      ...(kind === undefined ? {} : { kind }),
      label: orNull(textValue(form, 'label')),
      status: status === '' ? null : status,
      startedOn: joinDateParts(dates.startedOn),
      plannedWeeks: numberOrText(textValue(form, 'plannedWeeks')),
      plannedEndOn: joinDateParts(dates.plannedEndOn),
      endedOn: joinDateParts(dates.endedOn),
      fundingAmountPounds: numberOrText(textValue(form, 'fundingAmountPounds')),
      fundingStream: orNull(textValue(form, 'fundingStream')),
      outcome: orNull(textValue(form, 'outcome')),
    });
  };

  const name = phaseName(phase);
  return (
    <EditPanel
      id={prefix}
      open={open}
      toggle={toggle}
      button={
        <>
          Edit <span className="govuk-visually-hidden">{name}</span>
        </>
      }
      status={mutation.isSuccess && !open ? 'Phase saved.' : mutation.isPending ? 'Saving the phase…' : ''}
      onFlip={() => {
        mutation.reset();
        setKind(phase.kind ?? undefined);
        flip();
      }}
    >
      <form noValidate onSubmit={submit} aria-labelledby={`${prefix}-heading`} className="app-panel-form">
        <ErrorSummary errors={errors.summary} />
        <h4 className="govuk-heading-m" id={`${prefix}-heading`}>
          Edit {name}
        </h4>
        {theirs === null ? null : (
          <ConflictNotice
            heading="Someone else saved this phase while you were editing"
            headingLevel="h5"
            rows={(
              [
                ['kind', 'Phase'],
                ['status', 'Status'],
                ['startedOn', 'Started'],
                ['plannedWeeks', 'Planned length in weeks'],
                ['plannedEndOn', 'Planned end'],
                ['endedOn', 'Ended'],
                ['fundingAmountPounds', 'Funding in pounds'],
                ['fundingStream', 'Funding stream'],
                ['outcome', 'Outcome'],
              ] as const
            ).map(([field, key]) => ({ key, value: theirValue(theirs, field) }))}
          />
        )}
        <Radios
          id={`${prefix}-kind`}
          name="kind"
          legend="Which phase is it?"
          hint="The GDS phase, or another kind of phase (such as continuous funding) with its own name."
          error={errors.fields.kind ?? (kind === 'other' ? undefined : errors.fields.label)}
          value={kind}
          onChange={setKind}
          options={[
            ...phaseKinds.filter((choice) => choice !== 'other').map((choice) => ({ value: choice, label: phaseKindLabels[choice] })),
            {
              value: 'other' as const,
              label: 'Another kind of phase',
              conditional: (
                <TextInput
                  id={`${prefix}-label`}
                  name="label"
                  label="Name of the phase"
                  hint="For example, Continuous funding phase"
                  defaultValue={phase.label ?? ''}
                  error={errors.fields.label}
                />
              ),
            },
          ]}
        />
        {kind === 'other' ? null : (
          <TextInput
            id={`${prefix}-label`}
            name="label"
            label="Its own name (optional)"
            hint="Only if the team calls it something more, like Public beta"
            defaultValue={phase.label ?? ''}
            error={errors.fields.label}
          />
        )}
        <SelectField
          id={`${prefix}-status`}
          name="status"
          label="Status"
          emptyText="Not reported"
          defaultValue={phase.status ?? ''}
          options={phaseStatuses.map((status) => ({ value: status, text: phaseStatusLabels[status] }))}
          error={errors.fields.status}
        />
        <DateInput
          id={`${prefix}-startedOn`}
          name="startedOn"
          legend="Start"
          hint="For example, 11 5 2022. The day may be left empty."
          defaultValue={splitPartialDate(phase.startedOn)}
          error={errors.fields.startedOn}
        />
        <TextInput
          id={`${prefix}-planned-weeks`}
          name="plannedWeeks"
          label="Planned length in weeks (optional)"
          hint="Or give a planned end below, not both"
          inputMode="numeric"
          widthClass="govuk-input--width-4"
          defaultValue={phase.plannedWeeks === null ? '' : String(phase.plannedWeeks)}
          error={errors.fields.plannedWeeks}
        />
        <DateInput
          id={`${prefix}-plannedEndOn`}
          name="plannedEndOn"
          legend="Planned end (optional)"
          defaultValue={splitPartialDate(phase.plannedEndOn)}
          error={errors.fields.plannedEndOn}
        />
        <DateInput
          id={`${prefix}-endedOn`}
          name="endedOn"
          legend="Actual end (optional)"
          defaultValue={splitPartialDate(phase.endedOn)}
          error={errors.fields.endedOn}
        />
        <TextInput
          id={`${prefix}-funding`}
          name="fundingAmountPounds"
          label="Funding in pounds (optional)"
          hint="Whole pounds, for example 350000"
          inputMode="numeric"
          widthClass="govuk-input--width-10"
          defaultValue={phase.fundingAmountPounds === null ? '' : String(phase.fundingAmountPounds)}
          error={errors.fields.fundingAmountPounds}
        />
        <TextInput
          id={`${prefix}-funding-stream`}
          name="fundingStream"
          label="Funding stream (optional)"
          defaultValue={phase.fundingStream ?? ''}
          error={errors.fields.fundingStream}
        />
        <Textarea id={`${prefix}-outcome`} name="outcome" label="Outcome (optional)" defaultValue={phase.outcome ?? ''} error={errors.fields.outcome} />
        <FormButtons save="Save phase" onCancel={close} />
      </form>
    </EditPanel>
  );
}

/** Whether this person may correct the project's phases: the API's `allowed` says. */
export function canEditPhases(project: ProjectDetail): boolean {
  return project.allowed.includes('project:edit');
}
