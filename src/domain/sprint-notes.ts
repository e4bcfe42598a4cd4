import * as z from 'zod/mini';
import { slugSchema } from './organisation';
import { safeMarkdownLinks } from './markdown-links';
import { safeUrlSchema, storedUrlSchema } from './safe-url';
import { versionSchema } from './version';
import { daySchema } from './day';

// Sprint Notes: the newsletter assembled from approved updates. The API's contract, shared by the
// server, the composer and the mocks. The renderer lives in sprint-notes-render.ts.

export const HEADING_MAX = 200;
export const SECTION_NAME_MAX = 120;
export const TEXT_MAX = 20_000;
export const ITEMS_MAX = 5_000;

export const sectionKinds = ['team', 'projects'] as const;
export const sectionKindSchema = z.enum(sectionKinds, { error: 'Choose what the section holds: team news or project news' });
export type SectionKind = z.infer<typeof sectionKindSchema>;

export const sprintNoteStatuses = ['draft', 'published'] as const;
export const sprintNoteStatusSchema = z.enum(sprintNoteStatuses);
export type SprintNoteStatus = z.infer<typeof sprintNoteStatusSchema>;

/** The sections a first issue starts with. Later issues start with the names their predecessor used, since they change over the years. */
export const DEFAULT_SECTIONS: readonly { kind: SectionKind; name: string; intro: string }[] = [
  { kind: 'team', name: 'News from the team', intro: '' },
  {
    kind: 'projects',
    name: 'News from our funded projects',
    intro: 'Don’t forget you can find information on all of our funded projects, including those mentioned below, on our website.',
  },
];
export const DEFAULT_CLOSING = 'That’s it for this sprint, thanks for reading!';

/** Issue numbers appear in addresses: digits without a leading zero, as ids are. */
export function sprintNoteTitle(number: number): string {
  return `Sprint Notes #${String(number)}`;
}

function markdownSchema(what: string, max: number) {
  return z.string().check(
    z.trim(),
    z.maxLength(max, { error: `${what} must be ${max.toLocaleString('en-GB')} characters or fewer` }),
    safeMarkdownLinks('Links'),
  );
}

const headingSchema = z.string({ error: 'Enter a heading' }).check(
  z.trim(),
  z.minLength(1, { error: 'Enter a heading' }),
  z.maxLength(HEADING_MAX, { error: `Headings must be ${String(HEADING_MAX)} characters or fewer` }),
);

/** An update as an issue uses it; a null headline or body means the update's own, an edit keeps to this issue. */
export const sprintNoteItemSchema = z.object({
  updateId: z.int().check(z.positive()),
  headline: z.nullable(headingSchema),
  bodyMarkdown: z.nullable(
    z.string().check(
      z.trim(),
      z.minLength(1, { error: 'Write the text, or go back to the update’s own' }),
      z.maxLength(TEXT_MAX, { error: `The text must be ${TEXT_MAX.toLocaleString('en-GB')} characters or fewer` }),
      safeMarkdownLinks('Links'),
    ),
  ),
});
export type SprintNoteItem = z.infer<typeof sprintNoteItemSchema>;

export const sprintNoteSectionSchema = z.object({
  kind: sectionKindSchema,
  name: z.string({ error: 'Enter the section’s name' }).check(
    z.trim(),
    z.minLength(1, { error: 'Enter the section’s name' }),
    z.maxLength(SECTION_NAME_MAX, { error: `Section names must be ${String(SECTION_NAME_MAX)} characters or fewer` }),
  ),
  intro: markdownSchema('A section’s opening line', 2_000),
  /** In a project section, a project's items stay together and the projects follow the order of their first items. */
  items: z.array(sprintNoteItemSchema).check(z.maxLength(ITEMS_MAX)),
});
export type SprintNoteSection = z.infer<typeof sprintNoteSectionSchema>;

/** A project's heading for one issue, instead of the one made from its name and leads. */
export const headingOverrideSchema = z.object({ projectSlug: slugSchema, heading: headingSchema });
export type HeadingOverride = z.infer<typeof headingOverrideSchema>;

/** What the composer writes: everything about an issue but its number and state. */
export const sprintNoteContentSchema = z.object({
  coversFrom: daySchema,
  coversTo: daySchema,
  intro: markdownSchema('The introduction', TEXT_MAX),
  closing: markdownSchema('The closing line', TEXT_MAX),
  sections: z.array(sprintNoteSectionSchema).check(z.minLength(1), z.maxLength(sectionKinds.length)),
  headings: z.array(headingOverrideSchema).check(z.maxLength(ITEMS_MAX)),
});
export type SprintNoteContent = z.infer<typeof sprintNoteContentSchema>;

/** Saving a draft, or correcting a published issue: the whole content, with the version read. */
export const saveSprintNoteSchema = z.extend(sprintNoteContentSchema, { version: versionSchema });
export type SaveSprintNote = z.input<typeof saveSprintNoteSchema>;

/** Starting an issue: only its period; it takes the next number and its sections and closing line from the last issue. */
export const newSprintNoteSchema = z.object({ coversFrom: daySchema, coversTo: daySchema });
export type NewSprintNote = z.input<typeof newSprintNoteSchema>;

export const publishSprintNoteSchema = z.object({
  version: versionSchema,
  publishedOn: daySchema,
  /** Where it was published too, on the blog platform; optional. */
  publishedUrl: z.optional(z.union([z.literal(''), safeUrlSchema])),
});
export type PublishSprintNote = z.input<typeof publishSprintNoteSchema>;

/** A project as an issue names it: its heading is `Name (Lead council)`, made on the server from its leads. */
export const noteProjectSchema = z.object({ slug: slugSchema, name: z.string(), heading: z.string() });
export type NoteProject = z.infer<typeof noteProjectSchema>;

/** An approved update an issue may use, or uses: team news has no project. */
export const noteUpdateSchema = z.object({
  id: z.int(),
  headline: z.string(),
  bodyMarkdown: z.string(),
  // As stored (project.ts's storedLinkSchema), written out here so Sprint Notes' pages need nothing of the portfolio's schemas.
  links: z.array(z.object({ title: z.string(), url: storedUrlSchema })),
  publishedOn: z.string(),
  project: z.nullable(noteProjectSchema),
});
export type NoteUpdate = z.infer<typeof noteUpdateSchema>;

export const sprintNoteSummarySchema = z.object({
  number: z.int(),
  title: z.string(),
  version: versionSchema,
  status: sprintNoteStatusSchema,
  coversFrom: z.string(),
  coversTo: z.string(),
  publishedOn: z.nullable(z.string()),
  publishedUrl: z.nullable(z.string()),
  /** When it last changed: the feed's "updated". */
  updatedAt: z.string(),
});
export type SprintNoteSummary = z.infer<typeof sprintNoteSummarySchema>;

export const sprintNoteListSchema = z.object({ issues: z.array(sprintNoteSummarySchema) });
export type SprintNoteList = z.infer<typeof sprintNoteListSchema>;

/** One issue: its content, the updates its items use, and what this person may do with it. */
export const sprintNoteSchema = z.extend(sprintNoteSummarySchema, {
  intro: z.string(),
  closing: z.string(),
  sections: z.array(sprintNoteSectionSchema),
  headings: z.array(headingOverrideSchema),
  updates: z.array(noteUpdateSchema),
  can: z.object({ edit: z.boolean(), publish: z.boolean(), delete: z.boolean() }),
});
export type SprintNote = z.infer<typeof sprintNoteSchema>;

/** The approved updates dated in an issue's period that no other published issue used. */
export const candidatesSchema = z.object({ updates: z.array(noteUpdateSchema) });
export type Candidates = z.infer<typeof candidatesSchema>;

/** Active projects the issue has nothing from, and whom to ask. */
export const missingSchema = z.object({
  projects: z.array(
    z.object({
      project: noteProjectSchema,
      /** `none`: nothing written in the period; `unapproved`: only drafts, or updates not yet approved. */
      state: z.enum(['none', 'unapproved']),
      updates: z.array(z.object({ id: z.int(), headline: z.string(), status: z.string() })),
      contacts: z.array(z.object({ name: z.string(), email: z.string(), organisation: z.string() })),
    }),
  ),
});
export type Missing = z.infer<typeof missingSchema>;
