import * as z from 'zod/mini';

const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/** True for the only kinds of link people may enter: web pages and email addresses. */
export function isSafeUrl(value: string): boolean {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * A link as the API answers it, for reads only. A stored value may predate today's checks or come
 * from elsewhere (the seed, a copied database), and one bad value must not make a whole page
 * unreadable, so any text is accepted here and the app checks each link with isSafeUrl where it
 * draws it (components/stored-link.tsx). What the API accepts for writes is safeUrlSchema.
 */
export const storedUrlSchema = z.string();

/** A link a person enters: refused with a message unless it is a web or email link. */
export const safeUrlSchema = z.string().check(
  z.trim(),
  z.maxLength(2000, { error: 'Links must be 2000 characters or fewer' }),
  z.refine(isSafeUrl, { error: 'Enter a link that starts with https://, http:// or mailto:' }),
);
