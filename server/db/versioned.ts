import type { UpdateObject } from 'kysely';
import { ConflictError, conflictOrGone, notFound } from '../http/api-error';
import type { Db } from './database';
import { type Change, type RecordFields, recordChange } from './history';
import type { Database } from './schema';

/** The tables whose records people edit: each row has a `version` (decision 0012). */
export type VersionedTable = 'organisations' | 'projects' | 'phases' | 'partnerships' | 'showAndTells' | 'outputs' | 'updates' | 'sprintNotes';

export interface VersionedSave<T extends VersionedTable, R extends { version: number }> {
  table: T;
  id: number;
  /** The version the person read. */
  version: number;
  changes: UpdateObject<Database, T>;
  /** Reads the record as the reply shows it: inside the transaction after the write, and again after a conflict. */
  load: (db: Db) => Promise<R | undefined>;
  /** The record's name in a 404, as "Project" in "Project not found". */
  what: string;
  /** The history entry, all but the record as it became. */
  history: Omit<Change, 'after'>;
  fieldsOf: (record: NoInfer<R>) => RecordFields;
  /**
   * Checks that must still hold when the change is written, and the locks that keep them so
   * (lockKeys), run in the transaction before the write: a phase a partnership is moved to must
   * still be there. Throwing refuses the change.
   */
  checkFirst?: (trx: Db) => Promise<void>;
  /** Work that must be kept or lost with the change, such as a project's derived fields. */
  alsoInTransaction?: (trx: Db) => Promise<void>;
}

/**
 * Saves a change to a record only if it still has the version the person read, and records it
 * in the history in the same transaction. Of two saves from one version, one wins and the other
 * gets a 409 with the record as it now stands. A change that names no field writes nothing, but
 * still tells a person who read an old version so.
 */
export async function saveVersioned<T extends VersionedTable, R extends { version: number }>(db: Db, save: VersionedSave<T, R>): Promise<R> {
  const current = async () => {
    const record = await save.load(db);
    if (record === undefined) throw notFound(save.what);
    return record;
  };
  if (Object.keys(save.changes).length === 0) {
    const record = await current();
    if (record.version !== save.version) throw new ConflictError(record);
    return record;
  }
  const saved = await db.transaction().execute(async (trx) => {
    await save.checkFirst?.(trx);
    // Kysely cannot type an update over a union of tables; every VersionedTable has `id` and `version`, which is all this names.
    const table = save.table as 'projects';
    const updated = await trx
      .updateTable(table)
      .set((eb) => ({ ...(save.changes as UpdateObject<Database, 'projects'>), version: eb('version', '+', 1) }))
      .where('id', '=', save.id)
      .where('version', '=', save.version)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) return undefined;
    await save.alsoInTransaction?.(trx);
    const after = await save.load(trx);
    if (after === undefined) return undefined;
    await recordChange(trx, { ...save.history, after: save.fieldsOf(after) });
    return after;
  });
  if (saved !== undefined) return saved;
  throw new ConflictError(await current());
}

export interface VersionedDelete<T extends VersionedTable, R extends { version: number }> {
  table: T;
  id: number;
  /** The version the person read. */
  version: number;
  /** Reads the record as the reply shows it, within the transaction. */
  load: (db: Db) => Promise<R | undefined>;
  what: string;
  /** The history entry, all but the record as it was and as it became (none). */
  history: Omit<Change, 'before' | 'after'>;
  fieldsOf: (record: NoInfer<R>) => RecordFields;
  /** Checks that must hold for the record to go, and the locks that keep them so; throwing refuses the removal. */
  checkFirst?: (trx: Db, current: NoInfer<R>) => Promise<void>;
  /** Work that must be kept or lost with the removal, such as a project's derived fields. */
  alsoInTransaction?: (trx: Db, removed: NoInfer<R>) => Promise<void>;
}

/**
 * Removes a record only if it still has the version the person read, recording what it was in
 * the history in the same transaction: nobody removes what they have not seen. A stale version is
 * a 409 with the record as it stands; one already gone, a 404.
 */
export async function deleteVersioned<T extends VersionedTable, R extends { version: number }>(db: Db, remove: VersionedDelete<T, R>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const current = await remove.load(trx);
    if (current === undefined) throw notFound(remove.what);
    if (current.version !== remove.version) throw new ConflictError(current);
    await remove.checkFirst?.(trx, current);
    const table = remove.table as 'projects';
    const removed = await trx.deleteFrom(table).where('id', '=', remove.id).where('version', '=', remove.version).executeTakeFirst();
    if (removed.numDeletedRows === 0n) throw conflictOrGone(await remove.load(trx), remove.what);
    await recordChange(trx, { ...remove.history, before: remove.fieldsOf(current), after: null });
    await remove.alsoInTransaction?.(trx, current);
  });
}
