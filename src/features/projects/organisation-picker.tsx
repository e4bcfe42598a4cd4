import { organisationSearchQuery } from '../../lib/organisation-list-query';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ReactElement, type SyntheticEvent, useState } from 'react';
import { describedBy, FieldError, formGroupClass } from '../../components/field-parts';
import { Radios } from '../../components/radios';
import { SelectField } from '../../components/select-field';
import { TextInput } from '../../components/text-input';
import { organisationKindLabels, organisationKinds, type OrganisationListItem } from '../../domain/organisation';
import { textValue } from '../../lib/form-values';
import { type OrganisationChoiceSubmission } from './project-edits-api';

/** The choice that means "add a new organisation": an underscore is never in a slug, so no organisation's can be this. */
export const NEW_ORGANISATION = '_new';

/** A search turns up every council for "council": the first few, and a nudge to add words, keep the list readable. */
const MOST_SHOWN = 20;

export interface OrganisationSearch {
  /** The id the picker's controls take: its first option's, once there are options. */
  id: string;
  /** The words last searched for: null before the first search. */
  terms: string | null;
  /** The organisations matching them, once found: what the radios offer. */
  found: readonly OrganisationListItem[] | undefined;
  /** Asking for the words last searched for; the organisations found for the words before stay until the answer comes. */
  finding: boolean;
  isError: boolean;
  /** The id of the search's own form, which the search box and its button name with `form`. */
  formId: string;
  /** Its own form, placed outside the form it helps fill in, since forms may not nest. */
  form: ReactElement;
}

/**
 * Searching for an organisation inside a bigger form, without sending that form. The search box
 * and button belong to a form of their own through their `form` attribute, so Enter in the box
 * and the button both search, as the browser does it, with no key handling of ours; Enter in the
 * bigger form's other boxes still sends that form.
 */
export function useOrganisationSearch(id: string): OrganisationSearch {
  const [terms, setTerms] = useState<string | null>(null);
  const { data, isPending, isPlaceholderData, isError } = useQuery({
    ...organisationSearchQuery(terms ?? ''),
    // Nothing is asked for no words: the whole list is no help in finding one organisation.
    enabled: terms !== null && terms !== '',
    // The options stay while the next search is answered, so a new organisation's name typed under them is not lost.
    placeholderData: keepPreviousData,
  });
  const formId = `${id}-search-form`;
  const find = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTerms(textValue(new FormData(event.currentTarget), 'q').trim());
  };
  return {
    id,
    terms,
    found: terms === '' ? undefined : data?.organisations,
    finding: isPending || isPlaceholderData,
    isError,
    formId,
    form: <form id={formId} onSubmit={find} />,
  };
}

/** Where a message about the choice as a whole takes the person: the first option once there are options, else the search box. */
export function organisationChoiceTarget(search: OrganisationSearch): string {
  return search.found === undefined ? `${search.id}-search` : search.id;
}

/**
 * The organisation taking part, found by name: a search box, the organisations whose names match
 * as radios, and "None of these", which reveals the name and kind of a new one. The form it is
 * in reads the radios, `organisation`: an organisation's slug or NEW_ORGANISATION, with the new
 * one's `newOrganisationName` and `newOrganisationKind` (see chosenOrganisation).
 */
export function OrganisationPicker({
  search,
  legend,
  errors,
}: {
  search: OrganisationSearch;
  legend: string;
  errors: { choice?: string; newName?: string; newKind?: string };
}) {
  const { id, terms, found, finding, isError } = search;
  const [choice, setChoice] = useState<string | undefined>(undefined);
  const matches = found ?? [];
  const shown = matches.slice(0, MOST_SHOWN);
  const searchId = `${id}-search`;
  const hint = 'Part of its name is enough, for example Rugby';
  // Until there are options, a message about the choice goes beside the search box (organisationChoiceTarget).
  const searchError = found === undefined ? errors.choice : undefined;

  return (
    <>
      <div className={formGroupClass(searchError)}>
        <label className="govuk-label" htmlFor={searchId}>
          Organisation name
        </label>
        <div className="govuk-hint" id={`${searchId}-hint`}>
          {hint}
        </div>
        <FieldError id={searchId} error={searchError} />
        <input
          className={`govuk-input govuk-!-width-two-thirds${searchError === undefined ? '' : ' govuk-input--error'}`}
          id={searchId}
          name="q"
          type="search"
          form={search.formId}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={describedBy(searchId, hint, searchError)}
        />
      </div>
      <button type="submit" form={search.formId} className="govuk-button govuk-button--secondary">
        Find organisations
      </button>
      <p className="govuk-body" role="status">
        {terms === null ? '' : searchStatus(terms, { matches, shown: shown.length, finding, isError })}
      </p>
      {found === undefined || terms === null ? null : (
        <Radios
          id={id}
          name="organisation"
          legend={legend}
          error={errors.choice}
          // One chosen from an earlier search and not in this one is no longer chosen: nobody sends what they cannot see.
          value={choice === NEW_ORGANISATION || shown.some((organisation) => organisation.slug === choice) ? choice : undefined}
          onChange={setChoice}
          options={[
            ...shown.map((organisation) => ({ value: organisation.slug, label: organisation.name, hint: organisationKindLabels[organisation.kind] })),
            {
              value: NEW_ORGANISATION,
              label: 'None of these: add a new organisation',
              conditional: (
                <>
                  <TextInput
                    id={`${id}-new-name`}
                    name="newOrganisationName"
                    label="Name of the new organisation"
                    // The words first searched for: when nothing matched, often the very name.
                    defaultValue={terms}
                    autoComplete="off"
                    error={errors.newName}
                  />
                  <SelectField
                    id={`${id}-new-kind`}
                    name="newOrganisationKind"
                    label="Kind of organisation"
                    emptyText="Choose a kind"
                    options={organisationKinds.map((kind) => ({ value: kind, text: organisationKindLabels[kind] }))}
                    error={errors.newKind}
                  />
                </>
              ),
            },
          ]}
        />
      )}
    </>
  );
}

function searchStatus(
  terms: string,
  { matches, shown, finding, isError }: { matches: readonly OrganisationListItem[]; shown: number; finding: boolean; isError: boolean },
): string {
  if (terms === '') return 'Enter part of the organisation’s name to find it.';
  if (isError) return 'The organisations could not be found. Check your connection and try again.';
  if (finding) return 'Finding organisations…';
  if (matches.length === 0) return `No organisations match ‘${terms}’.`;
  const count = `${String(matches.length)} ${matches.length === 1 ? 'organisation matches' : 'organisations match'} ‘${terms}’`;
  return shown < matches.length ? `${count}. The first ${String(shown)} are shown: add more of the name to narrow it.` : `${count}.`;
}

/** The organisation a submitted form chose with OrganisationPicker: one already known, a new one, or none. */
export function chosenOrganisation(form: FormData): OrganisationChoiceSubmission | null {
  const choice = textValue(form, 'organisation');
  if (choice === '') return null;
  if (choice !== NEW_ORGANISATION) return { organisation: choice };
  return { newOrganisation: { name: textValue(form, 'newOrganisationName'), kind: textValue(form, 'newOrganisationKind') } };
}
