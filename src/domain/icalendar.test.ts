import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, type Calendar, type CalendarEvent, escapeText, foldLine } from './icalendar';

const STAMP = new Date('2022-05-11T09:30:00.000Z');

function event(fields: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: 'show-and-tell-7@portfolio.example',
    date: '2022-05-10',
    summary: 'Digital Waste Service: Sprint 7 show and tell',
    description: 'A demonstration of the bin collection day widget.',
    url: 'https://portfolio.example/projects/digital-waste-service#show-and-tell-7',
    categories: ['Show and tell'],
    sequence: 0,
    ...fields,
  };
}

function calendar(events: CalendarEvent[], fields: Partial<Calendar> = {}): string {
  return buildCalendar({ name: 'Local Digital Portfolio', description: 'Show and tells and events', stamp: STAMP, refreshInterval: 'PT1H', events, ...fields });
}

/** Parsed by an independent RFC 5545 implementation, which throws on what it cannot read. */
function parse(text: string) {
  return ICAL.Component.fromString(text);
}

const octets = (line: string) => new TextEncoder().encode(line).byteLength;

describe('buildCalendar', () => {
  it('writes a calendar another parser reads, with one all-day event per full day', () => {
    const parsed = parse(calendar([event()]));

    expect(parsed.getFirstPropertyValue('version')).toBe('2.0');
    expect(parsed.getFirstPropertyValue('prodid')).toBe('-//Local Digital Collaboration Unit//Local Digital Portfolio//EN');
    expect(parsed.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(parsed.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(parsed.getFirstPropertyValue('x-wr-calname')).toBe('Local Digital Portfolio');
    const [vevent, ...others] = parsed.getAllSubcomponents('vevent');
    expect(others).toEqual([]);
    const found = new ICAL.Event(vevent);
    expect(found.uid).toBe('show-and-tell-7@portfolio.example');
    expect(found.summary).toBe('Digital Waste Service: Sprint 7 show and tell');
    expect(found.description).toBe('A demonstration of the bin collection day widget.');
    expect(found.startDate.isDate).toBe(true);
    expect(found.startDate.toString()).toBe('2022-05-10');
    expect(found.endDate.toString()).toBe('2022-05-11');
    expect(vevent?.getFirstPropertyValue('dtstamp')?.toString()).toBe('2022-05-11T09:30:00Z');
    expect(vevent?.getFirstPropertyValue('url')).toBe('https://portfolio.example/projects/digital-waste-service#show-and-tell-7');
    expect(vevent?.getFirstPropertyValue('categories')).toBe('Show and tell');
  });

  it('ends an event on the next day, across the end of a month, a year and a leap day', () => {
    const ends = parse(
      calendar([
        event({ uid: 'a', date: '2022-05-31' }),
        event({ uid: 'b', date: '2022-12-31' }),
        event({ uid: 'c', date: '2024-02-28' }),
        event({ uid: 'd', date: '2024-02-29' }),
      ]),
    )
      .getAllSubcomponents('vevent')
      .map((vevent) => String(vevent.getFirstPropertyValue('dtend')));

    expect(ends).toEqual(['2022-06-01', '2023-01-01', '2024-02-29', '2024-03-01']);
  });

  it('leaves out events known only to the month or the year', () => {
    const text = calendar([event({ uid: 'month', date: '2022-05' }), event({ uid: 'year', date: '2022' }), event({ uid: 'day' })]);

    expect(parse(text).getAllSubcomponents('vevent').map((vevent) => vevent.getFirstPropertyValue('uid'))).toEqual(['day']);
  });

  it('ends every line with CRLF and has no bare line feed or carriage return', () => {
    const text = calendar([event({ description: 'First line\nsecond line\r\nthird' })]);

    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('escapes backslashes, semicolons, commas and line breaks in text, and reads back as written', () => {
    const summary = 'Alpha; beta, and a \\ back-slash';
    const description = 'Line one\nLine two, with a comma;\r\nLine three';
    const text = calendar([event({ summary, description, categories: ['Talk', 'Leeds, Bradford'] })]);

    expect(text).toContain('SUMMARY:Alpha\\; beta\\, and a \\\\ back-slash\r\n');
    const vevent = parse(text).getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('summary')).toBe(summary);
    expect(vevent?.getFirstPropertyValue('description')).toBe('Line one\nLine two, with a comma;\nLine three');
    expect(vevent?.getFirstProperty('categories')?.getValues()).toEqual(['Talk', 'Leeds, Bradford']);
  });

  it('drops control characters that TEXT may not hold', () => {
    expect(escapeText('Bell\u0007 and\ttab')).toBe('Bell and\ttab');
  });

  it('folds long lines at 75 octets without splitting a character, and unfolds to the same text', () => {
    // Two-, three- and four-octet characters, so a fold falls inside one unless it is avoided.
    const summary = `Digital Waste Service: ${'é€😀 '.repeat(40)}end`;
    const text = calendar([event({ summary })]);
    const lines = text.split('\r\n').slice(0, -1);

    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(3);
    for (const line of lines) {
      expect(octets(line), line).toBeLessThanOrEqual(75);
      // A split character would leave a lone surrogate, which UTF-8 cannot carry: it comes back as U+FFFD.
      expect(new TextDecoder().decode(new TextEncoder().encode(line)), line).toBe(line);
    }
    expect(parse(text).getFirstSubcomponent('vevent')?.getFirstPropertyValue('summary')).toBe(summary);
  });

  it('folds a line of exactly 75 octets not at all, and one of 76 into two', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    // 74 octets then a two-octet character: the character moves to the next line whole.
    expect(foldLine(`${'x'.repeat(74)}é`)).toBe(`${'x'.repeat(74)}\r\n é`);
  });

  it('writes the same bytes for the same events', () => {
    expect(calendar([event(), event({ uid: 'b' })])).toBe(calendar([event(), event({ uid: 'b' })]));
  });

  it('writes an empty calendar that still parses', () => {
    const parsed = parse(calendar([]));

    expect(parsed.getAllSubcomponents('vevent')).toEqual([]);
    expect(parsed.getFirstPropertyValue('method')).toBe('PUBLISH');
  });
});
