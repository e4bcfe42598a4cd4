import * as z from 'zod/mini';
import { storedUrlSchema } from './safe-url';

export const organisationKinds = [
  'council',
  'combined_authority',
  'university',
  'supplier',
  'charity',
  'government',
  'standards_body',
  'other',
] as const;

export const organisationKindSchema = z.enum(organisationKinds, { error: 'Choose a kind of organisation from the list' });
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

export const organisationKindLabels: Record<OrganisationKind, string> = {
  council: 'Council',
  combined_authority: 'Combined authority',
  university: 'University',
  supplier: 'Supplier',
  charity: 'Charity',
  government: 'Government body',
  standards_body: 'Standards body',
  other: 'Other organisation',
};

export const slugSchema = z.string().check(
  z.minLength(1, { error: 'Enter a slug' }),
  z.maxLength(120, { error: 'Slugs must be 120 characters or fewer' }),
  z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Use lower-case letters, numbers and single hyphens' }),
);

export const organisationSummarySchema = z.object({
  slug: slugSchema,
  name: z.string(),
  kind: organisationKindSchema,
});
export type OrganisationSummary = z.infer<typeof organisationSummarySchema>;

export const organisationListItemSchema = z.extend(organisationSummarySchema, {
  website: z.nullable(storedUrlSchema),
  leadCount: z.int().check(z.nonnegative()),
  partnerCount: z.int().check(z.nonnegative()),
});
export type OrganisationListItem = z.infer<typeof organisationListItemSchema>;

export const organisationListSchema = z.object({
  organisations: z.array(organisationListItemSchema),
});

/** Finding an organisation by name, as a form does before adding a new one: `q` is words its name must all contain, read as the portfolio's search reads them. */
export const organisationFiltersSchema = z.object({
  q: z.optional(z.string().check(z.trim(), z.maxLength(200, { error: 'Search for 200 characters or fewer' }))),
});
export type OrganisationFilters = z.infer<typeof organisationFiltersSchema>;
export type OrganisationList = z.infer<typeof organisationListSchema>;
