import { createHash, randomBytes } from 'node:crypto';

/** A 256-bit random token, safe in a URL or a cookie. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only digests are stored, so a copy of the database does not hand out live sessions or links. */
export function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
