import * as z from 'zod/mini';
import { optionalDate, optionalLink, optionalText, requiredText } from './form-fields';
import { outputKinds, outputSchema } from './project';
import { versionSchema } from './version';

const outputFields = {
  kind: z.enum(outputKinds, { error: 'Choose what it is: a report, a video, a talk, an event or another kind' }),
  title: requiredText(200, 'Enter a title', 'The title'),
  description: optionalText(5000, 'The description'),
  url: optionalLink,
  /** When it was published, or for a talk or event the day it happens. */
  date: optionalDate,
};

/** Adding an output or event: what it is and its title at least. */
export const newOutputSchema = z.object(outputFields);
export type NewOutput = z.input<typeof newOutputSchema>;

/** Changing an output or event: any of its fields, with the version read. */
export const outputChangesSchema = z.object({
  version: versionSchema,
  kind: z.optional(outputFields.kind),
  title: z.optional(outputFields.title),
  description: outputFields.description,
  url: outputFields.url,
  date: outputFields.date,
});
export type OutputChanges = z.input<typeof outputChangesSchema>;

/** What a write answers: the output as saved, with its new version. */
export const savedOutputSchema = z.object({ output: outputSchema });
export type SavedOutput = z.infer<typeof savedOutputSchema>;
