import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savedShowAndTellSchema } from '../../../src/domain/show-and-tell';
import { readError, readJson, sendRequest } from '../../../test/api-request';
import { createAccountsTestApp, DEMO, signIn } from '../../../test/test-accounts';
import { createTestApp } from '../../../test/test-database';
import { type ApiApp, createApp } from '../../app';
import type { Db } from '../../db/database';

interface Feed {
  response: Response;
  text: string;
  events: ICAL.Event[];
}

/** Reads a feed as a calendar app would, with an RFC 5545 parser that is not ours. */
async function readFeed(app: ApiApp, path: string, headers: Record<string, string> = {}): Promise<Feed> {
  const response = await app.request(path, { headers });
  expect(response.status, path).toBe(200);
  const text = await response.text();
  const calendar = ICAL.Component.fromString(text);
  return { response, text, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

/** Each event as day and summary, which together say what a calendar app shows. */
function daysAndSummaries(feed: Feed): string[] {
  return feed.events.map((event) => `${event.startDate.toString()} ${event.summary}`);
}

describe('GET /calendar.ics over the seed', () => {
  let app: ApiApp;
  let db: Db;

  beforeAll(async () => {
    ({ app, db } = await createTestApp());
  });

  it('holds every show and tell, talk and event dated to a day, and nothing known only to the month', async () => {
    const feed = await readFeed(app, '/calendar.ics');

    expect(feed.response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(feed.response.headers.get('cache-control')).toBe('public, max-age=300');
    // Counted by hand in server/db/seed/sprint-notes-46.ts: of three show and tells, one has a
    // day (Digital Waste Service's Sprint 7, 10 May), one a month (Data Exchange's, March) and one
    // no date; of four talks and events, two have a day (Pilot sessions, 6 June; the Housing
    // Repairs talk, 20 June), one a month (Focus group sessions, May) and one no date (Mike Connell's talk).
    expect(feed.events).toHaveLength(3);
    expect(daysAndSummaries(feed)).toEqual([
      '2022-05-10 Digital Waste Service: Sprint 7 show and tell',
      '2022-06-06 Future Work Design: Pilot sessions',
      '2022-06-20 Housing Repairs: User-led design to deliver housing repairs online service',
    ]);
    expect(feed.text).not.toContain('Focus group sessions');
    expect(feed.text).not.toContain('End-of-phase show and tell');
  });

  it('has the Digital Leaders Week talk on its day, as an all-day event with what it is and where to read more', async () => {
    const feed = await readFeed(app, '/calendar.ics');
    const talk = feed.events.find((event) => event.summary.includes('User-led design to deliver housing repairs online service'));

    expect(talk?.startDate.isDate).toBe(true);
    expect(talk?.startDate.toString()).toBe('2022-06-20');
    expect(talk?.endDate.toString()).toBe('2022-06-21');
    expect(talk?.description).toBe(
      [
        'Talk: Housing Repairs (City of Lincoln Council)',
        'Delivered by Kristin McIntosh of Newark and Sherwood District Council as part of Digital Leaders Week 2022.',
        `In the Local Digital Portfolio: ${talk?.component.getFirstPropertyValue('url') as string}`,
      ].join('\n\n'),
    );
    const output = await db.selectFrom('outputs').select('id').where('title', '=', 'User-led design to deliver housing repairs online service').executeTakeFirstOrThrow();
    expect(talk?.uid).toBe(`output-${String(output.id)}@localhost`);
    expect(talk?.component.getFirstPropertyValue('url')).toBe(`http://localhost/projects/housing-repairs#output-${String(output.id)}`);
    expect(talk?.component.getFirstPropertyValue('categories')).toBe('Talk');
    expect(talk?.sequence).toBe(0);
  });

  it('is the same, byte for byte, from one request and one server to the next, so UIDs and the ETag hold', async () => {
    const first = await readFeed(app, '/calendar.ics');
    const second = await readFeed(app, '/calendar.ics');
    // A restart: a new app over the same data.
    const restarted = await readFeed(createApp({ db, today: () => '2026-11-27' }), '/calendar.ics');

    const uids = first.events.map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(second.events.map((event) => event.uid)).toEqual(uids);
    expect(second.text).toBe(first.text);
    expect(restarted.text).toBe(first.text);
    expect(second.response.headers.get('etag')).toBe(first.response.headers.get('etag'));
    // Nothing has been edited since the seed, so there is no change to date it by.
    expect(first.text).toContain('\r\nDTSTAMP:19700101T000000Z\r\n');
  });

  it('ends every line with CRLF and keeps each within 75 octets', async () => {
    const { text } = await readFeed(app, '/calendar.ics');
    const lines = text.split('\r\n');

    expect(lines.at(-1)).toBe('');
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    // The descriptions are long enough to be folded.
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) expect(new TextEncoder().encode(line).byteLength, line).toBeLessThanOrEqual(75);
  });

  it('answers a matching If-None-Match with 304 and nothing else', async () => {
    const { response } = await readFeed(app, '/calendar.ics');
    const etag = response.headers.get('etag') ?? '';

    const unchanged = await app.request('/calendar.ics', { headers: { 'If-None-Match': etag } });

    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');
    expect(unchanged.headers.get('etag')).toBe(etag);
    expect(unchanged.headers.get('cache-control')).toBe('public, max-age=300');
  });

  it('goes compressed to a client that accepts it, with the same ETag', async () => {
    const plain = await app.request('/calendar.ics');
    const compressed = await app.request('/calendar.ics', { headers: { 'Accept-Encoding': 'br' } });

    expect(compressed.headers.get('content-encoding')).toBe('br');
    expect(compressed.headers.get('vary')).toBe('Accept-Encoding');
    expect(compressed.headers.get('etag')).toBe(plain.headers.get('etag'));
  });
});

describe('GET /organisations/:slug/calendar.ics', () => {
  let app: ApiApp;

  beforeAll(async () => {
    ({ app } = await createTestApp());
  });

  it.each([
    // A lead: its own project only.
    ['city-of-lincoln-council', ['2022-06-20 Housing Repairs: User-led design to deliver housing repairs online service']],
    // A partner, not a lead: the project it takes part in.
    ['newark-and-sherwood-district-council', ['2022-06-20 Housing Repairs: User-led design to deliver housing repairs online service']],
    ['rugby-borough-council', ['2022-05-10 Digital Waste Service: Sprint 7 show and tell']],
    // Leads a project whose only show and tell is dated to the month.
    ['camden-council', []],
    // Takes part in no project.
    ['local-government-association', []],
  ])('holds only the events of the projects %s takes part in', async (slug, expected) => {
    const feed = await readFeed(app, `/organisations/${slug}/calendar.ics`);

    expect(feed.response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(daysAndSummaries(feed)).toEqual(expected);
  });

  it('names the organisation, and gives an event the same UID as the whole portfolio’s feed does', async () => {
    const own = await readFeed(app, '/organisations/city-of-lincoln-council/calendar.ics');
    const all = await readFeed(app, '/calendar.ics');

    expect(ICAL.Component.fromString(own.text).getFirstPropertyValue('x-wr-calname')).toBe('City of Lincoln Council: show and tells and events');
    expect(own.events.map((event) => event.uid)).toEqual(all.events.filter((event) => event.summary.startsWith('Housing Repairs')).map((event) => event.uid));
  });

  it('answers an unknown organisation with 404', async () => {
    const error = await readError(await app.request('/organisations/no-such-council/calendar.ics'), 404);
    expect(error.message).toBe('Organisation not found');
  });

  it('has its own ETag and 304', async () => {
    const { response } = await readFeed(app, '/organisations/rugby-borough-council/calendar.ics');
    const etag = response.headers.get('etag') ?? '';
    const other = await readFeed(app, '/organisations/city-of-lincoln-council/calendar.ics');

    expect(other.response.headers.get('etag')).not.toBe(etag);
    expect((await app.request('/organisations/rugby-borough-council/calendar.ics', { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });
});

describe('the feeds after an edit', () => {
  it('escape a title with a comma and a semicolon, and move DTSTAMP, SEQUENCE and the ETag on only when something changes', async () => {
    const { app } = await createAccountsTestApp();
    const rugby = await signIn(app, DEMO.rugby);
    const before = await readFeed(app, '/organisations/rugby-borough-council/calendar.ics');
    const title = 'Sprint 9; bulky waste, and garden waste \\ renewals';

    const { showAndTell } = await readJson(
      await sendRequest(app, 'POST', '/api/projects/digital-waste-service/show-and-tells', { cookie: rugby, body: { heldOn: '2022-05-25', title: 'Sprint 9 show and tell' } }),
      savedShowAndTellSchema,
      201,
    );
    await readJson(await sendRequest(app, 'PATCH', `/api/show-and-tells/${String(showAndTell.id)}`, { cookie: rugby, body: { version: 1, title } }), savedShowAndTellSchema);
    const after = await readFeed(app, '/organisations/rugby-borough-council/calendar.ics');
    const again = await readFeed(app, '/organisations/rugby-borough-council/calendar.ics');

    // Unfolded, as a parser first reads it.
    expect(after.text.replaceAll('\r\n ', '')).toContain('SUMMARY:Digital Waste Service: Sprint 9\\; bulky waste\\, and garden waste \\\\ renewals\r\n');
    const added = after.events.find((event) => event.uid === `show-and-tell-${String(showAndTell.id)}@localhost`);
    expect(added?.summary).toBe(`Digital Waste Service: ${title}`);
    expect(added?.startDate.toString()).toBe('2022-05-25');
    // Changed once since it was added.
    expect(added?.sequence).toBe(1);
    // Dated by the change, which the test clock puts at 09:00 on 11 May 2022.
    expect(after.text).toContain('\r\nDTSTAMP:20220511T090000Z\r\n');
    expect(after.response.headers.get('etag')).not.toBe(before.response.headers.get('etag'));
    expect(again.text).toBe(after.text);
    expect(again.response.headers.get('etag')).toBe(after.response.headers.get('etag'));
  });
});

describe('the feeds beside the built app', () => {
  let clientDir = '';

  beforeAll(() => {
    clientDir = mkdtempSync(join(tmpdir(), 'calendar-client-'));
    writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Local Digital Portfolio</title>');
  });

  afterAll(() => {
    rmSync(clientDir, { recursive: true, force: true });
  });

  it('are answered by the feeds, not by the app’s page, found or not', async () => {
    const { db } = await createTestApp();
    const app = createApp({ db, today: () => '2022-05-11', clientDir });

    expect((await app.request('/calendar.ics')).headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect((await app.request('/organisations/rugby-borough-council/calendar.ics')).headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const unknown = await app.request('/organisations/no-such-council/calendar.ics');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/^application\/json/);
    // The organisation's page itself is still the app's.
    expect((await app.request('/organisations/rugby-borough-council')).headers.get('content-type')).toMatch(/^text\/html/);
  });
});
