import * as z from 'zod/mini';
import { organisationSummarySchema } from './organisation';
import { partnershipRoleSchema, projectCardSchema } from './project';

export const organisationProjectSchema = z.object({
  project: projectCardSchema,
  roles: z.array(partnershipRoleSchema),
  joinedOn: z.nullable(z.string()),
  /** Set when the organisation no longer takes part. */
  leftOn: z.nullable(z.string()),
});
export type OrganisationProject = z.infer<typeof organisationProjectSchema>;

export const organisationDetailSchema = z.extend(organisationSummarySchema, {
  website: z.nullable(z.string()),
  leads: z.array(organisationProjectSchema),
  partners: z.array(organisationProjectSchema),
});
export type OrganisationDetail = z.infer<typeof organisationDetailSchema>;
