import * as z from 'zod';
import { organisationSummarySchema } from './organisation';
import { partnershipRoleSchema, projectCardSchema } from './project';

export const organisationProjectSchema = z.object({
  project: projectCardSchema,
  roles: z.array(partnershipRoleSchema),
  joinedOn: z.string().nullable(),
  /** Set when the organisation no longer takes part. */
  leftOn: z.string().nullable(),
});
export type OrganisationProject = z.infer<typeof organisationProjectSchema>;

export const organisationDetailSchema = organisationSummarySchema.extend({
  website: z.string().nullable(),
  leads: z.array(organisationProjectSchema),
  partners: z.array(organisationProjectSchema),
});
export type OrganisationDetail = z.infer<typeof organisationDetailSchema>;
