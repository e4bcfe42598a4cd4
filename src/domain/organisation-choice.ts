import * as z from 'zod/mini';
import { checkedBy, type FieldIssue, requiredText } from './form-fields';
import { organisationKinds, slugSchema } from './organisation';
import { slugFromName } from './slug';

/** A new organisation, added where it is first needed: its name and kind; its address is made from the name. */
export const newOrganisationSchema = z.object(
  {
    name: requiredText(200, 'Enter the name of the organisation', 'The name of the organisation').check(
      z.refine((name) => name === '' || slugFromName(name) !== '', { error: 'Enter a name with at least one letter or number' }),
    ),
    kind: z.enum(organisationKinds, { error: 'Choose the kind of organisation' }),
  },
  { error: 'Enter the name and kind of the new organisation' },
);
export type NewOrganisation = z.input<typeof newOrganisationSchema>;

/** An organisation already in the portfolio, by its slug (GET /api/organisations?q= finds it by name). */
export const organisationSlugSchema = z.string({ error: 'Choose an organisation from the list' }).check(
  z.refine((value) => slugSchema.safeParse(value).success, { error: 'Choose an organisation from the list' }),
);

/** Who takes part: an organisation already known, or a new one, never both. */
export const organisationChoiceFields = {
  organisation: z.optional(organisationSlugSchema),
  newOrganisation: z.optional(newOrganisationSchema),
};

/** Exactly one of a chosen and a new organisation. */
export function organisationChoiceIssues(choice: { organisation?: unknown; newOrganisation?: unknown }, path = ''): FieldIssue[] {
  const at = (field: string) => (path === '' ? field : `${path}.${field}`);
  if (choice.organisation === undefined && choice.newOrganisation === undefined) {
    return [{ path: at('organisation'), message: 'Choose an organisation, or add a new one' }];
  }
  if (choice.organisation !== undefined && choice.newOrganisation !== undefined) {
    return [{ path: at('organisation'), message: 'Choose an organisation or add a new one, not both' }];
  }
  return [];
}

/** One organisation, chosen or new, for a list such as a new project's leads. */
export const organisationChoiceSchema = z
  .object(organisationChoiceFields, { error: 'Choose an organisation, or add a new one' })
  .check(checkedBy((choice) => organisationChoiceIssues(choice)));
export type OrganisationChoice = z.input<typeof organisationChoiceSchema>;
