import { lazy, Suspense } from 'react';

/**
 * The Markdown renderer and its parser are most of a project page's code, and updates sit below
 * the fold: the page draws its heading and summary first and the updates' formatting follows.
 * Until it arrives each update shows as its plain text, so nothing is hidden meanwhile.
 */
const Markdown = lazy(async () => ({ default: (await import('./markdown')).Markdown }));

/** Starts fetching the renderer early (say, beside a page's data), so it is usually there first. */
export function preloadMarkdown(): void {
  void import('./markdown');
}

export function LazyMarkdown({ children }: { children: string }) {
  return (
    <Suspense fallback={<p className="govuk-body app-pre-line">{children}</p>}>
      <Markdown>{children}</Markdown>
    </Suspense>
  );
}
