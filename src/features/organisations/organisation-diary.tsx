import { Link } from 'react-router';
import { SummaryList } from '../../components/summary-list';
import { organisationCalendarPath } from '../../domain/icalendar';
import type { DiaryEntry, OrganisationDiary as Diary } from '../../domain/organisation-detail';
import { formatPartialDate } from '../../domain/partial-date';

/** Where the project page shows the show and tell or output (project-page.tsx, output-editor.tsx). */
function hrefOf(entry: DiaryEntry): string {
  const anchor = entry.kind === 'show-and-tell' ? `show-and-tell-${String(entry.id)}` : `output-${String(entry.id)}`;
  return `/projects/${entry.project.slug}#${anchor}`;
}

/** "Housing Repairs, talk on 20 June 2022": what the title alone does not say. */
function context(entry: DiaryEntry): string {
  const day = formatPartialDate(entry.on);
  if (entry.kind === 'show-and-tell') return `${entry.project.name}, ${day}`;
  return `${entry.project.name}, ${entry.kind} on ${day}`;
}

function DiaryLine({ next, previous, what }: { next: DiaryEntry | null; previous: DiaryEntry | null; what: string }) {
  if (next !== null) {
    return (
      <>
        <p className="govuk-body govuk-!-margin-bottom-1">
          <Link className="govuk-link" to={hrefOf(next)}>
            {next.title}
          </Link>
        </p>
        <p className="govuk-body-s govuk-!-margin-bottom-0">{context(next)}</p>
      </>
    );
  }
  // Nothing coming is the usual state between phases, so it says what happened last rather than only "none".
  return (
    <>
      <p className="govuk-body govuk-!-margin-bottom-1">None planned.</p>
      <p className="govuk-body-s app-muted govuk-!-margin-bottom-0">
        {previous === null ? (
          `No ${what} has been recorded with a date.`
        ) : (
          <>
            The last was{' '}
            <Link className="govuk-link" to={hrefOf(previous)}>
              {previous.title}
            </Link>{' '}
            ({context(previous)}).
          </>
        )}
      </p>
    </>
  );
}

/**
 * What is next across an organisation's projects, and its calendar feed, which keeps the same
 * show and tells, talks and events in people's own calendars.
 */
export function OrganisationDiary({ slug, diary }: { slug: string; diary: Diary }) {
  const feed = organisationCalendarPath(slug);
  return (
    <section aria-labelledby="diary-heading">
      <h2 className="govuk-heading-l" id="diary-heading">
        Show and tells and events
      </h2>
      <SummaryList
        rows={[
          { key: 'Next show and tell', value: <DiaryLine {...diary.showAndTell} what="show and tell" /> },
          { key: 'Next talk or event', value: <DiaryLine {...diary.event} what="talk or event" /> },
        ]}
      />
      {/* A plain link: the feed is a file for calendar apps, not a page of this app. */}
      <p className="govuk-body govuk-!-margin-bottom-1">
        <a className="govuk-link" href={feed} aria-describedby="calendar-hint">
          Subscribe in your calendar
        </a>
      </p>
      <div className="govuk-hint" id="calendar-hint">
        Copy this address into Outlook (Add calendar, Subscribe from web) or Google Calendar (Other calendars, From URL) to see them
        in your own calendar as they are planned: <span className="app-code">{new URL(feed, window.location.href).href}</span>
      </div>
    </section>
  );
}
