/**
 * What a list of projects offers to take elsewhere: a CSV for spreadsheets (the list as filtered,
 * as the API's `export.csv` takes the list's query string) and the calendar feed of its events.
 */
export function ListDownloads({ csvSearch, csvText, csvNote, className }: { csvSearch: string; csvText: string; csvNote: string; className: string }) {
  return (
    <ul className={className}>
      <li>
        <a className="govuk-link" href={`/api/projects/export.csv${csvSearch}`} download>
          {csvText}
        </a>{' '}
        <span className="app-muted">({csvNote})</span>
      </li>
      <li>
        <a className="govuk-link" href="/calendar.ics">
          Subscribe in your calendar
        </a>{' '}
        <span className="app-muted">(show and tells and events)</span>
      </li>
    </ul>
  );
}
