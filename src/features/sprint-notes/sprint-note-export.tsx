import { useState } from 'react';
import { copyRichText, copyText } from './copy-to-clipboard';
import { exportPath } from './sprint-notes-api';
import type { IssueMarkdown } from './sprint-notes-document-view';

type CopyKind = 'rich' | 'markdown';

interface CopyOutcome {
  kind: CopyKind;
  copied: boolean;
  /** Counts the copies, so the live region gets a new message node each time and says it again. */
  count: number;
}

const COPIED: Record<CopyKind, string> = {
  rich: 'Copied. Paste it into Medium or an email.',
  markdown: 'Copied as Markdown. Paste it wherever Markdown is read.',
};

/**
 * Ways to take an issue elsewhere: copied as rich text (Medium and email keep its headings, lists
 * and links) or as Markdown, downloaded as a file, or printed. Each copy says how it went, on
 * screen and to screen readers.
 */
export function SprintNoteExport({ number, rendered }: { number: number; rendered: IssueMarkdown }) {
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);
  const markdownFile = `sprint-notes-${String(number)}.md`;
  const htmlFile = `sprint-notes-${String(number)}.html`;

  const copy = async (kind: CopyKind) => {
    const copied = kind === 'rich' ? await copyRichText(rendered.html, rendered.exportMarkdown) : await copyText(rendered.exportMarkdown);
    setOutcome((previous) => ({ kind, copied, count: (previous?.count ?? 0) + 1 }));
  };

  return (
    <section aria-labelledby="export-heading" className="govuk-!-margin-top-8 app-no-print">
      <h2 className="govuk-heading-m" id="export-heading">
        Export
      </h2>
      <p className="govuk-body">Copy the issue to paste it into Medium, an email or anywhere else, download it as a file, or print it.</p>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void copy('rich')}>
          Copy for Medium or email
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void copy('markdown')}>
          Copy as Markdown
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <div role="status" className="app-copy-status">
        {outcome === null ? null : outcome.copied ? (
          <p key={outcome.count} className="govuk-body app-copy-status__done">
            {COPIED[outcome.kind]}
          </p>
        ) : (
          <p key={outcome.count} className="govuk-body">
            Your browser did not let us copy the issue.{' '}
            {outcome.kind === 'rich' ? (
              <>
                <a className="govuk-link" href={exportPath(number, 'html')} download={htmlFile}>
                  Download it as HTML
                </a>{' '}
                instead, open the file and copy it from there.
              </>
            ) : (
              <>
                <a className="govuk-link" href={exportPath(number, 'md')} download={markdownFile}>
                  Download it as Markdown
                </a>{' '}
                instead.
              </>
            )}
          </p>
        )}
      </div>
      <ul className="govuk-list">
        <li>
          <a className="govuk-link" href={exportPath(number, 'md')} download={markdownFile}>
            Download Markdown
          </a>{' '}
          <span className="app-muted">({markdownFile})</span>
        </li>
        <li>
          <a className="govuk-link" href={exportPath(number, 'html')} download={htmlFile}>
            Download HTML
          </a>{' '}
          <span className="app-muted">({htmlFile})</span>
        </li>
      </ul>
    </section>
  );
}
