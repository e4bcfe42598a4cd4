import * as z from 'zod';
import { organisationSummarySchema, slugSchema } from './organisation';
import { partialDateSchema } from './partial-date';
import { safeUrlSchema } from './safe-url';

export const projectStatuses = ['active', 'paused', 'completed', 'stopped'] as const;
export const projectStatusSchema = z.enum(projectStatuses);
export type ProjectStatus = z.infer<typeof projectStatusSchema>;
export const projectStatusLabels: Record<ProjectStatus, string> = {
  active: 'Active',
  paused: 'Paused',
  completed: 'Completed',
  stopped: 'Stopped',
};

export const phaseKinds = ['discovery', 'alpha', 'beta', 'live'] as const;
export const phaseKindSchema = z.enum(phaseKinds);
export type PhaseKind = z.infer<typeof phaseKindSchema>;
export const phaseKindLabels: Record<PhaseKind, string> = {
  discovery: 'Discovery',
  alpha: 'Alpha',
  beta: 'Beta',
  live: 'Live',
};

/** As last reported. A phase nobody has reported on yet has no status. */
export const phaseStatuses = ['planned', 'in_progress', 'completed'] as const;
export const phaseStatusSchema = z.enum(phaseStatuses);
export type PhaseStatus = z.infer<typeof phaseStatusSchema>;
export const phaseStatusLabels: Record<PhaseStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  completed: 'Completed',
};

export const partnershipRoles = ['lead', 'partner', 'delivery_partner', 'research_partner'] as const;
export const partnershipRoleSchema = z.enum(partnershipRoles);
export type PartnershipRole = z.infer<typeof partnershipRoleSchema>;
export const partnershipRoleLabels: Record<PartnershipRole, string> = {
  lead: 'Lead',
  partner: 'Partner',
  delivery_partner: 'Delivery partner or supplier',
  research_partner: 'Research partner',
};

export const outputKinds = [
  'report',
  'theory_of_change',
  'user_guide',
  'demo',
  'video',
  'code',
  'blog_post',
  'talk',
  'event',
  'other',
] as const;
export const outputKindSchema = z.enum(outputKinds);
export type OutputKind = z.infer<typeof outputKindSchema>;
export const outputKindLabels: Record<OutputKind, string> = {
  report: 'Report',
  theory_of_change: 'Theory of Change',
  user_guide: 'User guide',
  demo: 'Demonstration',
  video: 'Video',
  code: 'Code',
  blog_post: 'Blog post',
  talk: 'Talk',
  event: 'Event',
  other: 'Other',
};
/** Talks and events happen on a date and take registrations; the rest are things published. */
export const eventKinds: ReadonlySet<OutputKind> = new Set(['talk', 'event']);

export const updateStatuses = ['draft', 'submitted', 'approved'] as const;
export const updateStatusSchema = z.enum(updateStatuses);
export type UpdateStatus = z.infer<typeof updateStatusSchema>;

export const linkSchema = z.object({
  title: z.string().trim().min(1).max(200),
  url: safeUrlSchema,
});
export type Link = z.infer<typeof linkSchema>;

export const phaseSchema = z.object({
  id: z.number().int(),
  position: z.number().int(),
  kind: phaseKindSchema.nullable(),
  label: z.string().nullable(),
  status: phaseStatusSchema.nullable(),
  startedOn: partialDateSchema.nullable(),
  plannedWeeks: z.number().int().positive().nullable(),
  plannedEndOn: partialDateSchema.nullable(),
  endedOn: partialDateSchema.nullable(),
  fundingAmountPounds: z.number().int().nonnegative().nullable(),
  fundingStream: z.string().nullable(),
  outcome: z.string().nullable(),
  /** Progress as a team reported it ("seven of its allotted 12 weeks"), for phases whose start is not known. */
  reportedWeek: z.number().int().positive().nullable(),
  reportedOn: partialDateSchema.nullable(),
});
export type Phase = z.infer<typeof phaseSchema>;

export const partnershipSchema = z.object({
  id: z.number().int(),
  organisation: organisationSummarySchema,
  role: partnershipRoleSchema,
  /** Set when the organisation took part in one phase only (Open Referral UK). */
  phaseId: z.number().int().nullable(),
  joinedOn: partialDateSchema.nullable(),
  leftOn: partialDateSchema.nullable(),
  note: z.string().nullable(),
});
export type Partnership = z.infer<typeof partnershipSchema>;

export const showAndTellSchema = z.object({
  id: z.number().int(),
  heldOn: partialDateSchema.nullable(),
  title: z.string(),
  sprint: z.number().int().positive().nullable(),
  summary: z.string().nullable(),
  slidesUrl: z.string().nullable(),
  recordingUrl: z.string().nullable(),
});
export type ShowAndTell = z.infer<typeof showAndTellSchema>;

export const outputSchema = z.object({
  id: z.number().int(),
  kind: outputKindSchema,
  title: z.string(),
  description: z.string().nullable(),
  url: z.string().nullable(),
  /** Publication date, or for a talk or event the day it happens. */
  date: partialDateSchema.nullable(),
});
export type Output = z.infer<typeof outputSchema>;

export const updateSchema = z.object({
  id: z.number().int(),
  projectSlug: slugSchema.nullable(),
  headline: z.string(),
  bodyMarkdown: z.string(),
  links: z.array(linkSchema),
  status: updateStatusSchema,
  publishedOn: partialDateSchema,
});
export type Update = z.infer<typeof updateSchema>;

export const phaseStepSchema = z.object({
  kind: phaseKindSchema.nullable(),
  label: z.string(),
  state: z.enum(['done', 'current', 'planned']),
  repeat: z.number().int().positive(),
});
export type PhaseStep = z.infer<typeof phaseStepSchema>;

const projectBaseSchema = z.object({
  slug: slugSchema,
  name: z.string(),
  summary: z.string().nullable(),
  status: projectStatusSchema,
  fundingStream: z.string().nullable(),
  leads: z.array(organisationSummarySchema),
  currentPhase: phaseKindSchema.nullable(),
});

export const projectCardSchema = projectBaseSchema.extend({
  /** Organisations taking part now (not leads, not those who left). */
  partners: z.array(organisationSummarySchema),
  phases: z.array(phaseSchema),
  latestShowAndTell: showAndTellSchema.nullable(),
  latestUpdateOn: partialDateSchema.nullable(),
});
export type ProjectCard = z.infer<typeof projectCardSchema>;

export const projectListSchema = z.object({
  projects: z.array(projectCardSchema),
  total: z.number().int().nonnegative(),
});
export type ProjectList = z.infer<typeof projectListSchema>;

export const projectDetailSchema = projectBaseSchema.extend({
  websiteUrl: z.string().nullable(),
  repositoryUrl: z.string().nullable(),
  blogUrl: z.string().nullable(),
  phases: z.array(phaseSchema),
  partnerships: z.array(partnershipSchema),
  showAndTells: z.array(showAndTellSchema),
  outputs: z.array(outputSchema),
  updates: z.array(updateSchema),
});
export type ProjectDetail = z.infer<typeof projectDetailSchema>;

/** The portfolio's filters, as they appear in the app's URL and the API's query string. */
export const projectFiltersSchema = z.object({
  phase: phaseKindSchema.optional(),
  status: projectStatusSchema.optional(),
  organisation: slugSchema.optional(),
  q: z.string().trim().max(200).optional(),
});
export type ProjectFilters = z.infer<typeof projectFiltersSchema>;
