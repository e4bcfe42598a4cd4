import * as z from 'zod/mini';
import { linkSchema, updateSchema } from './project';
import { organisationSummarySchema, slugSchema } from './organisation';
import { safeMarkdownLinks } from './markdown-links';
import { pageInfoSchema } from './paging';
import { versionSchema } from './version';
import { daySchema } from './day';

// Writing and reviewing updates. Kept apart from project.ts, which the first page loads: these
// schemas, and the Markdown parser the link check needs, load with the pages that write updates.

export const HEADLINE_MAX = 200;
export const BODY_MAX = 20_000;
export const LINKS_MAX = 10;
export const COMMENT_MAX = 2_000;

const headlineSchema = z.string({ error: 'Enter a headline' }).check(
  z.trim(),
  z.minLength(1, { error: 'Enter a headline' }),
  z.maxLength(HEADLINE_MAX, { error: `The headline must be ${String(HEADLINE_MAX)} characters or fewer` }),
);

const bodySchema = z.string({ error: 'Write the update' }).check(
  z.trim(),
  z.minLength(1, { error: 'Write the update' }),
  z.maxLength(BODY_MAX, { error: `The update must be ${BODY_MAX.toLocaleString('en-GB')} characters or fewer` }),
  safeMarkdownLinks('Links in the update'),
);

const linksSchema = z.array(linkSchema).check(z.maxLength(LINKS_MAX, { error: `Add ${String(LINKS_MAX)} links or fewer` }));

/**
 * A new update: saved as a draft, to be submitted for review when its writer is ready. Its date is
 * the day the news is from, today unless the writer says otherwise; never later than the server's
 * today, which only the server knows (a 422 naming `publishedOn`).
 */
export const newUpdateSchema = z.object({
  headline: headlineSchema,
  bodyMarkdown: bodySchema,
  links: z.optional(linksSchema),
  publishedOn: z.optional(daySchema),
});
export type NewUpdate = z.input<typeof newUpdateSchema>;

/** Changing an update: any of its fields, with the version read. Links, when sent, replace the old ones. */
export const updateChangesSchema = z.object({
  version: versionSchema,
  headline: z.optional(headlineSchema),
  bodyMarkdown: z.optional(bodySchema),
  links: z.optional(linksSchema),
  publishedOn: z.optional(daySchema),
});
export type UpdateChanges = z.input<typeof updateChangesSchema>;

/** Submitting, approving or deleting names only the version the person saw. */
export const updateStepSchema = z.object({ version: versionSchema });
export type UpdateStep = z.input<typeof updateStepSchema>;

/** Returning an update says what its writers should change. */
export const returnUpdateSchema = z.object({
  version: versionSchema,
  comment: z.string({ error: 'Say what needs to change' }).check(
    z.trim(),
    z.minLength(1, { error: 'Say what needs to change' }),
    z.maxLength(COMMENT_MAX, { error: `The comment must be ${COMMENT_MAX.toLocaleString('en-GB')} characters or fewer` }),
  ),
});
export type ReturnUpdate = z.input<typeof returnUpdateSchema>;

/** An update with what its writers and reviewers need around it: its project, who wrote it, when it was submitted. */
export const updateInReviewSchema = z.extend(updateSchema, {
  project: z.nullable(z.object({ slug: slugSchema, name: z.string(), leads: z.array(organisationSummarySchema) })),
  authorName: z.nullable(z.string()),
  submittedAt: z.nullable(z.string()),
});
export type UpdateInReview = z.infer<typeof updateInReviewSchema>;

/** What a write answers, and the update's own page: the update and what this person may do with it. */
export const savedUpdateSchema = z.object({
  update: updateInReviewSchema,
  can: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean(), delete: z.boolean() }),
});
export type SavedUpdate = z.infer<typeof savedUpdateSchema>;

/** The review queue, or any list of updates across the portfolio: oldest submitted first. */
export const updateQueueSchema = z.extend(pageInfoSchema, { updates: z.array(updateInReviewSchema) });
export type UpdateQueue = z.infer<typeof updateQueueSchema>;

/** A council officer's projects, each with its updates not yet published. */
export const yourProjectsSchema = z.object({
  projects: z.array(
    z.object({
      slug: slugSchema,
      name: z.string(),
      leads: z.array(organisationSummarySchema),
      updates: z.array(updateInReviewSchema),
    }),
  ),
});
export type YourProjects = z.infer<typeof yourProjectsSchema>;
