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

export const safeUrlSchema = z.string().check(
  z.trim(),
  z.maxLength(2000, { error: 'Links must be 2000 characters or fewer' }),
  z.refine(isSafeUrl, { error: 'Enter a link that starts with https://, http:// or mailto:' }),
);
