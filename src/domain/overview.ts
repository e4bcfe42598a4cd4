import * as z from 'zod/mini';
import { daySchema } from './day';
import { confidenceRatings, deliveryFlags } from './delivery';
import { phaseFilters, phaseKindSchema, projectStatusSchema } from './project';

const count = z.int().check(z.nonnegative());

/**
 * The portfolio at a glance (`GET /api/overview`): each figure is a count of projects that one
 * of the portfolio's filters shows exactly, so the page can link every figure to its projects.
 * Delivery confidence and the review queue are there only for those who may see them.
 */
export const overviewSchema = z.object({
  asOf: daySchema,
  projects: count,
  byPhase: z.array(z.object({ phase: z.enum(phaseFilters), projects: count })),
  byStatus: z.array(z.object({ status: projectStatusSchema, projects: count })),
  funding: z.object({
    /** Every amount recorded, and the projects with any amount recorded (`?funded=any`). */
    pounds: z.int(),
    projects: count,
    /** By the kind of phase the amount was awarded for (`?funded=<kind>`); phases of no stated kind are only in the total. */
    byKind: z.array(z.object({ kind: phaseKindSchema, pounds: z.int(), projects: count })),
    /** By funding stream, a phase's own or else its project's (`?stream=<name>`), with or without amounts. */
    byStream: z.array(z.object({ stream: z.string(), pounds: z.int(), projects: count })),
  }),
  /** Active projects each flag holds for today (`?flag=<flag>`). */
  flags: z.array(z.object({ flag: z.enum(deliveryFlags), projects: count })),
  /** LDCU staff only (`?confidence=<rating>`, `none` for not rated). */
  confidence: z.optional(z.array(z.object({ rating: z.enum([...confidenceRatings, 'none']), projects: count }))),
  /** Reviewers only: updates waiting for review. */
  awaitingReview: z.optional(count),
});
export type Overview = z.infer<typeof overviewSchema>;
