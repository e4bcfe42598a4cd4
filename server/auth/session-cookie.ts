import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { ABSOLUTE_TIMEOUT_MINUTES } from './sessions';

/**
 * Over HTTPS the cookie takes the `__Host-` prefix, which browsers only accept with Secure,
 * Path=/ and no Domain: it cannot be set by a sibling subdomain or sent over plain HTTP.
 */
export function isHttps(c: Context, publicUrl: string | undefined): boolean {
  if (publicUrl !== undefined) return publicUrl.startsWith('https:');
  return new URL(c.req.url).protocol === 'https:';
}

function cookieName(secure: boolean): string {
  return secure ? '__Host-portfolio-session' : 'portfolio-session';
}

export function readSessionCookie(c: Context, secure: boolean): string | null {
  return getCookie(c, cookieName(secure)) ?? null;
}

export function writeSessionCookie(c: Context, secure: boolean, token: string): void {
  setCookie(c, cookieName(secure), token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure,
    // The server ends the session sooner when idle; the browser need not keep it longer than the absolute limit.
    maxAge: ABSOLUTE_TIMEOUT_MINUTES * 60,
  });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, cookieName(secure), { path: '/', secure, httpOnly: true, sameSite: 'Lax' });
}
