import * as z from 'zod/mini';
import { partialDateSchema } from './partial-date';
import { safeUrlSchema } from './safe-url';

/**
 * The kinds of field the portfolio's edit forms share, each with messages a person understands.
 * Text is trimmed; an optional field left empty (or only spaces) reads as "none", which the server
 * stores as null, never as "" (server/http/changes.ts).
 */

/** Text a person must give: trimmed, not empty, limited. */
export function requiredText(max: number, missing: string, what: string) {
  return z.string({ error: missing }).check(
    z.trim(),
    z.minLength(1, { error: missing }),
    z.maxLength(max, { error: `${what} must be ${max} characters or fewer` }),
  );
}

/** Optional text: trimmed, limited, and an empty box means "none". */
export function optionalText(max: number, what: string) {
  return z.optional(
    z.nullable(
      z.string({ error: `${what} must be text` }).check(z.trim(), z.maxLength(max, { error: `${what} must be ${max} characters or fewer` })),
    ),
  );
}

const LINK_MESSAGE = 'Enter a link that starts with https://, http:// or mailto:';

/** An optional link: a web or email link (safeUrlSchema), or empty for none. */
export const optionalLink = z.optional(
  z.nullable(z.pipe(z.string({ error: LINK_MESSAGE }).check(z.trim()), z.union([z.literal(''), safeUrlSchema]))),
);

export const REAL_DATE_MESSAGE = 'Enter a real date, for example 27 3 2026';

/** A day, a month or a year (partialDateSchema), as the form sends it: YYYY-MM-DD, YYYY-MM or YYYY. */
function dateText(missing: string) {
  return z.string({ error: REAL_DATE_MESSAGE }).check(
    z.trim(),
    z.minLength(1, { error: missing }),
    z.refine((value) => value === '' || partialDateSchema.safeParse(value).success, { error: REAL_DATE_MESSAGE }),
  );
}

/** A date a person must give. */
export function requiredDate(missing: string) {
  return dateText(missing);
}

/** An optional date: empty for none. */
export const optionalDate = z.optional(
  z.nullable(
    z.string({ error: REAL_DATE_MESSAGE }).check(
      z.trim(),
      z.refine((value) => value === '' || partialDateSchema.safeParse(value).success, { error: REAL_DATE_MESSAGE }),
    ),
  ),
);

/** An optional whole number within limits, such as weeks or pounds. */
export function optionalWholeNumber(min: number, max: number, messages: { notWhole: string; tooLarge: string }) {
  return z.optional(
    z.nullable(
      z.int({ error: messages.notWhole }).check(z.gte(min, { error: messages.notWhole }), z.lte(max, { error: messages.tooLarge })),
    ),
  );
}

/** A date a rule may compare: given and real. A missing or malformed one has its own message, and no rule adds another. */
export function comparableDate(value: unknown): value is string {
  return typeof value === 'string' && partialDateSchema.safeParse(value).success;
}

/** Text a rule may rely on being there: given, and not only spaces. */
export function givenText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * The id of a record a form chose from a list (a phase): a whole number in the range ids have
 * (PostgreSQL `integer`), so one that no record could have is refused as wrong, not sent to the
 * database, which would fail on it.
 */
export function recordIdSchema(message: string) {
  return z.int({ error: message }).check(z.gte(1, { error: message }), z.lte(2 ** 31 - 1, { error: message }));
}

/** A problem with how fields go together (an end before its start), for the field a person should change. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** The issues as the API's 400 names them: field, then its messages. */
export function issuesByField(issues: readonly FieldIssue[]): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const { path, message } of issues) (fields[path] ??= []).push(message);
  return fields;
}

/**
 * Reports cross-field issues from a rule inside a schema, so a form sees them beside its other
 * messages: the rule runs even when a field is missing or wrong (so "nothing at all" names every
 * field at once), and so must take each field as it comes, checking its type.
 */
export function checkedBy<T>(rule: (value: T) => FieldIssue[]) {
  return z.superRefine<T>(
    (value, ctx) => {
      for (const { path, message } of rule(value)) ctx.addIssue({ code: 'custom', path: [path], message, input: value });
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );
}
