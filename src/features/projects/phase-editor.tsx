import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type SyntheticEvent, useRef, useState } from 'react';
import { ConflictNotice } from '../../components/conflict-notice';
import { EditPanel, useEditPanel } from '../../components/edit-panel';
import { ErrorSummary } from '../../components/error-summary';
import { FormButtons } from '../../components/form-buttons';
import { formatPartialDate } from '../../domain/partial-date';
import { currentPhase, phaseName } from '../../domain/phase-rules';
import { type Phase, phaseSchema, type ProjectDetail } from '../../domain/project';
import { conflictingRecord } from '../../lib/conflict';
import { EMPTY_DATE_PARTS, splitPartialDate } from '../../lib/date-parts';
import { toFormErrors } from '../../lib/form-errors';
import { showTheirsWhereUntouched } from '../../lib/untouched-fields';
import { type PhaseDates, type PhaseKindChoice, PhaseFields, phaseFieldIds, readPhaseForm } from './phase-fields';
import { changePhase, type PhaseSubmission, removePhase, startNextPhase, type NextPhaseSubmission } from './phases-api';
import { projectQueries } from './projects-api';
import { RemoveInPlace } from './remove-in-place';

const NO_DATES: PhaseDates = { startedOn: EMPTY_DATE_PARTS, plannedEndOn: EMPTY_DATE_PARTS, endedOn: EMPTY_DATE_PARTS };

const THEIR_FIELDS = [
  ['kind', 'Phase'],
  ['status', 'Status'],
  ['startedOn', 'Started'],
  ['plannedWeeks', 'Planned length in weeks'],
  ['plannedEndOn', 'Planned end'],
  ['endedOn', 'Ended'],
  ['fundingAmountPounds', 'Funding in pounds'],
  ['fundingStream', 'Funding stream'],
  ['outcome', 'Outcome'],
] as const;

function theirValue(phase: Phase, field: (typeof THEIR_FIELDS)[number][0]): string {
  const value = phase[field];
  if (value === null || value === '') return 'None';
  if (field === 'startedOn' || field === 'plannedEndOn' || field === 'endedOn') return formatPartialDate(String(value));
  if (field === 'kind') return phaseName(phase);
  return String(value);
}

/** Each box's value as the form shows it, by its name (the kind's radios are the form's own state). */
function phaseBoxes(phase: Phase): Record<string, string> {
  const dates = { startedOn: splitPartialDate(phase.startedOn), plannedEndOn: splitPartialDate(phase.plannedEndOn), endedOn: splitPartialDate(phase.endedOn) };
  return {
    label: phase.label ?? '',
    ...Object.fromEntries(Object.entries(dates).flatMap(([name, parts]) => Object.entries(parts).map(([part, value]) => [`${name}-${part}`, value]))),
    plannedWeeks: phase.plannedWeeks === null ? '' : String(phase.plannedWeeks),
    fundingAmountPounds: phase.fundingAmountPounds === null ? '' : String(phase.fundingAmountPounds),
    fundingStream: phase.fundingStream ?? '',
    outcome: phase.outcome ?? '',
  };
}

/** Whether this person may correct the project's phases: the API's `allowed` says. */
export function canEditPhases(project: ProjectDetail): boolean {
  return project.allowed.includes('project:edit');
}

/**
 * For managers: a form, opened from a button beside a phase, to correct it, and a way to remove
 * it after confirming (`onRemoved` says so in the list, as the phase goes). Saving sends the version read, so a change someone else saved meanwhile
 * is shown, never silently undone.
 */
export function PhaseEditor({ slug, phase, onRemoved }: { slug: string; phase: Phase; onRemoved: (message: string) => void }) {
  const queryClient = useQueryClient();
  const { open, theirs, showTheirs, toggle, flip, close } = useEditPanel<Phase>();
  const [kind, setKind] = useState<PhaseKindChoice | undefined>(phase.kind ?? undefined);
  const [submittedDates, setSubmittedDates] = useState<PhaseDates>(NO_DATES);
  const form = useRef<HTMLFormElement>(null);
  const prefix = `edit-phase-${String(phase.id)}`;
  const refresh = () => queryClient.invalidateQueries({ queryKey: projectQueries.all });
  const mutation = useMutation({
    mutationFn: (changes: PhaseSubmission) => changePhase(phase.id, changes),
    onSuccess: async () => {
      // A phase's kind and dates decide the project's current phase, which the page and the list show: both are read again.
      await refresh();
      close();
    },
    onError: async (error) => {
      const current = conflictingRecord(error, phaseSchema);
      if (current === null) return;
      showTheirs(current);
      showTheirsWhereUntouched(form.current, phaseBoxes(phase), phaseBoxes(current));
      if (kind === (phase.kind ?? undefined)) setKind(current.kind ?? undefined);
      await refresh();
    },
  });
  const errors = toFormErrors(mutation.error, phaseFieldIds(prefix, submittedDates));

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const { dates, values } = readPhaseForm(new FormData(event.currentTarget));
    setSubmittedDates(dates);
    mutation.mutate({ version: phase.version, ...(kind === undefined ? {} : { kind }), ...values });
  };

  const name = phaseName(phase);
  return (
    <>
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
        <form ref={form} noValidate onSubmit={submit} aria-labelledby={`${prefix}-heading`} className="app-panel-form">
          <ErrorSummary errors={errors.summary} />
          <h4 className="govuk-heading-m" id={`${prefix}-heading`}>
            Edit {name}
          </h4>
          {theirs === null ? null : (
            <ConflictNotice
              heading="Someone else saved this phase while you were editing"
              headingLevel="h5"
              rows={THEIR_FIELDS.map(([field, key]) => ({ key, value: theirValue(theirs, field) }))}
            />
          )}
          <PhaseFields prefix={prefix} values={phase} kind={kind} onKind={setKind} errors={errors.fields} />
          <FormButtons save="Save phase" onCancel={close} />
        </form>
      </EditPanel>
      {open ? null : (
        <RemoveInPlace
          id={`remove-phase-${String(phase.id)}`}
          slug={slug}
          name={name}
          question={`Are you sure you want to remove ${name}?`}
          consequence="It will no longer show on the project. The history keeps a record of it and of who removed it."
          confirm="Yes, remove the phase"
          conflict="Someone else changed this phase meanwhile. Check it below before you remove it."
          remove={() => removePhase(phase.id, phase.version)}
          onRemoved={(already) => {
            onRemoved(already ? `${name} had already been removed.` : `${name} has been removed.`);
          }}
        />
      )}
    </>
  );
}

/**
 * For managers: start the project's next phase. The phase under way ends the day the new one
 * starts, in one change, so the project is never shown in two phases or none. A repeated phase
 * (a second alpha) or another kind (continuous funding) is allowed.
 */
export function StartNextPhase({ project, asOf }: { project: ProjectDetail; asOf: string }) {
  const queryClient = useQueryClient();
  const { open, toggle, flip, close } = useEditPanel<never>();
  const [kind, setKind] = useState<PhaseKindChoice | undefined>(undefined);
  const [submittedDates, setSubmittedDates] = useState<PhaseDates>(NO_DATES);
  const ending = currentPhase(project.phases, asOf);
  const prefix = 'next-phase';
  const mutation = useMutation({
    mutationFn: (next: NextPhaseSubmission) => startNextPhase(project.slug, next),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: projectQueries.all });
      close();
    },
    onError: async (error) => {
      // Someone changed the phase being ended: the page reads it again, and saying so is the error summary's.
      if (conflictingRecord(error, phaseSchema) !== null) await queryClient.invalidateQueries({ queryKey: projectQueries.detail(project.slug).queryKey });
    },
  });
  const errors = toFormErrors(mutation.error, phaseFieldIds(prefix, submittedDates));

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const { dates, values } = readPhaseForm(new FormData(event.currentTarget));
    setSubmittedDates(dates);
    mutation.mutate({
      ending: ending === null ? null : { id: ending.id, version: ending.version },
      // An unchosen kind is sent as nothing, for the server to ask for it with its own message.
      ...(kind === undefined ? {} : { kind }),
      label: values.label,
      startedOn: values.startedOn,
      plannedWeeks: values.plannedWeeks,
      plannedEndOn: values.plannedEndOn,
      fundingAmountPounds: values.fundingAmountPounds,
      fundingStream: values.fundingStream,
    });
  };

  return (
    <EditPanel
      id={prefix}
      open={open}
      toggle={toggle}
      button={project.phases.length === 0 ? 'Add the first phase' : 'Start the next phase'}
      status={mutation.isSuccess && !open ? 'Phase started.' : mutation.isPending ? 'Starting the phase…' : ''}
      onFlip={() => {
        mutation.reset();
        setSubmittedDates(NO_DATES);
        flip();
      }}
    >
      <form noValidate onSubmit={submit} aria-labelledby={`${prefix}-heading`} className="app-panel-form">
        <ErrorSummary errors={errors.summary} />
        <h3 className="govuk-heading-m" id={`${prefix}-heading`}>
          {project.phases.length === 0 ? 'Add the first phase' : 'Start the next phase'}
        </h3>
        <p className="govuk-body">
          {ending === null
            ? 'It starts in progress on the day you give.'
            : `${phaseName(ending)} ends on the day the next phase starts, and the next phase starts in progress.`}
        </p>
        <PhaseFields
          prefix={prefix}
          values={null}
          kind={kind}
          onKind={setKind}
          errors={errors.fields}
          omit={['status', 'endedOn', 'outcome']}
          startLegend="When does it start?"
          startHint="For example, 7 4 2022"
        />
        <FormButtons save={project.phases.length === 0 ? 'Add the phase' : 'Start the phase'} onCancel={close} />
      </form>
    </EditPanel>
  );
}
