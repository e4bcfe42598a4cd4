import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type SyntheticEvent, useEffect, useRef, useState } from 'react';
import { ConflictNotice } from '../../components/conflict-notice';
import { DateInput } from '../../components/date-input';
import { EditPanel, useEditPanel } from '../../components/edit-panel';
import { ErrorSummary } from '../../components/error-summary';
import { FormButtons } from '../../components/form-buttons';
import { Radios } from '../../components/radios';
import { StoredLink } from '../../components/stored-link';
import { Tag } from '../../components/tag';
import { Textarea } from '../../components/textarea';
import { TextInput } from '../../components/text-input';
import type { NewOutput, OutputChanges } from '../../domain/output-input';
import { formatPartialDate } from '../../domain/partial-date';
import { eventKinds, type Output, type OutputKind, outputKindLabels, outputKinds, outputSchema, type ProjectDetail } from '../../domain/project';
import { conflictingRecord } from '../../lib/conflict';
import {
  type DateParts,
  datePartsInError,
  EMPTY_DATE_PARTS,
  joinDateParts,
  readDateParts,
  sameDateParts,
  splitPartialDate,
} from '../../lib/date-parts';
import { toFormErrors } from '../../lib/form-errors';
import { textValue } from '../../lib/form-values';
import { showTheirsWhereUntouched } from '../../lib/untouched-fields';
import { createOutput, type OutputSubmission, removeOutput, updateOutput } from './outputs-api';
import { projectQueries } from './projects-api';
import { RemovedNotice, useRemovedNotice } from './removed-notice';
import { RemoveInPlace } from './remove-in-place';

/** The page lists things published (outputs) apart from talks and events, which happen on a day. */
export type OutputGroup = 'outputs' | 'events';

interface GroupWords {
  kinds: readonly OutputKind[];
  /** What one of the group is called in buttons and messages. */
  noun: string;
  add: string;
  dateLegend: string;
}

const GROUPS: Record<OutputGroup, GroupWords> = {
  outputs: {
    kinds: outputKinds.filter((kind) => !eventKinds.has(kind)),
    noun: 'output',
    add: 'Add an output',
    dateLegend: 'Date published (optional)',
  },
  events: {
    kinds: outputKinds.filter((kind) => eventKinds.has(kind)),
    noun: 'talk or event',
    add: 'Add a talk or event',
    dateLegend: 'Date of the talk or event (optional)',
  },
};

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** The fields of an output a form offers, by the API's names, in the order the form shows them (the error summary's order). */
const FIELDS = ['kind', 'title', 'date', 'url', 'description'] as const;
type OutputField = (typeof FIELDS)[number];

const FIELD_LABELS: Record<OutputField, string> = { kind: 'What it is', title: 'Title', date: 'Date', url: 'Link', description: 'Description' };

/** The id of an output's heading, where focus goes once one is added. */
export const outputHeadingId = (id: number) => `output-${String(id)}-heading`;

/** Whether this person may keep the project's outputs and events: the API's `allowed` says. */
export function canWriteOutputs(project: ProjectDetail): boolean {
  return project.allowed.includes('output:write');
}

function fieldIds(prefix: string, submittedDate: DateParts): Record<OutputField, string> {
  // A refused date links to its first box at fault, as GOV.UK's error summary does.
  const [firstDatePart = 'day'] = datePartsInError(submittedDate);
  return {
    kind: `${prefix}-kind`,
    title: `${prefix}-title`,
    date: `${prefix}-date-${firstDatePart}`,
    url: `${prefix}-url`,
    description: `${prefix}-description`,
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** An output form as submitted: the date's boxes as typed, and each text field as the API takes it, an empty box as none. */
function readOutputForm(form: FormData) {
  const date = readDateParts(form, 'date');
  return {
    date,
    joinedDate: joinDateParts(date),
    title: textValue(form, 'title'),
    url: orNull(textValue(form, 'url')),
    description: orNull(textValue(form, 'description')),
  };
}

/** Each text box of the form by its name, as it shows an output: what a conflict compares and replaces. */
function boxValues(output: Output): Record<string, string> {
  const date = splitPartialDate(output.date);
  return {
    title: output.title,
    'date-day': date.day,
    'date-month': date.month,
    'date-year': date.year,
    url: output.url ?? '',
    description: output.description ?? '',
  };
}

function theirValue(output: Output, field: OutputField): string {
  if (field === 'kind') return outputKindLabels[output.kind];
  const value = output[field];
  if (value === null || value === '') return 'None';
  return field === 'date' ? formatPartialDate(value) : value;
}

/**
 * A project's outputs, or its talks and events: each with its kind, title (a link where it has a
 * safe one), date and description. For people who may keep them (the project's own council staff
 * and managers), each has buttons to edit and remove it, and the list a button to add one.
 */
export function OutputList({ project, outputs, group, empty }: { project: ProjectDetail; outputs: readonly Output[]; group: OutputGroup; empty: string }) {
  const editable = canWriteOutputs(project);
  // What was removed last: its entry has gone, so the list says so where focus can land.
  const { removed, announce } = useRemovedNotice();
  return (
    <>
      <RemovedNotice removed={removed} />
      {outputs.length === 0 ? (
        <p className="govuk-body">{empty}</p>
      ) : (
        <ul className="govuk-list app-entries">
          {outputs.map((output) => (
            <li key={output.id} id={`output-${String(output.id)}`} className="app-entry">
              {/* A heading per output, so the list reads as a list of them; focusable from script only, where focus lands once it is added. */}
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1 app-focus-target" id={outputHeadingId(output.id)} tabIndex={-1}>
                <Tag colour="grey">{outputKindLabels[output.kind]}</Tag>
                <span className="govuk-visually-hidden">:</span>{' '}
                {/* Without a link that may be followed, the output is still named. */}
                <StoredLink href={output.url} fallback={<strong>{output.title}</strong>}>
                  {output.title}
                </StoredLink>
              </h3>
              <p className="govuk-body-s app-muted govuk-!-margin-bottom-1">{output.date === null ? 'Date not recorded' : formatPartialDate(output.date)}</p>
              {output.description === null ? null : <p className="govuk-body-s">{output.description}</p>}
              {editable ? (
                <>
                  <OutputEditor slug={project.slug} group={group} output={output} />
                  <RemoveInPlace
                    id={`remove-output-${String(output.id)}`}
                    slug={project.slug}
                    name={output.title}
                    question={`Are you sure you want to remove “${output.title}”?`}
                    consequence="It will no longer be listed on this project’s page. The project’s history keeps a record of it, and of who removed it."
                    confirm={`Yes, remove the ${GROUPS[group].noun}`}
                    conflict={`Someone else changed this ${GROUPS[group].noun} meanwhile. It now shows what they saved: check it, then remove it if you still want to.`}
                    remove={() => removeOutput(output.id, output.version)}
                    onRemoved={(already) => {
                      announce(already ? `“${output.title}” had already been removed.` : `“${output.title}” has been removed.`);
                    }}
                  />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {editable ? <AddOutput project={project} group={group} outputs={outputs} /> : null}
    </>
  );
}

/**
 * An output's fields. Uncontrolled but for its kind: after a conflict the values given change to
 * the other person's, and a box the person has not touched follows them while one they typed in
 * keeps their text. The kind is controlled so its radios can do the same (see `kind`).
 */
function OutputFields({
  prefix,
  group,
  values,
  kind,
  onKindChange,
  errors,
  submittedDate,
}: {
  /** What the ids of this form's controls start with, so two forms on a page never share one. */
  prefix: string;
  group: OutputGroup;
  values: Output | null;
  kind: OutputKind | undefined;
  onKindChange: (kind: OutputKind) => void;
  errors: Partial<Record<OutputField, string>>;
  /** The date's boxes as last sent, to mark the ones a refusal is about. */
  submittedDate: DateParts;
}) {
  const words = GROUPS[group];
  return (
    <>
      <Radios
        id={`${prefix}-kind`}
        name="kind"
        legend="What is it?"
        error={errors.kind}
        value={kind}
        onChange={onKindChange}
        options={words.kinds.map((choice) => ({ value: choice, label: outputKindLabels[choice] }))}
      />
      <TextInput id={`${prefix}-title`} name="title" label="Title" defaultValue={values?.title ?? ''} error={errors.title} />
      <DateInput
        id={`${prefix}-date`}
        name="date"
        legend={words.dateLegend}
        hint="For example, 27 3 2026. The day may be left empty."
        error={errors.date}
        errorParts={datePartsInError(submittedDate)}
        defaultValue={splitPartialDate(values?.date ?? null)}
      />
      <TextInput
        id={`${prefix}-url`}
        name="url"
        type="url"
        label="Link (optional)"
        hint="Starting https://"
        autoComplete="off"
        spellCheck={false}
        defaultValue={values?.url ?? ''}
        error={errors.url}
      />
      <Textarea id={`${prefix}-description`} name="description" label="Description (optional)" defaultValue={values?.description ?? ''} error={errors.description} />
    </>
  );
}

/** Puts an output as someone else saved it into the page's copy of its project. */
function withOutput(project: ProjectDetail | undefined, saved: Output): ProjectDetail | undefined {
  return project === undefined ? undefined : { ...project, outputs: project.outputs.map((item) => (item.id === saved.id ? saved : item)) };
}

/**
 * A form, opened from a button beside an output, to correct it. It sends the version it read, so
 * a change someone else saved meanwhile is shown, never silently undone. Its kind stays within its
 * group, so it stays in the list it was opened from, where its button keeps focus.
 */
function OutputEditor({ slug, group, output }: { slug: string; group: OutputGroup; output: Output }) {
  const queryClient = useQueryClient();
  const { open, theirs, showTheirs, toggle, flip, close } = useEditPanel<Output>();
  // Undefined until the person chooses: until then the radios show the kind as saved, theirs after a conflict.
  const [kind, setKind] = useState<OutputKind | undefined>(undefined);
  const [submittedDate, setSubmittedDate] = useState<DateParts>(EMPTY_DATE_PARTS);
  const form = useRef<HTMLFormElement>(null);
  const words = GROUPS[group];
  const detailKey = projectQueries.detail(slug).queryKey;
  const mutation = useMutation({
    mutationFn: (changes: OutputSubmission<OutputChanges>) => updateOutput(output.id, changes),
    onSuccess: async () => {
      // The page and the portfolio's list read the project: both are read again, and "Saving…" stays up until the page shows the change.
      await queryClient.invalidateQueries({ queryKey: projectQueries.all });
      close();
    },
    onError: (error) => {
      const current = conflictingRecord(error, outputSchema);
      if (current === null) return;
      // `output` is still the record the form opened with: boxes showing it as it was take theirs.
      showTheirsWhereUntouched(form.current, boxValues(output), boxValues(current));
      showTheirs(current);
      // The page's copy becomes theirs, so saving again sends the newer version: overwriting them is possible, but only knowingly.
      queryClient.setQueryData(detailKey, (project) => withOutput(project, current));
    },
  });
  const prefix = `edit-output-${String(output.id)}`;
  const errors = toFormErrors(mutation.error, fieldIds(prefix, submittedDate));

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const { date, joinedDate, ...fields } = readOutputForm(new FormData(event.currentTarget));
    setSubmittedDate(date);
    // A date left as shown is not sent: one recorded as a year alone could not be sent back as it
    // is, and the person did not mean to change it.
    const dateChanged = !sameDateParts(date, splitPartialDate(output.date));
    mutation.mutate({ version: output.version, ...(kind === undefined ? {} : { kind }), ...fields, ...(dateChanged ? { date: joinedDate } : {}) });
  };

  return (
    <EditPanel
      id={prefix}
      open={open}
      toggle={toggle}
      button={
        <>
          Edit <span className="govuk-visually-hidden">{output.title}</span>
        </>
      }
      status={mutation.isSuccess && !open ? `${capitalised(words.noun)} saved.` : mutation.isPending ? `Saving the ${words.noun}…` : ''}
      onFlip={() => {
        mutation.reset();
        setKind(undefined);
        setSubmittedDate(EMPTY_DATE_PARTS);
        flip();
      }}
    >
      <form ref={form} noValidate onSubmit={submit} aria-labelledby={`${prefix}-heading`} className="app-panel-form">
        <ErrorSummary errors={errors.summary} />
        <h4 className="govuk-heading-m" id={`${prefix}-heading`}>
          Edit {output.title}
        </h4>
        {theirs === null ? null : (
          <ConflictNotice
            heading={`Someone else saved this ${words.noun} while you were editing`}
            headingLevel="h5"
            rows={FIELDS.map((field) => ({ key: FIELD_LABELS[field], value: theirValue(theirs, field) }))}
          />
        )}
        <OutputFields
          prefix={prefix}
          group={group}
          values={output}
          kind={kind ?? output.kind}
          onKindChange={setKind}
          errors={errors.fields}
          submittedDate={submittedDate}
        />
        <FormButtons save={`Save ${words.noun}`} onCancel={close} />
      </form>
    </EditPanel>
  );
}

/** A form, opened from a button below the list, to add an output, or a talk or event, to the project. */
function AddOutput({ project, group, outputs }: { project: ProjectDetail; group: OutputGroup; outputs: readonly Output[] }) {
  const queryClient = useQueryClient();
  const { open, toggle, flip, close } = useEditPanel<never>();
  const [kind, setKind] = useState<OutputKind | undefined>(undefined);
  const [submittedDate, setSubmittedDate] = useState<DateParts>(EMPTY_DATE_PARTS);
  const [addedId, setAddedId] = useState<number | null>(null);
  const words = GROUPS[group];
  const prefix = `add-${group}`;
  const mutation = useMutation({
    mutationFn: (output: OutputSubmission<NewOutput>) => createOutput(project.slug, output),
    onSuccess: async ({ output }) => {
      // The page shows the project as the server orders it, so it is read again rather than patched here.
      await queryClient.invalidateQueries({ queryKey: projectQueries.all });
      // The form is gone: focus waits on its button until the new entry is there to take it.
      close();
      setAddedId(output.id);
    },
  });
  const errors = toFormErrors(mutation.error, fieldIds(prefix, submittedDate));

  // Focus moves to what was just added, so a keyboard or screen reader user finds it, and its buttons, without searching the list.
  const arrived = addedId !== null && outputs.some((output) => output.id === addedId);
  useEffect(() => {
    if (arrived) document.getElementById(outputHeadingId(addedId))?.focus();
  }, [arrived, addedId]);

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const { date, joinedDate, ...fields } = readOutputForm(new FormData(event.currentTarget));
    setSubmittedDate(date);
    mutation.mutate({ ...(kind === undefined ? {} : { kind }), ...fields, date: joinedDate });
  };

  return (
    <EditPanel
      id={prefix}
      open={open}
      toggle={toggle}
      button={words.add}
      status={mutation.isSuccess && !open ? `${capitalised(words.noun)} added.` : mutation.isPending ? `Adding the ${words.noun}…` : ''}
      onFlip={() => {
        mutation.reset();
        setKind(undefined);
        setSubmittedDate(EMPTY_DATE_PARTS);
        flip();
      }}
    >
      <form noValidate onSubmit={submit} aria-labelledby={`${prefix}-heading`} className="app-panel-form">
        <ErrorSummary errors={errors.summary} />
        <h3 className="govuk-heading-m" id={`${prefix}-heading`}>
          {words.add}
        </h3>
        <OutputFields
          prefix={prefix}
          group={group}
          values={null}
          kind={kind}
          onKindChange={setKind}
          errors={errors.fields}
          submittedDate={submittedDate}
        />
        <FormButtons save={`Add ${words.noun}`} onCancel={close} />
      </form>
    </EditPanel>
  );
}
