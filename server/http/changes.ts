/**
 * The fields a request named, ready to store: a field left out is left alone, and an empty box
 * removes the value (stored as null, never ""). Only fields that may be null can be empty: the
 * domain schemas refuse an empty required field before this sees it.
 */
export type NamedChanges<T> = { [K in keyof T]?: Exclude<T[K], undefined | ''> | (null extends T[K] ? null : never) };

export function namedChanges<T extends object>(input: T): NamedChanges<T> {
  return Object.fromEntries(
    Object.entries(input)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]: [string, unknown]) => [key, value === '' ? null : value]),
  ) as NamedChanges<T>;
}

/** An optional value as a new record stores it: absent or empty is null. */
export function storedValue<T>(value: T | '' | null | undefined): T | null {
  return value === undefined || value === '' ? null : value;
}
