import type * as z from 'zod/mini';
import { conflictReplySchema } from '../domain/conflict';
import { hasStatus } from './api-client';

// Only the edit forms, which load with their pages, read conflicts; kept out of api-client.ts,
// which every page loads first.

/**
 * The record as someone else saved it, when a write was refused as stale (409), read with the
 * record's own schema; null for any other error.
 */
export function conflictingRecord<S extends z.ZodMiniType>(error: unknown, record: S): z.output<S> | null {
  if (!hasStatus(error, 409)) return null;
  const reply = conflictReplySchema.safeParse(error.body);
  if (!reply.success) return null;
  const current = record.safeParse(reply.data.current);
  return current.success ? current.data : null;
}
