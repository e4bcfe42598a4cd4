import { describe, expect, it } from 'vitest';
import { conflictReplySchema } from '../../../src/domain/conflict';
import { savedOutputSchema } from '../../../src/domain/output-input';
import { outputSchema } from '../../../src/domain/project';
import { readError, readJson, sendRequest } from '../../../test/api-request';
import { contentsOf, historyOf, projectPage, signedInWorld } from '../../../test/editing';

const DWS = 'digital-waste-service';
const ADD = `/api/projects/${DWS}/outputs`;

const REPORT = { kind: 'report', title: 'Sprint 9 report', description: 'What the extra sprints found', url: 'https://www.rugby.gov.uk/sprint-9', date: '2022-06-07' };

/** The Digital Leaders Week talk the seed gives Digital Waste Service. */
async function talk(world: Awaited<ReturnType<typeof signedInWorld>>) {
  const found = (await projectPage(world.app, DWS)).outputs.find((output) => output.kind === 'talk');
  if (found === undefined) throw new Error('Digital Waste Service has lost its talk');
  return found;
}

describe('POST /api/projects/:slug/outputs', () => {
  it('lets the project’s own council staff add an output, which the project page then shows, recording who', async () => {
    const { app, rugby } = await signedInWorld();

    const { output } = await readJson(await sendRequest(app, 'POST', ADD, { cookie: rugby, body: REPORT }), savedOutputSchema, 201);

    expect(output).toMatchObject({ ...REPORT, version: 1 });
    expect((await projectPage(app, DWS)).outputs[0]).toEqual(output);
    const [entry] = await historyOf(app, DWS, rugby);
    expect(entry).toMatchObject({ actorName: 'Demo Rugby', recordType: 'output', recordId: output.id, action: 'create' });
    expect(entry?.changes).toContainEqual({ field: 'title', before: null, after: 'Sprint 9 report' });
  });

  it('adds an event on the day it happens, and stores empty optional fields as nothing', async () => {
    const { app, manager } = await signedInWorld();

    const { output } = await readJson(
      await sendRequest(app, 'POST', ADD, { cookie: manager, body: { kind: 'event', title: 'Bulky waste workshop', description: ' ', url: '', date: '2022-06' } }),
      savedOutputSchema,
      201,
    );

    expect(output).toMatchObject({ kind: 'event', date: '2022-06', description: null, url: null });
  });

  it.each([
    ['nothing at all', {}, ['kind', 'title']],
    ['a kind that is not one', { ...REPORT, kind: 'podcast' }, ['kind']],
    ['a blank title', { ...REPORT, title: '  ' }, ['title']],
    ['a title of 201 characters', { ...REPORT, title: 'x'.repeat(201) }, ['title']],
    ['a description of 5001 characters', { ...REPORT, description: 'x'.repeat(5001) }, ['description']],
    ['a javascript: link', { ...REPORT, url: 'javascript:alert(1)' }, ['url']],
    ['a link that is not one', { ...REPORT, url: 'www.rugby.gov.uk' }, ['url']],
    ['a link of 2001 characters', { ...REPORT, url: `https://example.org/${'x'.repeat(1981)}` }, ['url']],
    ['an impossible date', { ...REPORT, date: '2026-02-31' }, ['date']],
    ['a date that is a number', { ...REPORT, date: 2022 }, ['date']],
  ])('refuses %s with a 400 naming each field, and saves nothing', async (_case, body, fields) => {
    const { app, db, rugby } = await signedInWorld();
    const before = await contentsOf(db);

    const error = await readError(await sendRequest(app, 'POST', ADD, { cookie: rugby, body }), 400);

    expect(Object.keys(error.fields ?? {}).sort()).toEqual(fields);
    expect(await contentsOf(db)).toEqual(before);
  });

  it('says what is wrong in words a person understands', async () => {
    const { app, rugby } = await signedInWorld();

    const error = await readError(
      await sendRequest(app, 'POST', ADD, { cookie: rugby, body: { kind: 'podcast', title: '', url: 'data:text/html,hi', date: '2022-02-30' } }),
      400,
    );

    expect(error.fields).toEqual({
      kind: ['Choose what it is: a report, a video, a talk, an event or another kind'],
      title: ['Enter a title'],
      url: ['Enter a link that starts with https://, http:// or mailto:'],
      date: ['Enter a real date, for example 27 3 2026'],
    });
  });

  it('is for the project’s own council staff and managers: 401, 403 and 404 otherwise', async () => {
    const { app, rugby, lincoln, engagement } = await signedInWorld();

    await readError(await sendRequest(app, 'POST', ADD, { body: REPORT }), 401);
    await readError(await sendRequest(app, 'POST', ADD, { cookie: lincoln, body: REPORT }), 403);
    await readError(await sendRequest(app, 'POST', ADD, { cookie: engagement, body: REPORT }), 403);
    await readError(await sendRequest(app, 'POST', '/api/projects/housing-repairs/outputs', { cookie: rugby, body: REPORT }), 403);
    await readError(await sendRequest(app, 'POST', '/api/projects/no-such-project/outputs', { cookie: rugby, body: REPORT }), 404);
  });
});

describe('PATCH /api/outputs/:id', () => {
  it('adds the talk’s day and link afterwards, with before and after in the history', async () => {
    const world = await signedInWorld();
    const before = await talk(world);

    const { output } = await readJson(
      await sendRequest(world.app, 'PATCH', `/api/outputs/${String(before.id)}`, {
        cookie: world.rugby,
        body: { version: 1, date: '2022-06-14', url: 'https://digileaders.com/rugby', description: '' },
      }),
      savedOutputSchema,
    );

    expect(output).toMatchObject({ version: 2, title: before.title, date: '2022-06-14', url: 'https://digileaders.com/rugby', description: null });
    expect((await projectPage(world.app, DWS)).outputs.find((each) => each.id === before.id)).toEqual(output);
    const [entry] = await historyOf(world.app, DWS, world.rugby);
    expect(entry).toMatchObject({ actorName: 'Demo Rugby', action: 'update', recordType: 'output' });
    expect(entry?.changes).toEqual([
      { field: 'description', before: before.description, after: null },
      { field: 'url', before: null, after: 'https://digileaders.com/rugby' },
      { field: 'date', before: null, after: '2022-06-14' },
    ]);
  });

  it('refuses a save from a stale version with 409 and the output as it stands, changing nothing', async () => {
    const world = await signedInWorld();
    const path = `/api/outputs/${String((await talk(world)).id)}`;
    await readJson(await sendRequest(world.app, 'PATCH', path, { cookie: world.manager, body: { version: 1, title: 'Mike Connell at Digital Leaders Week' } }), savedOutputSchema);
    const before = await contentsOf(world.db);

    const conflict = await readJson(await sendRequest(world.app, 'PATCH', path, { cookie: world.rugby, body: { version: 1, title: 'Mine' } }), conflictReplySchema, 409);

    expect(outputSchema.parse(conflict.current)).toMatchObject({ title: 'Mike Connell at Digital Leaders Week', version: 2 });
    expect(await contentsOf(world.db)).toEqual(before);
  });

  it('lets exactly one of several saves from one version through', async () => {
    const world = await signedInWorld();
    const path = `/api/outputs/${String((await talk(world)).id)}`;

    const responses = await Promise.all(
      ['a', 'b', 'c', 'd'].map((title) => sendRequest(world.app, 'PATCH', path, { cookie: world.rugby, body: { version: 1, title } })),
    );

    expect(responses.map((response) => response.status).sort()).toEqual([200, 409, 409, 409]);
  });

  it('refuses bad changes, unknown ids, and people who may not change it', async () => {
    const world = await signedInWorld();
    const found = await talk(world);
    const path = `/api/outputs/${String(found.id)}`;
    const before = await contentsOf(world.db);

    const bad = await readError(await sendRequest(world.app, 'PATCH', path, { cookie: world.rugby, body: { title: '', url: 'javascript:alert(1)' } }), 400);
    expect(Object.keys(bad.fields ?? {}).sort()).toEqual(['title', 'url', 'version']);
    // A version no record could have is refused as it is, never sent to the database (PostgreSQL would fail on it).
    const beyond = await readError(await sendRequest(world.app, 'PATCH', path, { cookie: world.rugby, body: { version: 99999999999, title: 'x' } }), 400);
    expect(beyond.fields).toEqual({ version: ['Reload the page: the version of the record you changed is missing'] });
    await readError(await sendRequest(world.app, 'PATCH', path, { body: { version: 1, title: 'Nobody' } }), 401);
    await readError(await sendRequest(world.app, 'PATCH', path, { cookie: world.lincoln, body: { version: 1, title: 'Not mine' } }), 403);
    await readError(await sendRequest(world.app, 'PATCH', path, { cookie: world.engagement, body: { version: 1, title: 'Not mine' } }), 403);
    for (const id of ['999999', `0${String(found.id)}`, `${String(found.id)}.0`, '99999999999']) {
      await readError(await sendRequest(world.app, 'PATCH', `/api/outputs/${id}`, { cookie: world.rugby, body: { version: 1, title: 'Lost' } }), 404);
    }
    expect(await contentsOf(world.db)).toEqual(before);
  });
});

describe('DELETE /api/outputs/:id', () => {
  it('removes an output, which the project page then no longer shows, keeping it in the history', async () => {
    const world = await signedInWorld();
    const found = await talk(world);

    const response = await sendRequest(world.app, 'DELETE', `/api/outputs/${String(found.id)}`, { cookie: world.rugby, body: { version: 1 } });

    expect(response.status).toBe(204);
    expect((await projectPage(world.app, DWS)).outputs.map((output) => output.kind)).toEqual(['theory_of_change']);
    const [entry] = await historyOf(world.app, DWS, world.rugby);
    expect(entry).toMatchObject({ actorName: 'Demo Rugby', recordType: 'output', recordId: found.id, action: 'delete' });
    expect(entry?.changes).toContainEqual({ field: 'title', before: found.title, after: null });
  });

  it('refuses a stale version with 409, changing nothing, and lets one of several removals through', async () => {
    const world = await signedInWorld();
    const path = `/api/outputs/${String((await talk(world)).id)}`;
    await readJson(await sendRequest(world.app, 'PATCH', path, { cookie: world.manager, body: { version: 1, date: '2022-06-14' } }), savedOutputSchema);
    const before = await contentsOf(world.db);

    const conflict = await readJson(await sendRequest(world.app, 'DELETE', path, { cookie: world.rugby, body: { version: 1 } }), conflictReplySchema, 409);
    expect(outputSchema.parse(conflict.current)).toMatchObject({ date: '2022-06-14', version: 2 });
    expect(await contentsOf(world.db)).toEqual(before);

    const responses = await Promise.all([1, 2, 3].map(() => sendRequest(world.app, 'DELETE', path, { cookie: world.rugby, body: { version: 2 } })));
    expect(responses.map((response) => response.status).sort()).toEqual([204, 404, 404]);
  });

  it('refuses people who may not remove it, and a removal without a version', async () => {
    const world = await signedInWorld();
    const path = `/api/outputs/${String((await talk(world)).id)}`;
    const before = await contentsOf(world.db);

    await readError(await sendRequest(world.app, 'DELETE', path, { body: { version: 1 } }), 401);
    await readError(await sendRequest(world.app, 'DELETE', path, { cookie: world.lincoln, body: { version: 1 } }), 403);
    const error = await readError(await sendRequest(world.app, 'DELETE', path, { cookie: world.rugby, body: { version: '1' } }), 400);
    expect(Object.keys(error.fields ?? {})).toEqual(['version']);
    expect(await contentsOf(world.db)).toEqual(before);
  });
});
