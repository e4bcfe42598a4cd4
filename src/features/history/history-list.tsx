import { Link } from 'react-router';
import type { HistoryEntry } from '../../domain/history';

/** Plain names for the fields history records; a field not listed is shown by its own name. */
const FIELD_NAMES: Record<string, string> = {
  websiteUrl: 'Website',
  repositoryUrl: 'Code repository',
  blogUrl: 'Blog',
  name: 'Name',
  summary: 'Summary',
  status: 'Status',
  fundingStream: 'Funding stream',
  kind: 'Kind',
  label: 'Name of the phase',
  position: 'Place in order',
  startedOn: 'Start',
  plannedWeeks: 'Planned length in weeks',
  plannedEndOn: 'Planned end',
  endedOn: 'Actual end',
  fundingAmountPounds: 'Funding in pounds',
  outcome: 'Outcome',
  organisation: 'Organisation',
  role: 'Role',
  phaseId: 'Phase',
  joinedOn: 'Joined',
  leftOn: 'Left',
  note: 'Note',
  title: 'Title',
  description: 'Description',
  url: 'Link',
  date: 'Date',
  heldOn: 'Date',
  sprint: 'Sprint',
  slidesUrl: 'Slides',
  recordingUrl: 'Recording',
  headline: 'Headline',
  bodyMarkdown: 'Text',
  links: 'Links',
  publishedOn: 'Dated',
  reviewComment: 'Reviewer’s comment',
  coversFrom: 'Covers from',
  coversTo: 'Covers to',
  intro: 'Introduction',
  closing: 'Closing line',
  sections: 'Sections',
  headings: 'Project headings',
  items: 'Items',
  publishedUrl: 'Published address',
};

const RECORD_NAMES: Record<string, string> = {
  project: 'project',
  phase: 'phase',
  partnership: 'partnership',
  'show-and-tell': 'show and tell',
  output: 'output or event',
  update: 'update',
  'sprint-notes': 'Sprint Notes issue',
  'delivery-rating': 'delivery confidence rating',
};

const ACTION_WORDS: Record<string, string> = {
  create: 'added',
  update: 'changed',
  delete: 'removed',
  submit: 'submitted',
  approve: 'approved',
  return: 'returned',
  publish: 'published',
};

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

function valueText(value: HistoryEntry['changes'][number]['before']): string {
  if (value === null || value === '') return 'None';
  return String(value);
}

/**
 * Changes, newest first: who did what to which record, and each field before and after. Shown
 * to the people who work on a project and, for the whole portfolio, to managers.
 */
export function HistoryList({ entries, showProject }: { entries: readonly HistoryEntry[]; showProject: boolean }) {
  if (entries.length === 0) return <p className="govuk-body">No changes have been recorded yet.</p>;
  return (
    <ol className="govuk-list app-history">
      {entries.map((entry) => {
        const what = `${ACTION_WORDS[entry.action] ?? entry.action} the ${RECORD_NAMES[entry.recordType] ?? entry.recordType}`;
        return (
          <li key={entry.id} className="app-history__entry">
            <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
              {entry.actorName} {what}
              {showProject && entry.project !== null ? (
                <>
                  {' of '}
                  <Link className="govuk-link" to={`/projects/${entry.project.slug}`}>
                    {entry.project.name}
                  </Link>
                </>
              ) : null}
            </h2>
            <p className="govuk-body-s govuk-!-margin-bottom-2">
              <time dateTime={entry.at}>{WHEN.format(new Date(entry.at))}</time>
            </p>
            {entry.changes.length === 0 ? null : (
              <table className="govuk-table app-history__changes">
                <caption className="govuk-visually-hidden">
                  What {entry.actorName} {what}
                </caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">
                      Field
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Before
                    </th>
                    <th scope="col" className="govuk-table__header">
                      After
                    </th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {entry.changes.map((change) => (
                    <tr className="govuk-table__row" key={change.field}>
                      <th scope="row" className="govuk-table__header">
                        {FIELD_NAMES[change.field] ?? change.field}
                      </th>
                      <td className="govuk-table__cell app-history__value">{valueText(change.before)}</td>
                      <td className="govuk-table__cell app-history__value">{valueText(change.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        );
      })}
    </ol>
  );
}
