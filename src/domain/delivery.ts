import * as z from 'zod/mini';

/**
 * A manager's judgement of how a project's delivery is going (decision 0015): green, amber or
 * red, with a reason and the day it was made. Ratings are kept, never changed: the latest is
 * current and the earlier ones are its history. They are LDCU's own assessment, so only its
 * staff see them; the flags in delivery-flags.ts are facts anyone may see.
 */
export const confidenceRatings = ['green', 'amber', 'red'] as const;
export const confidenceRatingSchema = z.enum(confidenceRatings, { error: 'Choose a rating: green, amber or red' });
export type ConfidenceRating = z.infer<typeof confidenceRatingSchema>;

/** In words as well as colour, so no one needs to tell the colours apart. */
export const confidenceLabels: Record<ConfidenceRating, string> = {
  green: 'Green: on track',
  amber: 'Amber: some concerns',
  red: 'Red: at risk',
};

export const ratingSchema = z.object({
  id: z.int(),
  rating: confidenceRatingSchema,
  reason: z.string(),
  /** A whole day; read back as given, since the server checked it when it was made. */
  ratedOn: z.string(),
  /** Who rated it, as they were named then. */
  ratedBy: z.string(),
});
export type Rating = z.infer<typeof ratingSchema>;

/** The current rating as a list shows it. */
export const confidenceSummarySchema = z.object({
  rating: confidenceRatingSchema,
  ratedOn: z.string(),
});
export type ConfidenceSummary = z.infer<typeof confidenceSummarySchema>;

/** A project that has sent no approved update for more than this many weeks has gone quiet. */
export const QUIET_AFTER_WEEKS = 8;

/**
 * What the portfolio's own rules say about an active project, whatever a manager's rating says
 * (a project paused, completed or stopped is expected to be quiet and its phases to stand still):
 * - `quiet`: no approved update for more than QUIET_AFTER_WEEKS weeks;
 * - `overrun`: a phase in progress has passed its planned end;
 * - `phase_unknown`: nobody has said which GDS phase (or other kind of work) it is in.
 */
export const deliveryFlags = ['quiet', 'overrun', 'phase_unknown'] as const;
export type DeliveryFlag = (typeof deliveryFlags)[number];
export const deliveryFlagLabels: Record<DeliveryFlag, string> = {
  quiet: `No update for ${String(QUIET_AFTER_WEEKS)} weeks`,
  overrun: 'Phase past its planned end',
  phase_unknown: 'No standard phase',
};
