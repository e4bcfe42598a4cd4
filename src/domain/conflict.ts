import * as z from 'zod/mini';
import { apiErrorSchema } from './api-error';

// Apart from version.ts, which the first page's schemas import: only edit forms and tests read conflicts.

/** A 409 for a stale write: the usual error, plus the record as someone else saved it (read with that record's own schema). */
export const conflictReplySchema = z.extend(apiErrorSchema, { current: z.unknown() });
