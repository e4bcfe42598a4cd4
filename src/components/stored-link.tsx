import type { ReactNode } from 'react';
import { isSafeUrl } from '../domain/safe-url';

/** Whether a stored link may be drawn as a link: it is set, and a web or email link. */
export function isLinkable(url: string | null): url is string {
  return url !== null && isSafeUrl(url);
}

/**
 * A link someone stored (a project's website, show-and-tell slides, an output, an update's links),
 * leaving the portfolio without passing on where the reader came from. The API refuses other kinds
 * of link, but a stored value may predate that check, so each is checked again as it is drawn and
 * one that fails is never put in an `href`. The reader sees `fallback` instead: by default the
 * link's own text, so a titled thing (an output, an update's link) is still named. Where the text
 * only announces a link ("Slides", "Website"), leave the link out altogether (see isLinkable).
 */
export function StoredLink({ href, children, fallback = children }: { href: string | null; children: ReactNode; fallback?: ReactNode }) {
  if (!isLinkable(href)) return <>{fallback}</>;
  return (
    <a className="govuk-link" href={href} rel="noreferrer">
      {children}
    </a>
  );
}
