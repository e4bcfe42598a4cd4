import * as z from 'zod/mini';
import { organisationSummarySchema, slugSchema } from './organisation';
import { pageInfoSchema } from './paging';
import { partnershipRoleSchema, projectCardSchema } from './project';
import { storedUrlSchema } from './safe-url';

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

/** A show and tell, talk or event of one of the organisation's projects, on a full day. */
export const diaryEntrySchema = z.object({
  kind: z.enum(['show-and-tell', 'talk', 'event']),
  /** The show and tell's or output's id: the project page marks each with it (#show-and-tell-7, #output-12). */
  id: z.int(),
  title: z.string(),
  on: z.string(),
  project: z.object({ slug: slugSchema, name: z.string() }),
});
export type DiaryEntry = z.infer<typeof diaryEntrySchema>;

/** The next one on or after the server's today, and the latest before it, for when none is coming. */
const diaryLineSchema = z.object({
  next: z.nullable(diaryEntrySchema),
  previous: z.nullable(diaryEntrySchema),
});

/** What is coming up across all the organisation's projects, whichever page of them is shown. */
export const organisationDiarySchema = z.object({
  showAndTell: diaryLineSchema,
  /** Talks and events alike. */
  event: diaryLineSchema,
});
export type OrganisationDiary = z.infer<typeof organisationDiarySchema>;

/**
 * An organisation and one page of its projects: leads first, then current partners, then former
 * ones, each group in name order. The counts are of all its projects, not just this page's.
 */
export const organisationDetailSchema = z.extend(z.extend(organisationSummarySchema, pageInfoSchema.shape), {
  website: z.nullable(storedUrlSchema),
  leadCount: z.int().check(z.nonnegative()),
  partnerCount: z.int().check(z.nonnegative()),
  formerCount: z.int().check(z.nonnegative()),
  /** The projects on this page that it leads. */
  leads: z.array(organisationProjectSchema),
  /** The projects on this page that it partners in, current ones first. */
  partners: z.array(organisationProjectSchema),
  diary: organisationDiarySchema,
});
export type OrganisationDetail = z.infer<typeof organisationDetailSchema>;
