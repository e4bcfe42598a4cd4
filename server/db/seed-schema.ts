import * as z from 'zod/mini';
import { organisationKindSchema, slugSchema } from '../../src/domain/organisation';
import { partialDateSchema } from '../../src/domain/partial-date';
import {
  linkSchema,
  outputKindSchema,
  partnershipRoleSchema,
  phaseKindSchema,
  phaseStatusSchema,
  projectStatusSchema,
} from '../../src/domain/project';
import { sectionKindSchema } from '../../src/domain/sprint-notes';

/**
 * The shape of seed data: what a Sprint Notes issue tells us, keyed by slugs so it reads like
 * the source. Every field the text gives no fact for is null; nothing is made up to fill a gap.
 */
const seedUpdateSchema = z.object({
  headline: z.string().check(z.minLength(1)),
  bodyMarkdown: z.string().check(z.minLength(1)),
  links: z._default(z.array(linkSchema), []),
  publishedOn: partialDateSchema,
});

const seedPhaseSchema = z.object({
  kind: z.nullable(phaseKindSchema),
  label: z._default(z.nullable(z.string()), null),
  status: z._default(z.nullable(phaseStatusSchema), null),
  startedOn: z._default(z.nullable(partialDateSchema), null),
  plannedWeeks: z._default(z.nullable(z.int().check(z.positive())), null),
  plannedEndOn: z._default(z.nullable(partialDateSchema), null),
  endedOn: z._default(z.nullable(partialDateSchema), null),
  fundingAmountPounds: z._default(z.nullable(z.int().check(z.nonnegative())), null),
  fundingStream: z._default(z.nullable(z.string()), null),
  outcome: z._default(z.nullable(z.string()), null),
  reportedWeek: z._default(z.nullable(z.int().check(z.positive())), null),
  reportedOn: z._default(z.nullable(partialDateSchema), null),
});

const seedPartnershipSchema = z.object({
  organisation: slugSchema,
  role: partnershipRoleSchema,
  /** 1-based position in the project's phases, for organisations that took part in one phase only. */
  phase: z._default(z.nullable(z.int().check(z.positive())), null),
  joinedOn: z._default(z.nullable(partialDateSchema), null),
  leftOn: z._default(z.nullable(partialDateSchema), null),
  note: z._default(z.nullable(z.string()), null),
});

const seedShowAndTellSchema = z.object({
  heldOn: z.nullable(partialDateSchema),
  title: z.string().check(z.minLength(1)),
  sprint: z._default(z.nullable(z.int().check(z.positive())), null),
  summary: z._default(z.nullable(z.string()), null),
  slidesUrl: z._default(z.nullable(z.string()), null),
  recordingUrl: z._default(z.nullable(z.string()), null),
});

const seedOutputSchema = z.object({
  kind: outputKindSchema,
  title: z.string().check(z.minLength(1)),
  description: z._default(z.nullable(z.string()), null),
  url: z._default(z.nullable(z.string()), null),
  date: z._default(z.nullable(partialDateSchema), null),
});

const seedProjectSchema = z.object({
  slug: slugSchema,
  name: z.string().check(z.minLength(1)),
  summary: z._default(z.nullable(z.string()), null),
  status: projectStatusSchema,
  fundingStream: z._default(z.nullable(z.string()), null),
  websiteUrl: z._default(z.nullable(z.string()), null),
  repositoryUrl: z._default(z.nullable(z.string()), null),
  blogUrl: z._default(z.nullable(z.string()), null),
  phases: z.array(seedPhaseSchema),
  partnerships: z.array(seedPartnershipSchema),
  showAndTells: z._default(z.array(seedShowAndTellSchema), []),
  outputs: z._default(z.array(seedOutputSchema), []),
  updates: z._default(z.array(seedUpdateSchema), []),
});

/** An item of a seeded issue: a project's update (the first, unless another is named) or a team update, counted from 1. */
const seedNoteItemSchema = z.union([
  z.object({ project: slugSchema, update: z._default(z.int().check(z.positive()), 1) }),
  z.object({ team: z.int().check(z.positive()) }),
]);

const seedSprintNoteSchema = z.object({
  number: z.int().check(z.positive()),
  coversFrom: z.string(),
  coversTo: z.string(),
  intro: z.string(),
  closing: z.string(),
  publishedOn: z.nullable(z.string()),
  publishedUrl: z.nullable(z.string()),
  updatedAt: z.string(),
  sections: z.array(
    z.object({ kind: sectionKindSchema, name: z.string().check(z.minLength(1)), intro: z.string(), items: z.array(seedNoteItemSchema) }),
  ),
  /** Headings written for this issue instead of the one made from the project's name and leads. */
  headings: z._default(z.array(z.object({ project: slugSchema, heading: z.string().check(z.minLength(1)) })), []),
});

export const seedDataSchema = z.object({
  organisations: z.array(
    z.object({
      slug: slugSchema,
      name: z.string().check(z.minLength(1)),
      kind: organisationKindSchema,
      website: z._default(z.nullable(z.string()), null),
    }),
  ),
  projects: z.array(seedProjectSchema),
  /** News about the team itself: updates with no project. */
  teamUpdates: z.array(seedUpdateSchema),
  /** Published issues, built from the updates above. */
  sprintNotes: z._default(z.array(seedSprintNoteSchema), []),
});

export type SeedDataInput = z.input<typeof seedDataSchema>;
export type SeedData = z.output<typeof seedDataSchema>;
