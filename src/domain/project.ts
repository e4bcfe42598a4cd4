import * as z from 'zod/mini';
import { versionSchema } from './version';
import { confidenceRatings, confidenceSummarySchema, deliveryFlags, ratingSchema } from './delivery';
import { portfolioSortSchema, sortOrderSchema } from './portfolio-table';
import { actionSchema } from './actions';
import { organisationSummarySchema, slugSchema } from './organisation';
import { pageInfoSchema } from './paging';
import { partialDateSchema } from './partial-date';
import { safeUrlSchema, storedUrlSchema } from './safe-url';

export const projectStatuses = ['active', 'paused', 'completed', 'stopped'] as const;
export const projectStatusSchema = z.enum(projectStatuses, { error: 'Choose a status: active, paused, completed or stopped' });
export type ProjectStatus = z.infer<typeof projectStatusSchema>;
export const projectStatusLabels: Record<ProjectStatus, string> = {
  active: 'Active',
  paused: 'Paused',
  completed: 'Completed',
  stopped: 'Stopped',
};

/** The four phases of the GDS service lifecycle: what the portfolio filters by (`?phase=`). */
export const gdsPhaseKinds = ['discovery', 'alpha', 'beta', 'live'] as const;
export const gdsPhaseKindSchema = z.enum(gdsPhaseKinds, { error: 'Choose a phase: discovery, alpha, beta or live' });
export type GdsPhaseKind = z.infer<typeof gdsPhaseKindSchema>;

/**
 * The kinds a phase may have: a GDS phase, or `other` for a phase of work that is none of them
 * (continuous funding, say), which its label then names. A phase whose kind nobody has stated
 * (the seed's, where Sprint Notes did not say) has none: null, not `other`.
 */
export const phaseKinds = [...gdsPhaseKinds, 'other'] as const;
export const phaseKindSchema = z.enum(phaseKinds, { error: 'Choose which phase it is: discovery, alpha, beta, live or another kind' });
export type PhaseKind = z.infer<typeof phaseKindSchema>;
export const phaseKindLabels: Record<PhaseKind, string> = {
  discovery: 'Discovery',
  alpha: 'Alpha',
  beta: 'Beta',
  live: 'Live',
  other: 'Other',
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

/**
 * An update is written as a draft, submitted for review, then approved (public) or returned to
 * its writers with a comment, to be changed and submitted again.
 */
export const updateStatuses = ['draft', 'submitted', 'returned', 'approved'] as const;
export const updateStatusSchema = z.enum(updateStatuses);
export type UpdateStatus = z.infer<typeof updateStatusSchema>;

/** A titled link a person adds to an update, as the API accepts it. */
export const linkSchema = z.object({
  title: z.string().check(
    z.trim(),
    z.minLength(1, { error: 'Enter a title for the link' }),
    z.maxLength(200, { error: 'Link titles must be 200 characters or fewer' }),
  ),
  url: safeUrlSchema,
});
export type Link = z.infer<typeof linkSchema>;

/** A link of an update as the API answers it: whatever is stored (see storedUrlSchema). */
export const storedLinkSchema = z.object({ title: z.string(), url: storedUrlSchema });

export const phaseSchema = z.object({
  id: z.int(),
  version: versionSchema,
  position: z.int(),
  kind: z.nullable(phaseKindSchema),
  label: z.nullable(z.string()),
  status: z.nullable(phaseStatusSchema),
  startedOn: z.nullable(partialDateSchema),
  plannedWeeks: z.nullable(z.int().check(z.positive())),
  plannedEndOn: z.nullable(partialDateSchema),
  endedOn: z.nullable(partialDateSchema),
  fundingAmountPounds: z.nullable(z.int().check(z.nonnegative())),
  fundingStream: z.nullable(z.string()),
  outcome: z.nullable(z.string()),
  /** Progress as a team reported it ("seven of its allotted 12 weeks"), for phases whose start is not known. */
  reportedWeek: z.nullable(z.int().check(z.positive())),
  reportedOn: z.nullable(partialDateSchema),
});
export type Phase = z.infer<typeof phaseSchema>;

export const partnershipSchema = z.object({
  id: z.int(),
  version: versionSchema,
  organisation: organisationSummarySchema,
  role: partnershipRoleSchema,
  /** Set when the organisation took part in one phase only (Open Referral UK). */
  phaseId: z.nullable(z.int()),
  joinedOn: z.nullable(partialDateSchema),
  leftOn: z.nullable(partialDateSchema),
  note: z.nullable(z.string()),
});
export type Partnership = z.infer<typeof partnershipSchema>;

export const showAndTellSchema = z.object({
  id: z.int(),
  version: versionSchema,
  heldOn: z.nullable(partialDateSchema),
  title: z.string(),
  sprint: z.nullable(z.int().check(z.positive())),
  summary: z.nullable(z.string()),
  slidesUrl: z.nullable(storedUrlSchema),
  recordingUrl: z.nullable(storedUrlSchema),
});
export type ShowAndTell = z.infer<typeof showAndTellSchema>;

export const outputSchema = z.object({
  id: z.int(),
  version: versionSchema,
  kind: outputKindSchema,
  title: z.string(),
  description: z.nullable(z.string()),
  url: z.nullable(storedUrlSchema),
  /** Publication date, or for a talk or event the day it happens. */
  date: z.nullable(partialDateSchema),
});
export type Output = z.infer<typeof outputSchema>;

export const updateSchema = z.object({
  id: z.int(),
  version: versionSchema,
  projectSlug: z.nullable(slugSchema),
  headline: z.string(),
  bodyMarkdown: z.string(),
  links: z.array(storedLinkSchema),
  status: updateStatusSchema,
  /** The day the news is from, as its writer dates it (never later than the day it is saved); approval keeps it, and Sprint Notes picks an issue's updates by it. */
  publishedOn: partialDateSchema,
  /** What a reviewer asked to change when returning it; gone once it is approved. */
  reviewComment: z.nullable(z.string()),
});
export type Update = z.infer<typeof updateSchema>;

const projectBaseSchema = z.object({
  slug: slugSchema,
  name: z.string(),
  summary: z.nullable(z.string()),
  status: projectStatusSchema,
  fundingStream: z.nullable(z.string()),
  leads: z.array(organisationSummarySchema),
  currentPhase: z.nullable(phaseKindSchema),
  /** The day of the latest published update: what the project's information is as of. */
  latestUpdateOn: z.nullable(partialDateSchema),
});

export const deliveryFlagSchema = z.enum(deliveryFlags);

export const projectCardSchema = z.extend(projectBaseSchema, {
  /** Organisations taking part now (not leads, not those who left). */
  partners: z.array(organisationSummarySchema),
  phases: z.array(phaseSchema),
  latestShowAndTell: z.nullable(showAndTellSchema),
  latestUpdateHeadline: z.nullable(z.string()),
  /** The last day the current phase was planned to run (see plannedEndOf). */
  plannedEndOn: z.nullable(z.string()),
  /** Every amount recorded on its phases, in pounds; null when none is. */
  fundingPounds: z.nullable(z.int()),
  /** What the domain's rules say today (see delivery-flags.ts). */
  flags: z.array(deliveryFlagSchema),
  /** The current delivery confidence: absent for those who may not see it, null when not rated. */
  confidence: z.optional(z.nullable(confidenceSummarySchema)),
  /** For someone signed in with an organisation: whether it takes part in the project, now or before. */
  yours: z.optional(z.boolean()),
});
export type ProjectCard = z.infer<typeof projectCardSchema>;

export const projectListSchema = z.extend(pageInfoSchema, {
  projects: z.array(projectCardSchema),
});
export type ProjectList = z.infer<typeof projectListSchema>;

export const projectDetailSchema = z.extend(projectBaseSchema, {
  /** The project record's version: a change to the project's own fields names it (see versionSchema). */
  version: versionSchema,
  websiteUrl: z.nullable(storedUrlSchema),
  repositoryUrl: z.nullable(storedUrlSchema),
  blogUrl: z.nullable(storedUrlSchema),
  phases: z.array(phaseSchema),
  partnerships: z.array(partnershipSchema),
  showAndTells: z.array(showAndTellSchema),
  outputs: z.array(outputSchema),
  /** The newest updates this person may see; `updateCount` says how many there are in all. */
  updates: z.array(updateSchema),
  updateCount: z.int().check(z.nonnegative()),
  flags: z.array(deliveryFlagSchema),
  /** Delivery confidence ratings newest first (the first is current): absent for those who may not see them. */
  ratings: z.optional(z.array(ratingSchema)),
  /** What the person asking may do on this project. */
  allowed: z.array(actionSchema),
});
export type ProjectDetail = z.infer<typeof projectDetailSchema>;

/** A page of one project's updates, newest first, for "show more updates". */
export const updatePageSchema = z.extend(pageInfoSchema, {
  updates: z.array(updateSchema),
});
export type UpdatePage = z.infer<typeof updatePageSchema>;

/**
 * What the phase filter takes: a GDS phase, `other` for other kinds of work and `unknown` for
 * projects whose current phase nobody has named, so each of the overview's counts by phase
 * shows exactly its projects (decision 0015).
 */
export const phaseFilters = [...gdsPhaseKinds, 'other', 'unknown'] as const;
export const phaseFilterLabels: Record<(typeof phaseFilters)[number], string> = {
  ...phaseKindLabels,
  other: 'Another kind of work',
  unknown: 'No standard phase',
};

/** The portfolio's filters, as they appear in the app's URL and the API's query string. */
export const projectFiltersSchema = z.object({
  phase: z.optional(z.enum(phaseFilters, { error: 'Choose a phase: discovery, alpha, beta, live, other or unknown' })),
  status: z.optional(projectStatusSchema),
  organisation: z.optional(slugSchema),
  q: z.optional(z.string().check(z.trim(), z.maxLength(200, { error: 'Search for 200 characters or fewer' }))),
  flag: z.optional(z.enum(deliveryFlags, { error: 'Choose a flag: quiet, overrun or phase_unknown' })),
  /** Projects with an amount recorded on a phase of this kind, or on any phase. */
  funded: z.optional(z.enum([...phaseKinds, 'any'], { error: 'Choose a kind of phase, or any' })),
  /** Projects with a phase in this funding stream (the phase's own, or else the project's). */
  stream: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200, { error: 'Funding streams are 200 characters or fewer' }))),
  /** LDCU staff only: the current rating, or `none` for projects not rated. */
  confidence: z.optional(z.enum([...confidenceRatings, 'none'], { error: 'Choose a rating: green, amber, red or none' })),
  sort: z.optional(portfolioSortSchema),
  order: z.optional(sortOrderSchema),
});
export type ProjectFilters = z.infer<typeof projectFiltersSchema>;

/** A project's own links, as its team or an LDCU manager edits them; an empty value removes a link. */
const optionalLinkSchema = z.nullable(z.union([z.literal(''), safeUrlSchema]));
export const projectLinksSchema = z.object({
  version: versionSchema,
  websiteUrl: z.optional(optionalLinkSchema),
  repositoryUrl: z.optional(optionalLinkSchema),
  blogUrl: z.optional(optionalLinkSchema),
});
export type ProjectLinks = z.input<typeof projectLinksSchema>;
