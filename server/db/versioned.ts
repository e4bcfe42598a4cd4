import type { UpdateObject } from 'kysely';
import { ConflictError, notFound } from '../http/api-error';
import type { Db } from './database';
import { type Change, type RecordFields, recordChange } from './history';
import type { Database } from './schema';

/** The tables whose records people edit: each row has a `version` (decision 0012). */
export type VersionedTable = 'organisations' | 'projects' | 'phases' | 'partnerships' | 'showAndTells' | 'outputs' | 'updates';

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
