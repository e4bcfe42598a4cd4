import * as z from 'zod/mini';
import { pageInfoSchema } from './paging';

/** A field's value as history keeps it. */
export const fieldValueSchema = z.nullable(z.union([z.string(), z.number(), z.boolean()]));

/** A record's plain fields as history keeps them, before or after a change. */
export const recordFieldsSchema = z.record(z.string(), fieldValueSchema);

/** One change to one record: who, when, what it was and what it became, field by field. */
export const historyEntrySchema = z.object({
  id: z.int(),
  at: z.string(),
  /** The person's name when they made the change. */
  actorName: z.string(),
  project: z.nullable(z.object({ slug: z.string(), name: z.string() })),
  recordType: z.string(),
  recordId: z.int(),
  action: z.string(),
  /** The fields that differ, before and after (null before a creation, after a deletion). */
  changes: z.array(z.object({ field: z.string(), before: fieldValueSchema, after: fieldValueSchema })),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historyPageSchema = z.extend(pageInfoSchema, {
  entries: z.array(historyEntrySchema),
});
export type HistoryPage = z.infer<typeof historyPageSchema>;
