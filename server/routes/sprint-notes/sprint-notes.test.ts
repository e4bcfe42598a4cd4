import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { conflictReplySchema } from '../../../src/domain/conflict';
import { historyPageSchema } from '../../../src/domain/history';
import { candidatesSchema, missingSchema, type SaveSprintNote, type SprintNote, sprintNoteListSchema, sprintNoteSchema } from '../../../src/domain/sprint-notes';
import { savedUpdateSchema } from '../../../src/domain/update';
import { readError, readJson, sendRequest } from '../../../test/api-request';
import { type EditingWorld, signedInWorld } from '../../../test/editing';
import { GOLDEN_HEADINGS, goldenBody, goldenLines, normaliseText, outlineOf, positionsInOrder, readGolden } from '../../../test/sprint-notes-golden';
import type { ApiApp } from '../../app';

const TEAM = 'News from the team';
const PROJECTS = 'News from our funded projects';

async function issue(app: ApiApp, number: number, cookie: string | null = null): Promise<SprintNote> {
  return readJson(await sendRequest(app, 'GET', `/api/sprint-notes/${String(number)}`, { cookie }), sprintNoteSchema);
}

/** Writes an update for a project as its council staff, and has engagement staff approve it. */
async function approvedUpdate(world: EditingWorld, slug: string, headline: string, cookie = world.rugby): Promise<number> {
  const created = await readJson(
    await sendRequest(world.app, 'POST', `/api/projects/${slug}/updates`, { cookie, body: { headline, bodyMarkdown: `${headline}: what happened.` } }),
    savedUpdateSchema,
    201,
  );
  const id = created.update.id;
  await readJson(await sendRequest(world.app, 'POST', `/api/updates/${String(id)}/submit`, { cookie, body: { version: 1 } }), savedUpdateSchema);
  await readJson(await sendRequest(world.app, 'POST', `/api/updates/${String(id)}/approve`, { cookie: world.engagement, body: { version: 2 } }), savedUpdateSchema);
  return id;
}

async function startIssue(world: EditingWorld, coversFrom = '2022-05-01', coversTo = '2022-05-11'): Promise<SprintNote> {
  return readJson(await sendRequest(world.app, 'POST', '/api/sprint-notes', { cookie: world.engagement, body: { coversFrom, coversTo } }), sprintNoteSchema, 201);
}

/** The content of an issue with these project updates in its projects section, as the composer sends it. */
function contentWith(note: SprintNote, projectItems: number[], changes: Partial<SaveSprintNote> = {}): SaveSprintNote {
  return {
    version: note.version,
    coversFrom: note.coversFrom,
    coversTo: note.coversTo,
    intro: note.intro,
    closing: note.closing,
    headings: note.headings,
    sections: note.sections.map((section) => ({
      ...section,
      items: section.kind === 'projects' ? projectItems.map((updateId) => ({ updateId, headline: null, bodyMarkdown: null })) : section.items,
    })),
    ...changes,
  };
}

async function save(world: EditingWorld, number: number, body: SaveSprintNote, cookie = world.engagement) {
  return sendRequest(world.app, 'PUT', `/api/sprint-notes/${String(number)}`, { cookie, body });
}

describe('the seeded issue, Sprint Notes #46', () => {
  it('is published, public, and holds the team news and the 15 projects in the order the issue gives them', async () => {
    const { app } = await signedInWorld();

    const list = await readJson(await sendRequest(app, 'GET', '/api/sprint-notes'), sprintNoteListSchema);
    expect(list.issues.map((entry) => [entry.number, entry.title, entry.status, entry.coversFrom, entry.coversTo])).toEqual([
      [46, 'Sprint Notes #46', 'published', '2022-03-17', '2022-05-11'],
    ]);

    const note = await issue(app, 46);
    expect(note.can).toEqual({ edit: false, publish: false, delete: false });
    expect(note.sections.map((section) => [section.kind, section.name, section.items.length])).toEqual([
      ['team', TEAM, 4],
      ['projects', PROJECTS, 15],
    ]);
    const byId = new Map(note.updates.map((update) => [update.id, update]));
    expect(note.sections[0]?.items.map((item) => item.headline)).toEqual([
      'We held our first regional roadshow in Newcastle',
      'We delivered a training programme on digital transformation',
      'More blog posts you might have missed',
      'We were joined by a new team member',
    ]);
    expect(note.sections[1]?.items.map((item) => byId.get(item.updateId)?.project?.slug).slice(9, 12)).toEqual([
      'open-referral-uk',
      'revs-and-bens',
      'quality-data-for-children-in-care',
    ]);
    // Published, so each project's heading is kept as it was: joint leads joined as the issue joins them, and the one it shortened.
    expect(note.headings.map((heading) => heading.heading)).toEqual(
      expect.arrayContaining([
        'Data Exchange with VCS (Camden and Bedfordshire Councils)',
        'Scalable Approach to Vulnerability Via Interoperability (SAVVI) (Tameside and Sedgemoor Councils)',
        'Task Management for Neighbourhood Planning Services (Colchester)',
        'Open Referral UK',
      ]),
    );
  });

  it('exports as Markdown and as HTML that keeps to the tags Medium keeps, for anyone', async () => {
    const { app } = await signedInWorld();

    const markdown = await sendRequest(app, 'GET', '/api/sprint-notes/46/export.md');
    expect(markdown.status).toBe(200);
    expect(markdown.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(markdown.headers.get('content-disposition')).toBe('attachment; filename="sprint-notes-46.md"');
    const text = await markdown.text();
    expect(text.startsWith('## Sprint Notes #46\n\nCovering 17 March to 11 May 2022\n\nWelcome back to our Sprint Notes!')).toBe(true);
    expect(text).toContain('\n### Data Exchange with VCS (Camden and Bedfordshire Councils)\n');

    const html = await sendRequest(app, 'GET', '/api/sprint-notes/46/export.html');
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const exported = await html.text();
    const window = new JSDOM('').window;
    // What a mail client or Medium's editor does to pasted HTML, and what a careful importer would: it changes nothing.
    expect(createDOMPurify(window).sanitize(exported)).toBe(exported);
    const body = new JSDOM(exported).window.document.body;
    const tags = new Set([...body.querySelectorAll('*')].map((element) => element.tagName.toLowerCase()));
    expect([...tags].sort()).toEqual(['h2', 'h3', 'li', 'ol', 'p', 'ul']);
    expect([...body.querySelectorAll('h3')].map((heading) => heading.textContent).slice(3, 6)).toEqual([
      'We were joined by a new team member',
      'Community Grants Service (Newcastle City Council)',
      'Children’s Social Care Demand Modelling (East Sussex County Council)',
    ]);
  });
});

describe('the golden test through the API', () => {
  it('reproduces Sprint Notes #46 from the database: every heading, then every paragraph and list item, in order', async () => {
    const { app } = await signedInWorld();
    const outline = outlineOf(await (await sendRequest(app, 'GET', '/api/sprint-notes/46/export.md')).text());
    const golden = goldenLines(readGolden());
    expect(outline.headings).toEqual(GOLDEN_HEADINGS);
    expect(positionsInOrder(golden, GOLDEN_HEADINGS)).not.toContain(-1);
    expect(outline.blocks.map(normaliseText)).toEqual(goldenBody(golden).map(normaliseText));
  });
});

describe('composing an issue', () => {
  it('starts the next issue with the last one’s sections and sign-off, as a draft only composers see', async () => {
    const world = await signedInWorld();

    const created = await startIssue(world);
    expect(created).toMatchObject({ number: 47, title: 'Sprint Notes #47', status: 'draft', version: 1, intro: '', publishedOn: null });
    expect(created.closing).toBe('That’s it for this sprint, thanks for reading! For the daily download on all things #LocalDigital, be sure to follow us on Twitter.');
    expect(created.sections.map((section) => [section.kind, section.name, section.items])).toEqual([
      ['team', TEAM, []],
      ['projects', PROJECTS, []],
    ]);
    expect(created.can).toEqual({ edit: true, publish: true, delete: true });

    // Nobody else learns that it is there.
    for (const cookie of [null, world.rugby]) {
      await readError(await sendRequest(world.app, 'GET', '/api/sprint-notes/47', { cookie }), 404);
      await readError(await sendRequest(world.app, 'GET', '/api/sprint-notes/47/export.md', { cookie }), 404);
      const list = await readJson(await sendRequest(world.app, 'GET', '/api/sprint-notes', { cookie }), sprintNoteListSchema);
      expect(list.issues.map((entry) => entry.number)).toEqual([46]);
    }
    const theirs = await readJson(await sendRequest(world.app, 'GET', '/api/sprint-notes', { cookie: world.manager }), sprintNoteListSchema);
    expect(theirs.issues.map((entry) => [entry.number, entry.status])).toEqual([
      [47, 'draft'],
      [46, 'published'],
    ]);
  });

  it('refuses council staff and visitors, and a period that ends before it starts', async () => {
    const world = await signedInWorld();
    const period = { coversFrom: '2022-05-12', coversTo: '2022-05-25' };

    await readError(await sendRequest(world.app, 'POST', '/api/sprint-notes', { body: period }), 401);
    await readError(await sendRequest(world.app, 'POST', '/api/sprint-notes', { cookie: world.rugby, body: period }), 403);
    const backwards = await readError(
      await sendRequest(world.app, 'POST', '/api/sprint-notes', { cookie: world.engagement, body: { coversFrom: '2022-05-25', coversTo: '2022-05-12' } }),
      422,
    );
    expect(backwards.fields).toEqual({ coversTo: ['The period must end on or after the day it starts'] });
    const impossible = await readError(
      await sendRequest(world.app, 'POST', '/api/sprint-notes', { cookie: world.engagement, body: { coversFrom: '2022-02-30', coversTo: '2022-05-12' } }),
      400,
    );
    expect(impossible.fields).toEqual({ coversFrom: ['Enter a real date'] });
  });

  it('offers the approved updates dated in the period that no published issue used', async () => {
    const world = await signedInWorld();
    const bins = await approvedUpdate(world, 'digital-waste-service', 'Garden waste subscriptions open');
    const draftOnly = await readJson(
      await sendRequest(world.app, 'POST', '/api/projects/housing-repairs/updates', { cookie: world.lincoln, body: { headline: 'Repairs draft', bodyMarkdown: 'Not yet.' } }),
      savedUpdateSchema,
      201,
    );
    const note = await startIssue(world);

    const candidates = await readJson(await sendRequest(world.app, 'GET', '/api/sprint-notes/47/candidates', { cookie: world.engagement }), candidatesSchema);
    // #46's updates are dated in this period too, but #46 used them.
    expect(candidates.updates.map((update) => [update.id, update.headline, update.project?.heading])).toEqual([
      [bins, 'Garden waste subscriptions open', 'Digital Waste Service (Rugby Borough Council)'],
    ]);
    const before = await readJson(await sendRequest(world.app, 'GET', '/api/sprint-notes/47/candidates?from=2022-04-01&to=2022-04-30', { cookie: world.engagement }), candidatesSchema);
    expect(before.updates).toEqual([]);
    await readError(await sendRequest(world.app, 'GET', '/api/sprint-notes/47/candidates?from=May', { cookie: world.engagement }), 400);
    await readError(await sendRequest(world.app, 'GET', '/api/sprint-notes/47/candidates', { cookie: world.rugby }), 403);

    const missing = await readJson(await sendRequest(world.app, 'GET', '/api/sprint-notes/47/missing', { cookie: world.engagement }), missingSchema);
    const missingSlugs = missing.projects.map((entry) => entry.project.slug);
    expect(missingSlugs).not.toContain('digital-waste-service');
    expect(missingSlugs).not.toContain('community-grants-service');
    const repairs = missing.projects.find((entry) => entry.project.slug === 'housing-repairs');
    expect(repairs).toEqual({
      project: { slug: 'housing-repairs', name: 'Housing Repairs', heading: 'Housing Repairs (City of Lincoln Council)' },
      state: 'unapproved',
      updates: [{ id: draftOnly.update.id, headline: 'Repairs draft', status: 'draft' }],
      contacts: [{ name: 'Demo Lincoln', email: 'lincoln@demo.test', organisation: 'City of Lincoln Council' }],
    });
    expect(missing.projects.find((entry) => entry.project.slug === 'family-context')).toMatchObject({ state: 'none', updates: [], contacts: [] });
    expect(note.number).toBe(47);
  });

  it('saves a draft with the version read, refuses a stale one with the issue as it stands, and keeps edits to this issue', async () => {
    const world = await signedInWorld();
    const bins = await approvedUpdate(world, 'digital-waste-service', 'Garden waste subscriptions open');
    const note = await startIssue(world);

    const body = contentWith(note, [bins], { intro: 'Welcome to our Sprint Notes!' });
    const first = body.sections[1];
    if (first === undefined) throw new Error('No projects section');
    first.items = [{ updateId: bins, headline: null, bodyMarkdown: 'Residents can now subscribe to garden waste collections.' }];
    const saved = await readJson(await save(world, 47, body), sprintNoteSchema);
    expect(saved.version).toBe(2);
    expect(saved.intro).toBe('Welcome to our Sprint Notes!');
    expect(saved.sections[1]?.items).toEqual([{ updateId: bins, headline: null, bodyMarkdown: 'Residents can now subscribe to garden waste collections.' }]);
    expect(saved.updates.map((update) => update.bodyMarkdown)).toEqual(['Garden waste subscriptions open: what happened.']);
    // The project's own update is as its writers left it.
    const own = await readJson(await sendRequest(world.app, 'GET', `/api/updates/${String(bins)}`), savedUpdateSchema);
    expect(own.update.bodyMarkdown).toBe('Garden waste subscriptions open: what happened.');

    const stale = await save(world, 47, contentWith(note, [], { intro: 'Another welcome' }), world.manager);
    const conflict = await readJson(stale, conflictReplySchema, 409);
    expect(sprintNoteSchema.parse(conflict.current)).toMatchObject({ version: 2, intro: 'Welcome to our Sprint Notes!' });
    expect((await issue(world.app, 47, world.manager)).intro).toBe('Welcome to our Sprint Notes!');
  });

  it('reads a whole issue beyond a form’s 64 KB, but not beyond 4 MB', async () => {
    const world = await signedInWorld();
    const note = await startIssue(world);
    const bins = await approvedUpdate(world, 'digital-waste-service', 'Garden waste subscriptions open');
    // Accented words, as Welsh and French place names have, take two bytes a letter.
    const long = 'Café résumé naïveté déjà’ '.repeat(800).trim();
    const body = contentWith(note, [bins]);
    const projects = body.sections[1];
    if (projects === undefined) throw new Error('No projects section');
    projects.items = [{ updateId: bins, headline: null, bodyMarkdown: long.slice(0, 19_000) }];
    body.intro = long.slice(0, 19_000);
    body.closing = long.slice(0, 19_000);
    body.sections = body.sections.map((section) => ({ ...section, intro: long.slice(0, 2_000) }));
    expect(Buffer.byteLength(JSON.stringify(body))).toBeGreaterThan(64 * 1024);
    const saved = await readJson(await save(world, 47, body), sprintNoteSchema);
    expect(saved.sections[1]?.items[0]?.bodyMarkdown).toBe(long.slice(0, 19_000).trim());

    const huge = { ...body, version: saved.version, headings: Array.from({ length: 5_000 }, (_, index) => ({ projectSlug: `project-${String(index)}`, heading: 'x'.repeat(900) })) };
    await readError(await save(world, 47, huge), 413);
    // Other writes keep a form's limit.
    const update = await sendRequest(world.app, 'PATCH', `/api/updates/${String(bins)}`, { cookie: world.manager, body: { version: 3, bodyMarkdown: 'x'.repeat(70 * 1024) } });
    await readError(update, 413);
  });

  it('lets exactly one of two saves from the same version win', async () => {
    const world = await signedInWorld();
    const note = await startIssue(world);

    const responses = await Promise.all([
      save(world, 47, contentWith(note, [], { intro: 'From engagement' })),
      save(world, 47, contentWith(note, [], { intro: 'From the manager' }), world.manager),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
  });

  it('refuses, field by field, what an issue may not hold', async () => {
    const world = await signedInWorld();
    const bins = await approvedUpdate(world, 'digital-waste-service', 'Garden waste subscriptions open');
    const later = await approvedUpdate(world, 'housing-repairs', 'Repairs booking live', world.lincoln);
    const binsAgain = await approvedUpdate(world, 'digital-waste-service', 'Bin widget shipped');
    const unapproved = await readJson(
      await sendRequest(world.app, 'POST', '/api/projects/digital-waste-service/updates', { cookie: world.rugby, body: { headline: 'Draft', bodyMarkdown: 'Draft.' } }),
      savedUpdateSchema,
      201,
    );
    const note = await startIssue(world);
    const team = (await issue(world.app, 46)).sections[0]?.items[0]?.updateId ?? 0;

    const problems = await readError(await save(world, 47, contentWith(note, [bins, later, binsAgain, unapproved.update.id, team, bins])), 422);
    expect(problems.fields).toEqual({
      'sections.1.items.2': ['Keep Digital Waste Service’s updates together'],
      'sections.1.items.3': ['“Draft” is not approved'],
      'sections.1.items.4': ['“We held our first regional roadshow in Newcastle” was used in Sprint Notes #46', '“We held our first regional roadshow in Newcastle” is team news: it belongs in the team section'],
      'sections.1.items.5': ['“Garden waste subscriptions open” is in this issue twice', 'Keep Digital Waste Service’s updates together'],
    });
    const outside = await readError(await save(world, 47, contentWith(note, [bins], { coversFrom: '2022-05-12', coversTo: '2022-05-25' })), 422);
    expect(outside.fields).toEqual({ 'sections.1.items.0': ['“Garden waste subscriptions open” is dated outside the period the issue covers'] });
    const unsafe = await readError(await save(world, 47, contentWith(note, [], { intro: 'See [this](javascript:alert(1))' })), 400);
    expect(Object.keys(unsafe.fields ?? {})).toEqual(['intro']);
    // Nothing was written by any of them.
    expect((await issue(world.app, 47, world.engagement)).version).toBe(1);
  });
});

describe('publishing an issue', () => {
  it('publishes with its date, makes it public and in the feed, and uses each update once', async () => {
    const world = await signedInWorld();
    const bins = await approvedUpdate(world, 'digital-waste-service', 'Garden waste subscriptions open');
    const note = await startIssue(world);
    const rival = await startIssue(world);
    expect(rival.number).toBe(48);
    const draft = await readJson(await save(world, 47, contentWith(note, [bins])), sprintNoteSchema);
    await readJson(await save(world, 48, contentWith(rival, [bins])), sprintNoteSchema);

    await readError(await sendRequest(world.app, 'POST', '/api/sprint-notes/47/publish', { body: { version: 2, publishedOn: '2022-05-11' } }), 401);
    await readError(await sendRequest(world.app, 'POST', '/api/sprint-notes/47/publish', { cookie: world.rugby, body: { version: 2, publishedOn: '2022-05-11' } }), 403);
    const future = await readError(
      await sendRequest(world.app, 'POST', '/api/sprint-notes/47/publish', { cookie: world.engagement, body: { version: 2, publishedOn: '2022-05-12' } }),
      422,
    );
    expect(future.fields).toEqual({ publishedOn: ['The date it was published cannot be in the future'] });

    const published = await readJson(
      await sendRequest(world.app, 'POST', '/api/sprint-notes/47/publish', {
        cookie: world.engagement,
        body: { version: draft.version, publishedOn: '2022-05-11', publishedUrl: 'https://medium.com/local-digital/sprint-notes-47' },
      }),
      sprintNoteSchema,
    );
    expect(published).toMatchObject({ status: 'published', publishedOn: '2022-05-11', publishedUrl: 'https://medium.com/local-digital/sprint-notes-47', version: 3 });
    // Kept as published: the words and heading are the issue's own from now on.
    expect(published.sections[1]?.items).toEqual([{ updateId: bins, headline: 'Garden waste subscriptions open', bodyMarkdown: 'Garden waste subscriptions open: what happened.' }]);
    expect(published.headings).toEqual([{ projectSlug: 'digital-waste-service', heading: 'Digital Waste Service (Rugby Borough Council)' }]);
    expect((await issue(world.app, 47)).status).toBe('published');

    // The other draft may no longer take it.
    const clash = await readError(
      await sendRequest(world.app, 'POST', '/api/sprint-notes/48/publish', { cookie: world.engagement, body: { version: 2, publishedOn: '2022-05-11' } }),
      422,
    );
    expect(clash.fields).toEqual({ 'sections.1.items.0': ['“Garden waste subscriptions open” was used in Sprint Notes #47'] });
    const left = await readJson(await sendRequest(world.app, 'GET', '/api/sprint-notes/48/candidates', { cookie: world.engagement }), candidatesSchema);
    expect(left.updates).toEqual([]);

    await readError(await sendRequest(world.app, 'POST', '/api/sprint-notes/47/publish', { cookie: world.engagement, body: { version: 3, publishedOn: '2022-05-11' } }), 409);

    // The published issue keeps its updates: none can be deleted from under it.
    const kept = await readError(await sendRequest(world.app, 'DELETE', `/api/updates/${String(bins)}`, { cookie: world.manager, body: { version: 3 } }), 409);
    expect(kept.message).toBe('This update was published in Sprint Notes #47, which keeps it as it was: it cannot be deleted');
    expect((await issue(world.app, 47)).sections[1]?.items.map((item) => item.updateId)).toEqual([bins]);
  });

  it('loses an update from a draft when the update is deleted', async () => {
    const world = await signedInWorld();
    const bins = await approvedUpdate(world, 'digital-waste-service', 'Garden waste subscriptions open');
    const note = await startIssue(world);
    await readJson(await save(world, 47, contentWith(note, [bins])), sprintNoteSchema);
    const response = await sendRequest(world.app, 'DELETE', `/api/updates/${String(bins)}`, { cookie: world.manager, body: { version: 3 } });
    expect(response.status).toBe(204);
    expect((await issue(world.app, 47, world.engagement)).sections[1]?.items).toEqual([]);
  });

  it('lets only one of two issues published at once take an update', async () => {
    const world = await signedInWorld();
    const bins = await approvedUpdate(world, 'digital-waste-service', 'Garden waste subscriptions open');
    for (const number of [47, 48]) {
      const note = await startIssue(world);
      await readJson(await save(world, number, contentWith(note, [bins])), sprintNoteSchema);
    }
    const responses = await Promise.all(
      [47, 48].map((number) =>
        sendRequest(world.app, 'POST', `/api/sprint-notes/${String(number)}/publish`, { cookie: world.engagement, body: { version: 2, publishedOn: '2022-05-11' } }),
      ),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([200, 422]);
    const used = await world.db.selectFrom('updates').innerJoin('sprintNotes', 'sprintNotes.id', 'updates.sprintNoteId').select('sprintNotes.number').where('updates.id', '=', bins).execute();
    expect(used).toHaveLength(1);
  });

  it('refuses to publish an empty issue', async () => {
    const world = await signedInWorld();
    await startIssue(world);
    const empty = await readError(
      await sendRequest(world.app, 'POST', '/api/sprint-notes/47/publish', { cookie: world.engagement, body: { version: 1, publishedOn: '2022-05-11' } }),
      422,
    );
    expect(empty.message).toBe('Add at least one update before publishing');
  });

  it('takes corrections to a published issue’s words, in the history, but not to its updates or period', async () => {
    const world = await signedInWorld();
    const note = await issue(world.app, 46, world.engagement);
    expect(note.can).toEqual({ edit: true, publish: false, delete: false });

    const corrected = await readJson(
      await save(world, 46, { ...contentWith(note, note.sections[1]?.items.map((item) => item.updateId) ?? []), sections: note.sections, closing: 'That’s it for this sprint, thanks for reading!' }),
      sprintNoteSchema,
    );
    expect(corrected.closing).toBe('That’s it for this sprint, thanks for reading!');
    const log = await readJson(await sendRequest(world.app, 'GET', '/api/history', { cookie: world.manager }), historyPageSchema);
    expect(log.entries[0]).toMatchObject({ actorName: 'Demo Engagement', recordType: 'sprint-notes', action: 'update', project: null });
    expect(log.entries[0]?.changes).toEqual([
      {
        field: 'closing',
        before: 'That’s it for this sprint, thanks for reading! For the daily download on all things #LocalDigital, be sure to follow us on Twitter.',
        after: 'That’s it for this sprint, thanks for reading!',
      },
    ]);

    const fewer = await readError(await save(world, 46, { ...contentWith(corrected, []), sections: corrected.sections.map((section) => ({ ...section, items: section.items.slice(1) })) }), 409);
    expect(fewer.message).toBe('A published issue’s period and updates cannot change: only its words can be corrected');
    await readError(await sendRequest(world.app, 'DELETE', '/api/sprint-notes/46', { cookie: world.engagement, body: { version: corrected.version } }), 409);
  });

  it('deletes a draft', async () => {
    const world = await signedInWorld();
    await startIssue(world);
    await readError(await sendRequest(world.app, 'DELETE', '/api/sprint-notes/47', { cookie: world.engagement, body: { version: 9 } }), 409);
    const response = await sendRequest(world.app, 'DELETE', '/api/sprint-notes/47', { cookie: world.engagement, body: { version: 1 } });
    expect(response.status).toBe(204);
    await readError(await sendRequest(world.app, 'GET', '/api/sprint-notes/47', { cookie: world.engagement }), 404);
  });

  it('answers addresses that name no issue with 404', async () => {
    const { app } = await signedInWorld();
    for (const path of ['/api/sprint-notes/45', '/api/sprint-notes/046', '/api/sprint-notes/4.6e1', '/api/sprint-notes/99999999999']) {
      await readError(await sendRequest(app, 'GET', path), 404);
    }
  });
});

describe('the Atom feed', () => {
  it('has one entry per published issue with its HTML and address, and may be kept by readers', async () => {
    const world = await signedInWorld();
    const bins = await approvedUpdate(world, 'digital-waste-service', 'Garden waste subscriptions open');
    const note = await startIssue(world);
    const draft = await readJson(await save(world, 47, contentWith(note, [bins])), sprintNoteSchema);
    await startIssue(world);

    const read = async () => {
      const response = await world.app.request('/sprint-notes/feed.atom');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('public, max-age=300');
      const document = new JSDOM(await response.text(), { contentType: 'application/xml' }).window.document;
      expect(document.querySelector('parsererror')).toBeNull();
      return { document, etag: response.headers.get('etag') };
    };

    const before = await read();
    expect(before.document.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    expect(before.document.querySelector('feed > id')?.textContent).toBe('http://localhost/sprint-notes/feed.atom');
    expect(before.document.querySelector('feed > title')?.textContent).toBe('Sprint Notes');
    expect([...before.document.querySelectorAll('entry > title')].map((title) => title.textContent)).toEqual(['Sprint Notes #46']);
    expect(before.document.querySelector('entry > link')?.getAttribute('href')).toBe('http://localhost/sprint-notes/46');
    expect(before.document.querySelector('entry > content')?.textContent).toContain('<h3>Community Grants Service (Newcastle City Council)</h3>');

    const unchanged = await world.app.request('/sprint-notes/feed.atom', { headers: { 'If-None-Match': before.etag ?? '' } });
    expect(unchanged.status).toBe(304);

    await readJson(
      await sendRequest(world.app, 'POST', '/api/sprint-notes/47/publish', { cookie: world.engagement, body: { version: draft.version, publishedOn: '2022-05-11' } }),
      sprintNoteSchema,
    );
    const after = await read();
    expect([...after.document.querySelectorAll('entry > title')].map((title) => title.textContent)).toEqual(['Sprint Notes #47', 'Sprint Notes #46']);
    expect(after.document.querySelector('entry > published')?.textContent).toBe('2022-05-11T00:00:00Z');
    expect(after.etag).not.toBe(before.etag);
  });
});
