import type { ErrorSummaryItem } from '../components/error-summary';
import { ApiRequestError, NetworkError } from './api-client';

export interface FormErrors<F extends string> {
  /** For the error summary, in the order the fields appear on the page. */
  summary: ErrorSummaryItem[];
  /** The first message for each field, shown next to it. */
  fields: Partial<Record<F, string>>;
}

/**
 * Turns a failed save into what a GOV.UK form shows: a summary at the top, each message linked to
 * its field, and the same message next to the field. `fieldIds` maps the API's field names to
 * the ids of the controls, in page order. No error (null, as a mutation that has not failed has) gives none. A message about no one field (a refused sign-in, a
 * conflict) goes to `messageField` when the form names one, else to the summary alone.
 */
export function toFormErrors<F extends string>(
  error: unknown,
  fieldIds: Record<F, string>,
  { messageField }: { messageField?: NoInfer<F> } = {},
): FormErrors<F> {
  if (error === null || error === undefined) return { summary: [], fields: {} };
  const names = Object.keys(fieldIds) as F[];
  const isField = (name: string): name is F => (names as string[]).includes(name);
  if (error instanceof ApiRequestError) {
    const fields: Partial<Record<F, string>> = {};
    const other: string[] = [];
    for (const [path, messages] of Object.entries(error.fields)) {
      // The API names a field inside a list by its position (organisations.0); the form has one control for the list.
      const name = path.split('.')[0] ?? path;
      const message = messages[0];
      if (message === undefined) continue;
      if (isField(name)) fields[name] ??= message;
      else other.push(message);
    }
    if (Object.keys(fields).length === 0 && other.length === 0) {
      if (messageField !== undefined) fields[messageField] = error.message;
      else other.push(error.message);
    }
    const summary: ErrorSummaryItem[] = [
      ...other.map((text) => ({ text })),
      ...names.flatMap((name) => {
        const text = fields[name];
        return text === undefined ? [] : [{ href: `#${fieldIds[name]}`, text }];
      }),
    ];
    return { summary, fields };
  }
  if (error instanceof NetworkError) return { summary: [{ text: error.message }], fields: {} };
  return { summary: [{ text: 'Something went wrong on our side. Try again later.' }], fields: {} };
}
