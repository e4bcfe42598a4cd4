import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Missing } from '../../domain/sprint-notes';
import { sprintNoteQueries } from './sprint-notes-api';

const STATUS_WORDS: Record<string, string> = { draft: 'a draft', submitted: 'waiting for review', returned: 'returned to its writers' };

/** The chase list as plain text, to paste into an email. */
export function chaseListText(missing: Missing): string {
  return missing.projects
    .map((entry) => {
      const state =
        entry.state === 'none'
          ? 'Nothing sent for this period.'
          : `Not yet approved: ${entry.updates.map((update) => `“${update.headline}” (${STATUS_WORDS[update.status] ?? update.status})`).join('; ')}.`;
      const contacts = entry.contacts.length === 0 ? 'No contact has an account.' : entry.contacts.map((contact) => `${contact.name} <${contact.email}>, ${contact.organisation}`).join('\n');
      return `${entry.project.heading}\n${state}\n${contacts}`;
    })
    .join('\n\n');
}

/**
 * The active projects the issue has nothing from, with whom to ask, for chasing. It reads the
 * saved period: a change of dates shows here once saved.
 */
export function ComposerMissing({ number, savedPeriod }: { number: number; savedPeriod: string }) {
  const missing = useQuery(sprintNoteQueries.missing(number));
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  if (missing.isPending) return <p className="govuk-body" role="status">Finding the projects with nothing in this period…</p>;
  if (missing.isError) {
    return (
      <div role="alert">
        <p className="govuk-body">The list could not be loaded. {missing.error.message}</p>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void missing.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  const { projects } = missing.data;
  if (projects.length === 0) return <p className="govuk-body">Every active project has an approved update for this period.</p>;
  const text = chaseListText(missing.data);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div>
      <p className="govuk-body">
        {projects.length} active {projects.length === 1 ? 'project has' : 'projects have'} no approved update dated {savedPeriod.replace(/^Covering /, '')} (as saved).
      </p>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void copy()}>
        Copy the chase list
      </button>
      <p className="govuk-body" role="status">
        {copied === 'copied' ? 'Copied. Paste it into an email.' : copied === 'failed' ? 'Your browser did not allow copying: select the list in the box below and copy it.' : ''}
      </p>
      {copied === 'failed' ? (
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="chase-list-text">
            The chase list as text
          </label>
          <textarea className="govuk-textarea" id="chase-list-text" rows={10} readOnly value={text} onFocus={(event) => event.target.select()} />
        </div>
      ) : null}
      <ul className="govuk-list app-chase-list">
        {projects.map((entry) => (
          <li key={entry.project.slug} className="govuk-!-margin-bottom-4">
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{entry.project.heading}</h3>
            <p className="govuk-body govuk-!-margin-bottom-1">
              {entry.state === 'none'
                ? 'Nothing sent for this period.'
                : `Not yet approved: ${entry.updates.map((update) => `“${update.headline}” (${STATUS_WORDS[update.status] ?? update.status})`).join('; ')}.`}
            </p>
            {entry.contacts.length === 0 ? (
              <p className="govuk-body govuk-hint">No contact has an account.</p>
            ) : (
              <ul className="govuk-list">
                {entry.contacts.map((contact) => (
                  <li key={contact.email}>
                    {contact.name},{' '}
                    <a className="govuk-link" href={`mailto:${contact.email}`}>
                      {contact.email}
                    </a>
                    , {contact.organisation}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
