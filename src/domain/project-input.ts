import * as z from 'zod/mini';
import { optionalText, requiredText } from './form-fields';
import { organisationChoiceSchema } from './organisation-choice';
import { projectStatuses } from './project';
import { slugFromName } from './slug';
import { versionSchema } from './version';

const statusSchema = z.enum(projectStatuses, { error: 'Choose a status: active, paused, completed or stopped' });

const nameSchema = requiredText(200, 'Enter the name of the project', 'The name of the project').check(
  // The project's address is made from its name.
  z.refine((name) => name === '' || slugFromName(name) !== '', { error: 'Enter a name with at least one letter or number' }),
);

const projectFields = {
  name: nameSchema,
  summary: optionalText(2000, 'The summary'),
  status: statusSchema,
  fundingStream: optionalText(200, 'The funding stream'),
};

/**
 * A new project, as an LDCU manager adds one: its name (its address is made from it), summary,
 * status (active unless said otherwise), funding stream and the organisation or organisations
 * that lead it, each one already in the portfolio or new.
 */
export const newProjectSchema = z.object({
  ...projectFields,
  status: z._default(statusSchema, 'active'),
  leads: z
    .array(organisationChoiceSchema, { error: 'Choose the organisation that leads the project' })
    .check(
      z.minLength(1, { error: 'Choose the organisation that leads the project' }),
      z.maxLength(10, { error: 'Choose 10 lead organisations or fewer' }),
    ),
});
export type NewProject = z.input<typeof newProjectSchema>;

/**
 * Changing a project's own fields, with the version read. Its address stays as it was when it
 * is renamed, so links to it keep working.
 */
export const projectChangesSchema = z.object({
  version: versionSchema,
  name: z.optional(projectFields.name),
  summary: projectFields.summary,
  status: z.optional(projectFields.status),
  fundingStream: projectFields.fundingStream,
});
export type ProjectChanges = z.input<typeof projectChangesSchema>;
