/**
 * An iCalendar (RFC 5545) document of all-day events, for calendar apps to subscribe to. Pure
 * text building: the server chooses what goes in, this says how it is written.
 */

export interface CalendarEvent {
  /** Globally unique and the same every time the same record is written, so a calendar app updates the event rather than adding it again. */
  uid: string;
  /** A partial date (YYYY, YYYY-MM or YYYY-MM-DD); only a full day makes an event (see isFullDay). */
  date: string;
  summary: string;
  description: string | null;
  url: string | null;
  categories: readonly string[];
  /** How many times the record has been revised (RFC 5545 §3.8.7.4): a calendar app takes the higher one as the newer. */
  sequence: number;
}

export interface Calendar {
  name: string;
  description: string;
  /**
   * DTSTAMP for every event. With METHOD:PUBLISH it is when this copy of the calendar was made, so
   * whoever builds one passes something that changes only when what it holds changes: the same
   * data then gives the same bytes, and the same ETag.
   */
  stamp: Date;
  /** How often subscribers are asked to fetch it again, as an ISO 8601 duration (PT1H). */
  refreshInterval: string;
  events: readonly CalendarEvent[];
}

/** The whole portfolio's feed, and one organisation's: outside /api, as the Atom feed is, since calendar apps keep the address. */
export const CALENDAR_PATH = '/calendar.ics';

export function organisationCalendarPath(slug: string): string {
  return `/organisations/${encodeURIComponent(slug)}/calendar.ics`;
}

export const CALENDAR_PRODUCT_ID = '-//Local Digital Collaboration Unit//Local Digital Portfolio//EN';

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Only a full day can be put in a calendar truthfully. "May 2022" would have to be drawn either
 * on 1 May, a day nobody named, or across the whole month, filling a month of people's diaries
 * for something that lasts a day or a week; both say more than is known. Such events stay on
 * their project's page, where the date reads as written.
 */
export function isFullDay(date: string): boolean {
  return FULL_DAY.test(date);
}

/** The day after, for DTEND, which is exclusive: a one-day event ends at the start of the next. */
function nextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

function compactDay(day: string): string {
  return day.replaceAll('-', '');
}

/** A UTC DATE-TIME: 20220511T090000Z. */
function compactTime(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

// Control characters other than a tab may not appear in TEXT (RFC 5545 §3.3.11); line breaks are escaped first.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** TEXT as RFC 5545 §3.3.11 writes it: backslash, semicolon and comma escaped, any line break as \n. */
export function escapeText(text: string): string {
  return text
    .replace(/[\\;,]/g, (character) => `\\${character}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(CONTROL_CHARACTERS, '');
}

function octetsOf(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

const MAX_LINE_OCTETS = 75;

/**
 * Folds a content line so that no line is longer than 75 octets without its CRLF (§3.1): each
 * continuation starts with one space, which counts towards its 75. A character is never split
 * across lines, however many octets UTF-8 gives it.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  // Sliced rather than built a character at a time: a whole portfolio's feed runs to megabytes.
  for (let index = 0; index < line.length; ) {
    const codePoint = line.codePointAt(index) ?? 0;
    const size = octetsOf(codePoint);
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(line.slice(start, index));
      start = index;
      // The continuation's leading space.
      octets = 1;
    }
    octets += size;
    index += codePoint > 0xffff ? 2 : 1;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDay(event.date)}`,
    `DTEND;VALUE=DATE:${compactDay(nextDay(event.date))}`,
    `SEQUENCE:${String(event.sequence)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description === null ? [] : [`DESCRIPTION:${escapeText(event.description)}`]),
    // A URI value is not TEXT: it is written as it is (§3.3.13).
    ...(event.url === null ? [] : [`URL:${event.url}`]),
    ...(event.categories.length === 0 ? [] : [`CATEGORIES:${event.categories.map(escapeText).join(',')}`]),
    // All-day events that should not show their attendees as busy for the whole day.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The calendar as text, CRLF after every line, the last included. Events dated to a month or a year are left out (isFullDay). */
export function buildCalendar(calendar: Calendar): string {
  const stamp = compactTime(calendar.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${CALENDAR_PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-CALDESC:${escapeText(calendar.description)}`,
    // RFC 7986's refresh interval, and the name Outlook reads for it.
    `REFRESH-INTERVAL;VALUE=DURATION:${calendar.refreshInterval}`,
    `X-PUBLISHED-TTL:${calendar.refreshInterval}`,
    ...calendar.events.filter((event) => isFullDay(event.date)).flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}
