import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { servedOverHttps } from '../http/base-url';

/**
 * Over HTTPS the cookie takes the `__Host-` prefix, which browsers only accept with Secure,
 * Path=/ and no Domain: it cannot be set by a sibling subdomain or sent over plain HTTP.
 * The request itself is not asked (the context stays in the signature for the routes that call
 * this): behind a proxy it looks like plain HTTP, and its scheme and host are the client's to
 * write, so only the configured address decides.
 */
export function isHttps(_c: Context, publicUrl: string): boolean {
  return servedOverHttps(publicUrl);
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
    // No Max-Age: the cookie goes when the browser closes, which matters on shared council PCs.
    // The server still ends the session after 30 idle minutes or 12 hours.
  });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, cookieName(secure), { path: '/', secure, httpOnly: true, sameSite: 'Lax' });
}
