import { DateInput } from '../../components/date-input';
import { Textarea } from '../../components/textarea';
import { TextInput } from '../../components/text-input';
import type { ShowAndTell } from '../../domain/project';
import { type DateParts, datePartsInError, joinDateParts, readDateParts, splitPartialDate } from '../../lib/date-parts';
import { textValue } from '../../lib/form-values';

/** The fields of a show and tell a form may offer, by the API's names, so its field messages find them. */
export type ShowAndTellField = 'heldOn' | 'title' | 'sprint' | 'summary' | 'slidesUrl' | 'recordingUrl';

export type ShowAndTellValues = Pick<ShowAndTell, 'heldOn' | 'title' | 'sprint' | 'summary' | 'slidesUrl' | 'recordingUrl'>;

/** The id of a show and tell's heading on the project page, where focus goes once one is scheduled. */
export const showAndTellHeadingId = (id: number) => `show-and-tell-${String(id)}-heading`;

const SUFFIXES: Record<ShowAndTellField, string> = {
  heldOn: 'held-on',
  title: 'title',
  sprint: 'sprint',
  summary: 'summary',
  slidesUrl: 'slides',
  recordingUrl: 'recording',
};

const fieldId = (prefix: string, field: ShowAndTellField) => `${prefix}-${SUFFIXES[field]}`;

/**
 * The ids of a form's controls, in the order the form shows them (the error summary's order). A
 * refused date links to its first box at fault, as GOV.UK's error summary does.
 */
export function showAndTellFieldIds<F extends ShowAndTellField>(prefix: string, fields: readonly F[], submittedDate: DateParts): Record<F, string> {
  const [firstDatePart = 'day'] = datePartsInError(submittedDate);
  return Object.fromEntries(
    fields.map((field) => [field, field === 'heldOn' ? `${fieldId(prefix, field)}-${firstDatePart}` : fieldId(prefix, field)]),
  ) as Record<F, string>;
}

/** A show and tell form as submitted: the date's boxes as typed, and each field as the API takes it, an empty box as none. */
export interface ShowAndTellForm {
  date: DateParts;
  heldOn: string;
  title: string;
  sprint: number | string | null;
  summary: string | null;
  slidesUrl: string | null;
  recordingUrl: string | null;
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function readShowAndTellForm(form: FormData): ShowAndTellForm {
  const date = readDateParts(form, 'heldOn');
  const sprint = textValue(form, 'sprint').trim();
  return {
    date,
    heldOn: joinDateParts(date),
    title: textValue(form, 'title'),
    // Anything but a whole number goes as typed, for the server to refuse with its own message.
    sprint: sprint === '' ? null : /^\d+$/.test(sprint) ? Number(sprint) : sprint,
    summary: orNull(textValue(form, 'summary')),
    slidesUrl: orNull(textValue(form, 'slidesUrl')),
    recordingUrl: orNull(textValue(form, 'recordingUrl')),
  };
}

/**
 * A show and tell's fields, in the order given. Uncontrolled: after a conflict the values given
 * change to the other person's, and a box the person has not touched follows them while one they
 * typed in keeps their text.
 */
export function ShowAndTellFields({
  prefix,
  fields,
  values,
  errors,
  submittedDate,
  dateHint,
}: {
  /** What the ids of this form's controls start with, so two forms on a page never share one. */
  prefix: string;
  fields: readonly ShowAndTellField[];
  values: ShowAndTellValues | null;
  errors: Partial<Record<ShowAndTellField, string>>;
  /** The date's boxes as last sent, to mark the ones a refusal is about. */
  submittedDate: DateParts;
  dateHint: string;
}) {
  const id = (field: ShowAndTellField) => fieldId(prefix, field);
  return (
    <>
      {fields.map((field) => {
        switch (field) {
          case 'heldOn':
            return (
              <DateInput
                key={field}
                id={id(field)}
                name="heldOn"
                legend="Date"
                hint={dateHint}
                error={errors.heldOn}
                errorParts={datePartsInError(submittedDate)}
                defaultValue={splitPartialDate(values?.heldOn ?? null)}
              />
            );
          case 'title':
            return (
              <TextInput
                key={field}
                id={id(field)}
                name="title"
                label="Title"
                hint="For example, Sprint 8 show and tell"
                defaultValue={values?.title ?? ''}
                error={errors.title}
              />
            );
          case 'sprint':
            return (
              <TextInput
                key={field}
                id={id(field)}
                name="sprint"
                label="Sprint number (optional)"
                inputMode="numeric"
                spellCheck={false}
                widthClass="govuk-input--width-3"
                defaultValue={values === null || values.sprint === null ? '' : String(values.sprint)}
                error={errors.sprint}
              />
            );
          case 'summary':
            return (
              <Textarea
                key={field}
                id={id(field)}
                name="summary"
                label="What was shown (optional)"
                hint="You can use Markdown: start a line with - for a list"
                rows={6}
                defaultValue={values?.summary ?? ''}
                error={errors.summary}
              />
            );
          case 'slidesUrl':
          case 'recordingUrl':
            return (
              <TextInput
                key={field}
                id={id(field)}
                name={field}
                type="url"
                label={field === 'slidesUrl' ? 'Link to the slides (optional)' : 'Link to the recording (optional)'}
                hint="Starting https://"
                autoComplete="off"
                spellCheck={false}
                defaultValue={values?.[field] ?? ''}
                error={errors[field]}
              />
            );
        }
      })}
    </>
  );
}
