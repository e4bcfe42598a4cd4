/** The one spelling of an id: digits without a leading zero. Number() would also take '01', '1.0', '0x1', '1e0', '+1' and ' 1'. */
const ID = /^[1-9][0-9]*$/;

/** Ids are PostgreSQL `integer`s: a larger number names no row, and a query with it would fail rather than find nothing. */
const LARGEST_ID = 2 ** 31 - 1;

/**
 * The id an address names, or null. Any other spelling names nothing, rather than being an alias
 * that reaches the same record by another address.
 */
export function idFromPath(value: string | undefined): number | null {
  if (value === undefined || !ID.test(value)) return null;
  const id = Number(value);
  return id <= LARGEST_ID ? id : null;
}
