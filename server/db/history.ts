import type * as z from 'zod/mini';
import type { recordFieldsSchema } from '../../src/domain/history';
import type { CurrentUser } from '../app-env';
import type { Db } from './database';

/** What changed in one record, as `history` keeps it: plain fields only, so it reads the same in any database. */
export type RecordFields = z.infer<typeof recordFieldsSchema>;

export interface Change {
  /** Who made it; null only for changes made outside the app (the seed, a command). */
  actor: Pick<CurrentUser, 'id' | 'displayName'> | null;
  at: string;
  projectId: number | null;
  recordType: 'project' | 'phase' | 'partnership' | 'show-and-tell' | 'output' | 'update' | 'sprint-notes' | 'delivery-rating';
  recordId: number;
  action: 'create' | 'update' | 'delete' | 'submit' | 'approve' | 'return' | 'publish';
  before: RecordFields | null;
  after: RecordFields | null;
}

/**
 * Records a change in the history. Call it with the transaction that makes the change, so the
 * two are kept or lost together: history never says a change happened that did not, or misses
 * one that did.
 */
export async function recordChange(trx: Db, change: Change): Promise<void> {
  await trx
    .insertInto('history')
    .values({
      at: change.at,
      userId: change.actor?.id ?? null,
      actorName: change.actor?.displayName ?? 'The system',
      projectId: change.projectId,
      recordType: change.recordType,
      recordId: change.recordId,
      action: change.action,
      beforeJson: change.before === null ? null : JSON.stringify(change.before),
      afterJson: change.after === null ? null : JSON.stringify(change.after),
    })
    .execute();
}
