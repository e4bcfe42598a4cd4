import { organisationSearchQuery } from '../../lib/organisation-list-query';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type SyntheticEvent, useEffect, useRef, useState } from 'react';
import { ConflictNotice } from '../../components/conflict-notice';
import { DateInput } from '../../components/date-input';
import { EditPanel, useEditPanel } from '../../components/edit-panel';
import { ErrorSummary } from '../../components/error-summary';
import { FormButtons } from '../../components/form-buttons';
import { Radios } from '../../components/radios';
import { SelectField } from '../../components/select-field';
import { Textarea } from '../../components/textarea';
import { TextInput } from '../../components/text-input';
import { organisationKindLabels, organisationKinds, type OrganisationListItem } from '../../domain/organisation';
import { formatPartialDate } from '../../domain/partial-date';
import type { PartnershipChanges } from '../../domain/partnership-input';
import { phaseName } from '../../domain/phase-rules';
import {
  type Partnership,
  type PartnershipRole,
  partnershipRoleLabels,
  partnershipRoles,
  partnershipSchema,
  type Phase,
  type ProjectDetail,
} from '../../domain/project';
import { ApiRequestError } from '../../lib/api-client';
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
import { organisationListQuery } from '../../lib/organisation-list-query';
import { showTheirsWhereUntouched } from '../../lib/untouched-fields';
import { NEW_ORGANISATION } from './organisation-picker';
import { createPartnership, type PartnershipSubmission, removePartnership, updatePartnership } from './partnerships-api';
import { projectQueries } from './projects-api';
import { RemovedNotice, useRemovedNotice } from './removed-notice';
import { RemoveInPlace } from './remove-in-place';

type DateField = 'joinedOn' | 'leftOn';

const NO_DATES: Record<DateField, DateParts> = { joinedOn: EMPTY_DATE_PARTS, leftOn: EMPTY_DATE_PARTS };

/** More matches than this are too many to read through as radios: the person is asked for more words instead. */
const MOST_MATCHES = 20;

/** The id of a partnership's heading in the list of partners to change, where focus goes once one is added. */
export const partnershipHeadingId = (id: number) => `partnership-${String(id)}-heading`;

/** Whether this person may change who takes part in the project (LDCU managers): the API's `allowed` says. */
export function canEditPartnerships(project: ProjectDetail): boolean {
  return project.allowed.includes('project:edit');
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

const phasesInOrder = (project: ProjectDetail) => [...project.phases].sort((a, b) => a.position - b.position);

/** "Leeds City Council as lead", "Adur & Worthing Councils as partner in discovery": one partnership among several of the same organisation. */
function describePartnership(partnership: Partnership, phases: readonly Phase[]): string {
  const phase = phases.find((candidate) => candidate.id === partnership.phaseId);
  const role = partnershipRoleLabels[partnership.role].toLowerCase();
  return `${partnership.organisation.name} as ${role}${phase === undefined ? '' : ` in ${phaseName(phase).toLowerCase()}`}`;
}

function dateFieldId(prefix: string, field: DateField, submitted: DateParts): string {
  // A refused date links to its first box at fault, as GOV.UK's error summary does.
  return `${prefix}-${field}-${datePartsInError(submitted)[0] ?? 'day'}`;
}

/** The ids of the fields every partnership form has, in the order the form shows them (the error summary's order). */
function partnershipFieldIds(prefix: string, submittedDates: Record<DateField, DateParts>) {
  return {
    role: `${prefix}-role`,
    phaseId: `${prefix}-phase`,
    joinedOn: dateFieldId(prefix, 'joinedOn', submittedDates.joinedOn),
    leftOn: dateFieldId(prefix, 'leftOn', submittedDates.leftOn),
    note: `${prefix}-note`,
  };
}

type PartnershipField = keyof ReturnType<typeof partnershipFieldIds>;

/** Each text box of the form by its name, as it shows a partnership: what a conflict compares and replaces. */
function boxValues(partnership: Partnership): Record<string, string> {
  const joined = splitPartialDate(partnership.joinedOn);
  const left = splitPartialDate(partnership.leftOn);
  return {
    'joinedOn-day': joined.day,
    'joinedOn-month': joined.month,
    'joinedOn-year': joined.year,
    'leftOn-day': left.day,
    'leftOn-month': left.month,
    'leftOn-year': left.year,
    note: partnership.note ?? '',
  };
}

function theirValue(partnership: Partnership, field: PartnershipField, phases: readonly Phase[]): string {
  switch (field) {
    case 'role':
      return partnershipRoleLabels[partnership.role];
    case 'phaseId': {
      const phase = phases.find((candidate) => candidate.id === partnership.phaseId);
      return phase === undefined ? 'All of them' : phaseName(phase);
    }
    case 'joinedOn':
    case 'leftOn': {
      const date = partnership[field];
      return date === null ? 'None' : formatPartialDate(date);
    }
    case 'note':
      return partnership.note ?? 'None';
  }
}

/**
 * For managers, below the table of partners: each organisation's part in the project with buttons
 * to change or remove it, and a button to add another. Each partnership is one row here, where the
 * table gathers an organisation's phases into one, because each is changed on its own.
 */
export function PartnershipEditors({ project }: { project: ProjectDetail }) {
  const phases = phasesInOrder(project);
  // What was removed last: its entry has gone, so the list says so where focus can land.
  const { removed, announce } = useRemovedNotice();
  return (
    <>
      <RemovedNotice removed={removed} />
      {project.partnerships.length === 0 ? null : (
        <ul className="govuk-list app-entries" aria-label="Partners to change">
          {project.partnerships.map((partnership) => {
            const description = describePartnership(partnership, phases);
            const phase = phases.find((candidate) => candidate.id === partnership.phaseId);
            const facts = [
              `${partnershipRoleLabels[partnership.role]}${phase === undefined ? '' : ` in ${phaseName(phase).toLowerCase()}`}`,
              partnership.joinedOn === null ? null : `joined ${formatPartialDate(partnership.joinedOn)}`,
              partnership.leftOn === null ? null : `left ${formatPartialDate(partnership.leftOn)}`,
            ].filter((fact) => fact !== null);
            return (
              <li key={partnership.id} className="app-entry">
                {/* Focusable from script only: where focus lands once this partnership is added. */}
                <h3 className="govuk-heading-s govuk-!-margin-bottom-1 app-focus-target" id={partnershipHeadingId(partnership.id)} tabIndex={-1}>
                  {partnership.organisation.name}
                </h3>
                <p className="govuk-body-s app-muted">{facts.join(', ')}</p>
                <PartnershipEditor project={project} partnership={partnership} />
                <RemoveInPlace
                  id={`remove-partnership-${String(partnership.id)}`}
                  slug={project.slug}
                  name={description}
                  question={`Are you sure you want to remove ${description}?`}
                  consequence="It will no longer be listed in this project. If it has only stopped taking part, edit it to give the date it left instead: that keeps it among past partners. The project’s history keeps a record of it."
                  confirm="Yes, remove it from the project"
                  conflict="Someone else changed this partnership meanwhile. It now shows what they saved: check it, then remove it if you still want to."
                  remove={() => removePartnership(partnership.id, partnership.version)}
                  onRemoved={(already) => {
                    const name = partnership.organisation.name;
                    announce(already ? `${name} had already been removed from this project.` : `${name} has been removed from this project.`);
                  }}
                />
              </li>
            );
          })}
        </ul>
      )}
      <AddPartnership project={project} />
    </>
  );
}

/**
 * A partnership's own fields: role, phase, dates and note. Text boxes are uncontrolled, so after a
 * conflict a box the person has not touched follows the other person's value while one they typed
 * in keeps their text; the role and phase are controlled by the form so they can do the same.
 */
function PartnershipFields({
  prefix,
  phases,
  values,
  role,
  onRoleChange,
  phase,
  onPhaseChange,
  errors,
  submittedDates,
}: {
  prefix: string;
  phases: readonly Phase[];
  values: Partnership | null;
  role: PartnershipRole | undefined;
  onRoleChange: (role: PartnershipRole) => void;
  /** The phase chosen, '' for all of them; undefined leaves the select to itself. */
  phase: string | undefined;
  onPhaseChange?: (phase: string) => void;
  errors: Partial<Record<PartnershipField, string>>;
  submittedDates: Record<DateField, DateParts>;
}) {
  return (
    <>
      <Radios
        id={`${prefix}-role`}
        name="role"
        legend="Role in the project"
        error={errors.role}
        value={role}
        onChange={onRoleChange}
        options={partnershipRoles.map((choice) => ({ value: choice, label: partnershipRoleLabels[choice] }))}
      />
      {/* With no phases recorded there is nothing to choose: it takes part in the whole project. */}
      {phases.length === 0 ? null : (
        <SelectField
          id={`${prefix}-phase`}
          name="phaseId"
          label="Which phase did it take part in?"
          hint="Choose one only if it took part in that phase alone"
          emptyText="All of them"
          options={phases.map((choice) => ({ value: String(choice.id), text: phaseName(choice) }))}
          error={errors.phaseId}
          {...(phase === undefined ? { defaultValue: '' } : { value: phase, onValueChange: onPhaseChange })}
        />
      )}
      {(['joinedOn', 'leftOn'] as const).map((field) => (
        <DateInput
          key={field}
          id={`${prefix}-${field}`}
          name={field}
          legend={field === 'joinedOn' ? 'When it joined (optional)' : 'When it left (optional)'}
          hint={field === 'joinedOn' ? 'For example, 7 4 2022. The day may be left empty.' : 'Leave empty if it still takes part'}
          error={errors[field]}
          errorParts={datePartsInError(submittedDates[field])}
          defaultValue={splitPartialDate(values?.[field] ?? null)}
        />
      ))}
      <Textarea id={`${prefix}-note`} name="note" label="Note (optional)" rows={3} defaultValue={values?.note ?? ''} error={errors.note} />
    </>
  );
}

/** Puts a partnership as someone else saved it into the page's copy of its project. */
function withPartnership(project: ProjectDetail | undefined, saved: Partnership): ProjectDetail | undefined {
  return project === undefined ? undefined : { ...project, partnerships: project.partnerships.map((item) => (item.id === saved.id ? saved : item)) };
}

/**
 * A form, opened from a button beside a partnership, to correct its role, phase, dates or note.
 * Another organisation is another partnership: this one is removed and that one added. It sends
 * the version it read, so a change someone else saved meanwhile is shown, never silently undone.
 */
function PartnershipEditor({ project, partnership }: { project: ProjectDetail; partnership: Partnership }) {
  const queryClient = useQueryClient();
  const { open, theirs, showTheirs, toggle, flip, close } = useEditPanel<Partnership>();
  // Undefined until the person chooses: until then each shows the partnership as saved, theirs after a conflict.
  const [role, setRole] = useState<PartnershipRole | undefined>(undefined);
  const [phase, setPhase] = useState<string | undefined>(undefined);
  const [submittedDates, setSubmittedDates] = useState<Record<DateField, DateParts>>(NO_DATES);
  const formElement = useRef<HTMLFormElement>(null);
  const phases = phasesInOrder(project);
  const prefix = `edit-partnership-${String(partnership.id)}`;
  const description = describePartnership(partnership, phases);
  const mutation = useMutation({
    mutationFn: (changes: PartnershipChanges) => updatePartnership(partnership.id, changes),
    onSuccess: async () => {
      // Partners show on the page and the portfolio's cards: both are read again. The list of
      // organisations counts partners: marked stale, for when it is next shown.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: projectQueries.all }),
        queryClient.invalidateQueries({ queryKey: organisationListQuery().queryKey, refetchType: 'none' }),
      ]);
      close();
    },
    onError: (error) => {
      const current = conflictingRecord(error, partnershipSchema);
      if (current === null) return;
      // `partnership` is still the record the form opened with: boxes showing it as it was take theirs.
      showTheirsWhereUntouched(formElement.current, boxValues(partnership), boxValues(current));
      showTheirs(current);
      // The page's copy becomes theirs, so saving again sends the newer version: overwriting them is possible, but only knowingly.
      queryClient.setQueryData(projectQueries.detail(project.slug).queryKey, (detail) => withPartnership(detail, current));
    },
  });
  const fieldIds = partnershipFieldIds(prefix, submittedDates);
  const errors = toFormErrors(mutation.error, fieldIds);

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const form = new FormData(event.currentTarget);
    const dates = { joinedOn: readDateParts(form, 'joinedOn'), leftOn: readDateParts(form, 'leftOn') };
    setSubmittedDates(dates);
    // A date left as shown is not sent: one recorded as a year alone could not be sent back as it
    // is, and the person did not mean to change it.
    const changedDates = (['joinedOn', 'leftOn'] as const).filter((field) => !sameDateParts(dates[field], splitPartialDate(partnership[field])));
    mutation.mutate({
      version: partnership.version,
      ...(role === undefined ? {} : { role }),
      ...(phase === undefined ? {} : { phaseId: phase === '' ? null : Number(phase) }),
      ...Object.fromEntries(changedDates.map((field) => [field, joinDateParts(dates[field])])),
      note: orNull(textValue(form, 'note')),
    });
  };

  return (
    <EditPanel
      id={prefix}
      open={open}
      toggle={toggle}
      button={
        <>
          Edit <span className="govuk-visually-hidden">{description}</span>
        </>
      }
      status={mutation.isSuccess && !open ? 'Partner saved.' : mutation.isPending ? 'Saving the partner…' : ''}
      onFlip={() => {
        mutation.reset();
        setRole(undefined);
        setPhase(undefined);
        setSubmittedDates(NO_DATES);
        flip();
      }}
    >
      <form ref={formElement} noValidate onSubmit={submit} aria-labelledby={`${prefix}-heading`} className="app-panel-form">
        <ErrorSummary errors={errors.summary} />
        <h4 className="govuk-heading-m" id={`${prefix}-heading`}>
          Edit {description}
        </h4>
        {theirs === null ? null : (
          <ConflictNotice
            heading="Someone else saved this partner while you were editing"
            headingLevel="h5"
            rows={(
              [
                ['role', 'Role'],
                ['phaseId', 'Phase'],
                ['joinedOn', 'Joined'],
                ['leftOn', 'Left'],
                ['note', 'Note'],
              ] as const
            ).map(([field, key]) => ({ key, value: theirValue(theirs, field, phases) }))}
          />
        )}
        <PartnershipFields
          prefix={prefix}
          phases={phases}
          values={partnership}
          role={role ?? partnership.role}
          onRoleChange={setRole}
          phase={phase ?? String(partnership.phaseId ?? '')}
          onPhaseChange={setPhase}
          errors={errors.fields}
          submittedDates={submittedDates}
        />
        <FormButtons save="Save partner" onCancel={close} />
      </form>
    </EditPanel>
  );
}

/**
 * The API names a new organisation's fields inside it (`newOrganisation.name`); the form has a
 * control for each, so each gets a name of its own for its message to sit beside it.
 */
function withNewOrganisationFields(error: unknown): unknown {
  if (!(error instanceof ApiRequestError)) return error;
  const names: Record<string, string> = {
    newOrganisation: 'newOrganisationName',
    'newOrganisation.name': 'newOrganisationName',
    'newOrganisation.kind': 'newOrganisationKind',
  };
  const fields = Object.fromEntries(Object.entries(error.fields).map(([path, messages]) => [names[path] ?? path, messages]));
  return new ApiRequestError(error.status, error.message, fields, error.body);
}

function matchHint(organisation: OrganisationListItem): string {
  const counts = [
    organisation.leadCount === 0 ? null : `leads ${String(organisation.leadCount)} ${organisation.leadCount === 1 ? 'project' : 'projects'}`,
    organisation.partnerCount === 0 ? null : `partner in ${String(organisation.partnerCount)}`,
  ].filter((count) => count !== null);
  return [organisationKindLabels[organisation.kind], ...counts].join(', ');
}

/**
 * A form, opened from a button below the partners, to add an organisation to the project. It first
 * finds the organisation by name, so one already in the portfolio is chosen rather than added again;
 * only when none of the matches is it does the person give a new one's name and kind. The search is
 * a form of its own, so Enter in its box finds, and Enter anywhere else saves.
 */
function AddPartnership({ project }: { project: ProjectDetail }) {
  const queryClient = useQueryClient();
  const { open, toggle, flip, close } = useEditPanel<never>();
  /** The words last searched for; null before any search. */
  const [search, setSearch] = useState<string | null>(null);
  const [searchEmpty, setSearchEmpty] = useState(false);
  const [choice, setChoice] = useState<string | undefined>(undefined);
  const [role, setRole] = useState<PartnershipRole | undefined>(undefined);
  const [submittedDates, setSubmittedDates] = useState<Record<DateField, DateParts>>(NO_DATES);
  const [addedId, setAddedId] = useState<number | null>(null);
  const phases = phasesInOrder(project);
  const prefix = 'add-partnership';
  const found = useQuery({
    ...organisationSearchQuery(search ?? ''),
    enabled: search !== null,
    // The matches stay while the next search is answered, so a new organisation's name typed under them is not lost.
    placeholderData: keepPreviousData,
  });

  const forget = () => {
    setSearch(null);
    setSearchEmpty(false);
    setChoice(undefined);
    setRole(undefined);
    setSubmittedDates(NO_DATES);
  };
  const mutation = useMutation({
    mutationFn: (partnership: PartnershipSubmission) => createPartnership(project.slug, partnership),
    onSuccess: async ({ partnership }) => {
      // Partners show on the page and the portfolio's cards: both are read again. The list of
      // organisations counts partners and may have a new one: marked stale, for when it is next
      // shown (reading it now would only make this form's search flicker as it closes).
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: projectQueries.all }),
        queryClient.invalidateQueries({ queryKey: organisationListQuery().queryKey, refetchType: 'none' }),
      ]);
      // The form is gone: focus waits on its button until the new entry is there to take it.
      close();
      forget();
      setAddedId(partnership.id);
    },
  });

  const matches = found.data?.organisations ?? [];
  const shown = matches.slice(0, MOST_MATCHES);
  const showMatches = search !== null && found.data !== undefined;
  const searchId = `${prefix}-search`;
  const errors = toFormErrors(withNewOrganisationFields(mutation.error), {
    // Until there are matches to choose from, a missing choice is the search box's to fix.
    organisation: showMatches ? `${prefix}-organisation` : searchId,
    newOrganisationName: `${prefix}-new-name`,
    newOrganisationKind: `${prefix}-new-kind`,
    ...partnershipFieldIds(prefix, submittedDates),
  });
  const searchError = searchEmpty
    ? 'Enter the name of the organisation, or part of it'
    : found.isError
      ? 'The organisations could not be searched. Check your connection and try again.'
      : undefined;
  const summary = [...(searchError === undefined ? [] : [{ href: `#${searchId}`, text: searchError }]), ...errors.summary];

  // Focus moves to the partnership just added, so a keyboard or screen reader user finds it, and its buttons, without searching the list.
  const arrived = addedId !== null && project.partnerships.some((partnership) => partnership.id === addedId);
  useEffect(() => {
    if (arrived) document.getElementById(partnershipHeadingId(addedId))?.focus();
  }, [arrived, addedId]);

  const find = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const words = textValue(new FormData(event.currentTarget), 'q').trim();
    // A new search starts the choice again: an organisation chosen among the last matches is
    // forgotten, so none is sent that the person did not choose from what they now see (a new
    // one, with the name they typed, stays). The last save's messages go too: they would move to
    // the new matches and pull focus from them to the summary.
    setChoice((current) => (current === NEW_ORGANISATION ? current : undefined));
    mutation.reset();
    setSearchEmpty(words === '');
    setSearch(words === '' ? null : words);
  };

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const form = new FormData(event.currentTarget);
    const dates = { joinedOn: readDateParts(form, 'joinedOn'), leftOn: readDateParts(form, 'leftOn') };
    setSubmittedDates(dates);
    const chosen = textValue(form, 'organisation');
    const kind = textValue(form, 'newOrganisationKind');
    const phaseId = textValue(form, 'phaseId');
    mutation.mutate({
      // Neither, when nothing is chosen yet: the server asks for one, with its own message.
      ...(chosen === NEW_ORGANISATION
        ? { newOrganisation: { name: textValue(form, 'newOrganisationName'), ...(kind === '' ? {} : { kind }) } }
        : chosen === ''
          ? {}
          : { organisation: chosen }),
      ...(role === undefined ? {} : { role }),
      phaseId: phaseId === '' ? null : Number(phaseId),
      joinedOn: joinDateParts(dates.joinedOn),
      leftOn: joinDateParts(dates.leftOn),
      note: orNull(textValue(form, 'note')),
    });
  };

  const status = found.isFetching
    ? 'Finding organisations…'
    : !showMatches
      ? ''
      : matches.length === 0
        ? `No organisation in the portfolio has “${search}” in its name.`
        : matches.length > MOST_MATCHES
          ? `${String(matches.length)} organisations match “${search}”. The first ${String(MOST_MATCHES)} are shown: add more words to find fewer.`
          : `${String(matches.length)} ${matches.length === 1 ? 'organisation matches' : 'organisations match'} “${search}”.`;

  return (
    <EditPanel
      id={prefix}
      open={open}
      toggle={toggle}
      button="Add a partner"
      status={mutation.isSuccess && !open ? 'Partner added.' : mutation.isPending ? 'Adding the partner…' : ''}
      onFlip={() => {
        mutation.reset();
        forget();
        flip();
      }}
    >
      <div className="app-panel-form">
        <ErrorSummary errors={summary} />
        <h3 className="govuk-heading-m" id={`${prefix}-heading`}>
          Add a partner
        </h3>
        <form noValidate role="search" aria-label="Find the organisation" onSubmit={find}>
          <TextInput
            id={searchId}
            name="q"
            label="Organisation name"
            hint="Find it in the portfolio first, so it is not added twice"
            autoComplete="off"
            spellCheck={false}
            error={searchError ?? (showMatches ? undefined : errors.fields.organisation)}
          />
          <button type="submit" className="govuk-button govuk-button--secondary">
            Find <span className="govuk-visually-hidden">the organisation</span>
          </button>
        </form>
        <p className="govuk-body" role="status">
          {status}
        </p>
        <form noValidate onSubmit={submit} aria-labelledby={`${prefix}-heading`}>
          {showMatches ? (
            <Radios
              id={`${prefix}-organisation`}
              name="organisation"
              legend="Which organisation is it?"
              error={errors.fields.organisation}
              value={choice}
              onChange={setChoice}
              options={[
                ...shown.map((organisation) => ({
                  value: organisation.slug,
                  label: organisation.name,
                  hint: matchHint(organisation),
                })),
                {
                  value: NEW_ORGANISATION,
                  label: 'None of these: add a new organisation',
                  conditional: (
                    <>
                      <TextInput
                        id={`${prefix}-new-name`}
                        name="newOrganisationName"
                        label="Name of the new organisation"
                        defaultValue={search}
                        error={errors.fields.newOrganisationName}
                      />
                      <SelectField
                        id={`${prefix}-new-kind`}
                        name="newOrganisationKind"
                        label="Kind of organisation"
                        emptyText="Choose a kind"
                        options={organisationKinds.map((kind) => ({ value: kind, text: organisationKindLabels[kind] }))}
                        error={errors.fields.newOrganisationKind}
                      />
                    </>
                  ),
                },
              ]}
            />
          ) : null}
          <PartnershipFields
            prefix={prefix}
            phases={phases}
            values={null}
            role={role}
            onRoleChange={setRole}
            phase={undefined}
            errors={errors.fields}
            submittedDates={submittedDates}
          />
          <FormButtons save="Add partner" onCancel={close} />
        </form>
      </div>
    </EditPanel>
  );
}
