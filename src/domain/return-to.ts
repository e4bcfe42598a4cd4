/**
 * Where to go after signing in. Only a path on this site is followed: one starting with a single
 * "/" (not "//" or "/\", which browsers read as another host), so a link to the sign-in page
 * cannot send someone on to a lookalike site once they have entered their password.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (value === null || value === undefined) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // Control characters and whitespace have no place in a path, and some are dropped by URL
  // parsers in ways that could turn the rest into a host name.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\s\\]/.test(value)) return '/';
  // Coming back to the sign-in or set-up page after signing in would be a loop.
  if (/^\/(sign-in|setup)(\/|\?|#|$)/.test(value)) return '/';
  return value;
}

export interface SignInHrefOptions {
  /** The person was signed in and their session ended, so the sign-in page says why they are there. */
  sessionEnded?: boolean;
}

/** The sign-in page's address, remembering where to come back to. */
export function signInHref(returnTo: string, { sessionEnded = false }: SignInHrefOptions = {}): string {
  const params = new URLSearchParams();
  // Even "/" is named: someone who chose to sign in from the portfolio comes back to it, where
  // someone who opened the sign-in page directly goes to their own home (homeFor).
  params.set('returnTo', safeReturnTo(returnTo));
  if (sessionEnded) params.set('reason', 'session-ended');
  const query = params.toString();
  return query === '' ? '/sign-in' : `/sign-in?${query}`;
}

