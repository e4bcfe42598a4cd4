import * as z from 'zod/mini';
import { daySchema } from './day';
import { type ConfidenceRating, confidenceRatingSchema, ratingSchema } from './delivery';

/**
 * Making a rating, and what only the table and exports need (decision 0015): kept apart from
 * delivery.ts, whose schemas the portfolio's first page loads, so that page does not carry them.
 */
export const confidenceShortLabels: Record<ConfidenceRating, string> = { green: 'Green', amber: 'Amber', red: 'Red' };

/** Sorting by confidence ascending goes from green to red; descending puts those at risk first. */
export const confidenceRanks: Record<ConfidenceRating, number> = { green: 1, amber: 2, red: 3 };

export const MAX_REASON_LENGTH = 2000;

export const newRatingSchema = z.object({
  rating: confidenceRatingSchema,
  reason: z.string({ error: 'Enter the reason for the rating' }).check(
    z.trim(),
    z.minLength(1, { error: 'Enter the reason for the rating' }),
    z.maxLength(MAX_REASON_LENGTH, { error: `The reason must be ${String(MAX_REASON_LENGTH)} characters or fewer` }),
  ),
  /** The day the judgement was made; not after today (the server checks). */
  ratedOn: daySchema,
  /**
   * The current rating the person saw (its id), or null if there was none. Ratings are never
   * edited, but one made without seeing a newer one would silently bury it, so that is a 409.
   */
  basedOn: z.nullable(z.int()),
});
export type NewRating = z.input<typeof newRatingSchema>;

/** A project's ratings, newest first: the first is current. */
export const ratingHistorySchema = z.object({ ratings: z.array(ratingSchema) });
export type RatingHistory = z.infer<typeof ratingHistorySchema>;
