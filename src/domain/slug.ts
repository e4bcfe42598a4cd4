import { sortKey } from './search-text';

/** Longest slug made from a name, leaving room under slugSchema's 120 for a "-2" that makes it unique. */
const MAX_SLUG_FROM_NAME = 100;

/**
 * The address part made from a name: its plain words (as search and sorting read them: lower
 * case, no accents or apostrophes, "&" as "and") joined by hyphens. "Children’s Social Care"
 * becomes `childrens-social-care`. Empty when the name has no letters or digits.
 */
export function slugFromName(name: string): string {
  // Letters that have no plain Latin form ("ß", "ø") are left out: an address holds a-z, 0-9 and hyphens only.
  const words = sortKey(name)
    .split(' ')
    .map((word) => word.replace(/[^a-z0-9]/g, ''))
    .filter((word) => word !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > MAX_SLUG_FROM_NAME) break;
    slug = next;
  }
  // A single word longer than the limit is cut rather than lost.
  return slug === '' && words[0] !== undefined ? words[0].slice(0, MAX_SLUG_FROM_NAME) : slug;
}

/** The first of `base`, `base-2`, `base-3`… that is not taken. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
