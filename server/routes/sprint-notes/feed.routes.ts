import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { sprintNoteTitle } from '../../../src/domain/sprint-notes';
import { documentOf } from '../../../src/domain/sprint-notes-document';
import { renderHtml, renderMarkdown } from '../../../src/domain/sprint-notes-render';
import type { ResolvedDeps } from '../../app-deps';
import type { AppEnv } from '../../app-env';
import { listSprintNotes, loadNoteUpdates, loadSprintNote } from '../../db/queries/sprint-notes';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => XML_ESCAPES[character] ?? character);
}

/** Atom wants a full timestamp; a published day is taken as its start, in UTC. */
function timestamp(value: string): string {
  return value.length === 10 ? `${value}T00:00:00Z` : new Date(value).toISOString();
}

export const FEED_PATH = '/sprint-notes/feed.atom';

/**
 * The published issues as an Atom feed (RFC 4287), for feed readers and anyone who would rather
 * not visit. Unlike the API's answers it holds nothing private, so readers and browsers may keep
 * it for a while and ask again with the ETag.
 */
export function sprintNotesFeedRoutes({ db, publicUrl }: ResolvedDeps) {
  return new Hono<AppEnv>().get(FEED_PATH, etag(), async (c) => {
    const rows = await listSprintNotes(db, false);
    const entries: string[] = [];
    for (const row of rows) {
      const loaded = await loadSprintNote(db, row.number);
      if (loaded === undefined) continue;
      const ids = loaded.sections.flatMap((section) => section.items.map((item) => item.updateId));
      const updates = await loadNoteUpdates(db, ids);
      const document = documentOf(
        { number: row.number, coversFrom: row.coversFrom, coversTo: row.coversTo, intro: row.introMarkdown, closing: row.closingMarkdown, sections: loaded.sections, headings: loaded.headings },
        new Map(updates.map((update) => [update.id, update])),
      );
      const address = `${publicUrl}/sprint-notes/${String(row.number)}`;
      entries.push(
        [
          '  <entry>',
          `    <id>${xml(address)}</id>`,
          `    <title>${xml(sprintNoteTitle(row.number))}</title>`,
          `    <updated>${timestamp(row.updatedAt)}</updated>`,
          ...(row.publishedOn === null ? [] : [`    <published>${timestamp(row.publishedOn)}</published>`]),
          `    <link rel="alternate" type="text/html" href="${xml(address)}"/>`,
          `    <summary>${xml(document.coverage)}</summary>`,
          `    <content type="html">${xml(renderHtml(renderMarkdown(document, { title: false })))}</content>`,
          '  </entry>',
        ].join('\n'),
      );
    }
    const updated = rows.reduce((latest, row) => (row.updatedAt > latest ? row.updatedAt : latest), '1970-01-01T00:00:00.000Z');
    const body = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
      `  <id>${xml(`${publicUrl}${FEED_PATH}`)}</id>`,
      '  <title>Sprint Notes</title>',
      '  <subtitle>What the Local Digital Collaboration Unit’s funded projects and team have been doing, fortnight by fortnight.</subtitle>',
      `  <updated>${timestamp(updated)}</updated>`,
      '  <author><name>Local Digital Collaboration Unit</name></author>',
      `  <link rel="self" type="application/atom+xml" href="${xml(`${publicUrl}${FEED_PATH}`)}"/>`,
      `  <link rel="alternate" type="text/html" href="${xml(`${publicUrl}/sprint-notes`)}"/>`,
      ...entries,
      '</feed>',
      '',
    ].join('\n');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(body, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  });
}
