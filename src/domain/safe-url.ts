import * as z from 'zod';

const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/** True for the only kinds of link people may enter: web pages and email addresses. */
export function isSafeUrl(value: string): boolean {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(value).protocol);
  } catch {
    return false;
  }
}

export const safeUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine(isSafeUrl, { error: 'Enter a link that starts with https://, http:// or mailto:' });
