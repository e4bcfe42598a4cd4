import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { buildCalendar, CALENDAR_PATH, type CalendarEvent } from '../../../src/domain/icalendar';
import { isSafeUrl } from '../../../src/domain/safe-url';
import { projectHeading } from '../../../src/domain/sprint-notes-document';
import type { ResolvedDeps } from '../../app-deps';
import type { AppEnv } from '../../app-env';
import { type CalendarEntry, findOrganisation, listCalendarEntries, newestCalendarChange } from '../../db/queries/calendar';
import { notFound } from '../../http/api-error';

export const ORGANISATION_CALENDAR_PATH = '/organisations/:slug/calendar.ics';

/**
 * When nothing has been edited since the data was loaded there is no change to date the calendar
 * by; the start of the Unix epoch says so plainly, as the Atom feed's `updated` does, and keeps
 * the calendar the same from one request to the next.
 */
const NO_CHANGE_YET = new Date(0);

// Calendar apps fetch a subscription every few hours at most; an hour asks for no more than that.
const REFRESH_INTERVAL = 'PT1H';

const KIND_LABELS: Record<CalendarEntry['kind'], string> = { 'show-and-tell': 'Show and tell', talk: 'Talk', event: 'Event' };

/** The record's anchor on its project's page (project-page.tsx, output-editor.tsx). */
function anchorOf(entry: CalendarEntry): string {
  return entry.kind === 'show-and-tell' ? `show-and-tell-${String(entry.id)}` : `output-${String(entry.id)}`;
}

function eventOf(entry: CalendarEntry, publicUrl: string, host: string): CalendarEvent {
  const url = `${publicUrl}/projects/${entry.project.slug}#${anchorOf(entry)}`;
  // A stored link may predate today's checks (safe-url.ts); one that is not a web or email link is left out, as the app leaves it out.
  const links = entry.links.filter((link) => isSafeUrl(link.url)).map((link) => `${link.label}: ${link.url}`);
  const description = [
    `${KIND_LABELS[entry.kind]}: ${projectHeading(entry.project.name, entry.project.leads)}`,
    ...(entry.details === null ? [] : [entry.details]),
    ...links,
    `In the Local Digital Portfolio: ${url}`,
  ].join('\n\n');
  return {
    // The record's own id, which never changes or passes to another record: the same event has the same UID in both feeds, however often they are read.
    uid: `${anchorOf(entry)}@${host}`,
    date: entry.on,
    summary: `${entry.project.name}: ${entry.title}`,
    description,
    url,
    categories: [KIND_LABELS[entry.kind]],
    sequence: entry.version - 1,
  };
}

/**
 * Show and tells, talks and events as iCalendar feeds (RFC 5545) that people subscribe to in
 * Outlook, Google Calendar or Apple Calendar: the whole portfolio's, and each organisation's
 * (every project it takes part in). Public, as the project pages they come from are, so they are
 * served outside /api (whose answers are never kept) and may be cached for five minutes and
 * revalidated with an ETag, as the Atom feed is.
 */
export function calendarRoutes({ db, publicUrl }: ResolvedDeps) {
  const host = new URL(publicUrl).hostname;

  async function answer(organisation: { id: number; name: string } | null): Promise<Response> {
    const entries = await listCalendarEntries(db, organisation?.id ?? null);
    const changed = await newestCalendarChange(db);
    const body = buildCalendar({
      name: organisation === null ? 'Local Digital Portfolio: show and tells and events' : `${organisation.name}: show and tells and events`,
      description:
        organisation === null
          ? 'Show and tells, talks and events of the projects funded by the Local Digital Collaboration Unit.'
          : `Show and tells, talks and events of the projects ${organisation.name} takes part in, funded by the Local Digital Collaboration Unit.`,
      // From the data, not the clock, so unchanged data makes the same bytes and the ETag holds (see Calendar.stamp).
      stamp: changed === null ? NO_CHANGE_YET : new Date(changed),
      refreshInterval: REFRESH_INTERVAL,
      events: entries.map((entry) => eventOf(entry, publicUrl, host)),
    });
    return new Response(body, {
      headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
    });
  }

  // Weak: the answer is compressed after the tag is made, so one tag stands for every encoding of the same calendar.
  // On each route rather than with use(), which mounted at '/' would reach every path of the app.
  return new Hono<AppEnv>()
    .get(CALENDAR_PATH, etag({ weak: true }), () => answer(null))
    .get(ORGANISATION_CALENDAR_PATH, etag({ weak: true }), async (c) => {
      const organisation = await findOrganisation(db, c.req.param('slug'));
      if (organisation === undefined) throw notFound('Organisation');
      return answer(organisation);
    });
}
