import * as z from 'zod';
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

/**
 * The shape of seed data: what a Sprint Notes issue tells us, keyed by slugs so it reads like
 * the source. Every field the text gives no fact for is null; nothing is made up to fill a gap.
 */
const seedUpdateSchema = z.object({
  headline: z.string().min(1),
  bodyMarkdown: z.string().min(1),
  links: z.array(linkSchema).default([]),
  publishedOn: partialDateSchema,
});

const seedPhaseSchema = z.object({
  kind: phaseKindSchema.nullable(),
  label: z.string().nullable().default(null),
  status: phaseStatusSchema.nullable().default(null),
  startedOn: partialDateSchema.nullable().default(null),
  plannedWeeks: z.number().int().positive().nullable().default(null),
  plannedEndOn: partialDateSchema.nullable().default(null),
  endedOn: partialDateSchema.nullable().default(null),
  fundingAmountPounds: z.number().int().nonnegative().nullable().default(null),
  fundingStream: z.string().nullable().default(null),
  outcome: z.string().nullable().default(null),
  reportedWeek: z.number().int().positive().nullable().default(null),
  reportedOn: partialDateSchema.nullable().default(null),
});

const seedPartnershipSchema = z.object({
  organisation: slugSchema,
  role: partnershipRoleSchema,
  /** 1-based position in the project's phases, for organisations that took part in one phase only. */
  phase: z.number().int().positive().nullable().default(null),
  joinedOn: partialDateSchema.nullable().default(null),
  leftOn: partialDateSchema.nullable().default(null),
  note: z.string().nullable().default(null),
});

const seedShowAndTellSchema = z.object({
  heldOn: partialDateSchema.nullable(),
  title: z.string().min(1),
  sprint: z.number().int().positive().nullable().default(null),
  summary: z.string().nullable().default(null),
  slidesUrl: z.string().nullable().default(null),
  recordingUrl: z.string().nullable().default(null),
});

const seedOutputSchema = z.object({
  kind: outputKindSchema,
  title: z.string().min(1),
  description: z.string().nullable().default(null),
  url: z.string().nullable().default(null),
  date: partialDateSchema.nullable().default(null),
});

const seedProjectSchema = z.object({
  slug: slugSchema,
  name: z.string().min(1),
  summary: z.string().nullable().default(null),
  status: projectStatusSchema,
  fundingStream: z.string().nullable().default(null),
  websiteUrl: z.string().nullable().default(null),
  repositoryUrl: z.string().nullable().default(null),
  blogUrl: z.string().nullable().default(null),
  phases: z.array(seedPhaseSchema),
  partnerships: z.array(seedPartnershipSchema),
  showAndTells: z.array(seedShowAndTellSchema).default([]),
  outputs: z.array(seedOutputSchema).default([]),
  updates: z.array(seedUpdateSchema).default([]),
});

export const seedDataSchema = z.object({
  organisations: z.array(
    z.object({
      slug: slugSchema,
      name: z.string().min(1),
      kind: organisationKindSchema,
      website: z.string().nullable().default(null),
    }),
  ),
  projects: z.array(seedProjectSchema),
  /** News about the team itself: updates with no project. */
  teamUpdates: z.array(seedUpdateSchema),
});

export type SeedDataInput = z.input<typeof seedDataSchema>;
export type SeedData = z.output<typeof seedDataSchema>;
