import * as z from 'zod/mini';
import { partialDateSchema } from './partial-date';
import { showAndTellSchema } from './project';
import { safeUrlSchema } from './safe-url';
import { versionSchema } from './version';

/** Optional text a person types: trimmed, limited, and an empty box means "none" (stored as null). */
function optionalText(max: number, what: string) {
  return z.optional(z.nullable(z.string().check(z.trim(), z.maxLength(max, { error: `${what} must be ${max} characters or fewer` }))));
}

/** An optional link: a web or email link, or empty for none. */
const optionalLink = z.optional(z.nullable(z.union([z.literal(''), safeUrlSchema])));

/** A show and tell's day, or month if the day is not fixed yet; the form sends day, month and year joined as YYYY-MM-DD. */
const heldOnSchema = z.string({ error: 'Enter the date of the show and tell' }).check(
  z.minLength(1, { error: 'Enter the date of the show and tell' }),
  z.refine((value) => value === '' || partialDateSchema.safeParse(value).success, {
    error: 'Enter a real date, for example 27 3 2026',
  }),
);

const showAndTellFields = {
  heldOn: heldOnSchema,
  title: z.string({ error: 'Enter a title' }).check(
    z.trim(),
    z.minLength(1, { error: 'Enter a title' }),
    z.maxLength(200, { error: 'The title must be 200 characters or fewer' }),
  ),
  sprint: z.optional(
    z.nullable(
      z.int({ error: 'Enter the sprint as a whole number, like 7' }).check(
        z.gte(1, { error: 'Enter the sprint as a whole number, like 7' }),
        z.lte(999, { error: 'Enter a sprint number of 999 or less' }),
      ),
    ),
  ),
  summary: optionalText(5000, 'What was shown'),
  slidesUrl: optionalLink,
  recordingUrl: optionalLink,
};

/** Scheduling a show and tell: its date and title at least; what was shown, slides and recording can follow. */
export const newShowAndTellSchema = z.object(showAndTellFields);
export type NewShowAndTell = z.input<typeof newShowAndTellSchema>;

/** Changing a show and tell afterwards: any of its fields, with the version read. */
export const showAndTellChangesSchema = z.object({
  version: versionSchema,
  heldOn: z.optional(heldOnSchema),
  title: z.optional(showAndTellFields.title),
  sprint: showAndTellFields.sprint,
  summary: showAndTellFields.summary,
  slidesUrl: showAndTellFields.slidesUrl,
  recordingUrl: showAndTellFields.recordingUrl,
});
export type ShowAndTellChanges = z.input<typeof showAndTellChangesSchema>;

/** What a write answers: the show and tell as saved, with its new version. */
export const savedShowAndTellSchema = z.object({ showAndTell: showAndTellSchema });
export type SavedShowAndTell = z.infer<typeof savedShowAndTellSchema>;
