import * as z from 'zod/mini';

/**
 * Every editable record carries a version, from 1, raised by each change. A write names the
 * version it read; if someone else has changed the record since, the write is refused with 409
 * and the record as it now stands, so nobody overwrites another's change without seeing it.
 */
export const versionSchema = z.int({ error: 'Reload the page: the version of the record you changed is missing' }).check(z.gte(1));
