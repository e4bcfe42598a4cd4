import * as z from 'zod/mini';

/**
 * Every editable record carries a version, from 1, raised by each change. A write names the
 * version it read; if someone else has changed the record since, the write is refused with 409
 * and the record as it now stands, so nobody overwrites another's change without seeing it.
 */
const VERSION_MISSING = 'Reload the page: the version of the record you changed is missing';
// Versions are PostgreSQL `integer`s, like ids: one beyond them is no version a record has, and the database would fail on it.
export const versionSchema = z.int({ error: VERSION_MISSING }).check(z.gte(1, { error: VERSION_MISSING }), z.lte(2 ** 31 - 1, { error: VERSION_MISSING }));

/** Removing a record names the version read, like any other change: nobody removes what they have not seen. */
export const removalSchema = z.object({ version: versionSchema });
export type Removal = z.input<typeof removalSchema>;
