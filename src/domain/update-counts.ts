import * as z from 'zod/mini';

/**
 * The numbers the navigation shows: updates waiting for review (null for someone who does not
 * review), and updates returned to the person on their projects. Apart from update.ts, whose
 * Markdown parser the first page does not need.
 */
export const updateCountsSchema = z.object({ awaitingReview: z.nullable(z.int()), returnedToYou: z.int() });
export type UpdateCounts = z.infer<typeof updateCountsSchema>;
