import * as z from 'zod/mini';
import { organisationSummarySchema } from './organisation';
import { partnershipRoleSchema, projectCardSchema } from './project';

export const organisationProjectSchema = z.object({
  project: projectCardSchema,
  roles: z.array(partnershipRoleSchema),
  /** The phases the organisation took part in, when it was a partner for particular phases only. */
  phases: z.array(z.string()),
  joinedOn: z.nullable(z.string()),
  /** When the organisation left, where that date is known. */
  leftOn: z.nullable(z.string()),
  /** False once it has left, or when it took part only in phases before the current one. */
  current: z.boolean(),
});
export type OrganisationProject = z.infer<typeof organisationProjectSchema>;

export const organisationDetailSchema = z.extend(organisationSummarySchema, {
  website: z.nullable(z.string()),
  leads: z.array(organisationProjectSchema),
  partners: z.array(organisationProjectSchema),
});
export type OrganisationDetail = z.infer<typeof organisationDetailSchema>;
