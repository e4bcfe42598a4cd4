import { describe, expect, it } from 'vitest';
import { historyPageSchema } from '../../../src/domain/history';
import { projectDetailSchema, showAndTellSchema } from '../../../src/domain/project';
import { savedShowAndTellSchema } from '../../../src/domain/show-and-tell';
import { conflictReplySchema } from '../../../src/domain/conflict';
import { readError, readJson, sendRequest } from '../../../test/api-request';
import { createAccountsTestApp, DEMO, signIn } from '../../../test/test-accounts';

const SCHEDULE = '/api/projects/digital-waste-service/show-and-tells';

const SPRINT_9 = { heldOn: '2022-05-25', title: 'Sprint 9 show and tell', sprint: 9, slidesUrl: 'https://slides.example.gov.uk/sprint-9' };

async function asRugby() {
  const world = await createAccountsTestApp();
  return { ...world, rugby: await signIn(world.app, DEMO.rugby) };
}

describe('POST /api/projects/:slug/show-and-tells', () => {
  it('schedules a show and tell that the project page then shows, and records who did it', async () => {
    const { app, rugby } = await asRugby();

    const { showAndTell } = await readJson(await sendRequest(app, 'POST', SCHEDULE, { cookie: rugby, body: SPRINT_9 }), savedShowAndTellSchema, 201);

    expect(showAndTell).toMatchObject({ ...SPRINT_9, version: 1, summary: null, recordingUrl: null });
    const project = await readJson(await sendRequest(app, 'GET', '/api/projects/digital-waste-service'), projectDetailSchema);
    expect(project.showAndTells[0]).toEqual(showAndTell);
    const history = await readJson(await sendRequest(app, 'GET', '/api/projects/digital-waste-service/history', { cookie: rugby }), historyPageSchema);
    expect(history.entries[0]).toMatchObject({ actorName: 'Demo Rugby', recordType: 'show-and-tell', recordId: showAndTell.id, action: 'create' });
    expect(history.entries[0]?.changes).toContainEqual({ field: 'title', before: null, after: 'Sprint 9 show and tell' });
  });

  it('stores an empty optional field as nothing, never as empty text', async () => {
    const { app, rugby } = await asRugby();

    const { showAndTell } = await readJson(
      await sendRequest(app, 'POST', SCHEDULE, { cookie: rugby, body: { heldOn: '2022-06', title: 'June show and tell', summary: '  ', slidesUrl: '', recordingUrl: '' } }),
      savedShowAndTellSchema,
      201,
    );

    expect(showAndTell).toMatchObject({ heldOn: '2022-06', summary: null, slidesUrl: null, recordingUrl: null, sprint: null });
  });

  it.each([
    ['nothing at all', {}, ['heldOn', 'title']],
    ['an impossible date', { ...SPRINT_9, heldOn: '2026-02-31' }, ['heldOn']],
    ['a date written another way', { ...SPRINT_9, heldOn: '31/01/2026' }, ['heldOn']],
    ['a date of the wrong type', { ...SPRINT_9, heldOn: 20260131 }, ['heldOn']],
    ['a blank title', { ...SPRINT_9, title: '   ' }, ['title']],
    ['a title of 201 characters', { ...SPRINT_9, title: 'x'.repeat(201) }, ['title']],
    ['a title that is a number', { ...SPRINT_9, title: 7 }, ['title']],
    ['sprint 0', { ...SPRINT_9, sprint: 0 }, ['sprint']],
    ['sprint 1.5', { ...SPRINT_9, sprint: 1.5 }, ['sprint']],
    ['sprint as text', { ...SPRINT_9, sprint: '7' }, ['sprint']],
    ['a summary too long', { ...SPRINT_9, summary: 'x'.repeat(5001) }, ['summary']],
    ['a javascript: slides link', { ...SPRINT_9, slidesUrl: 'javascript:alert(1)' }, ['slidesUrl']],
    ['a data: recording link', { ...SPRINT_9, recordingUrl: 'data:text/html,<script>alert(1)</script>' }, ['recordingUrl']],
  ])('refuses %s with a 400 naming each field, and saves nothing', async (_case, body, fields) => {
    const { app, db, rugby } = await asRugby();
    const before = await db.selectFrom('showAndTells').select('id').execute();

    const error = await readError(await sendRequest(app, 'POST', SCHEDULE, { cookie: rugby, body }), 400);

    expect(Object.keys(error.fields ?? {}).sort()).toEqual(fields);
    expect(await db.selectFrom('showAndTells').select('id').execute()).toHaveLength(before.length);
  });

  it('refuses a message a person understands for an impossible date', async () => {
    const { app, rugby } = await asRugby();

    const error = await readError(await sendRequest(app, 'POST', SCHEDULE, { cookie: rugby, body: { ...SPRINT_9, heldOn: '2026-02-31' } }), 400);

    expect(error.fields?.heldOn).toEqual(['Enter a real date, for example 27 3 2026']);
  });

  it('is for the project’s own council staff and managers: 401, 403 and 404 otherwise', async () => {
    const { app, rugby } = await asRugby();
    const lincoln = await signIn(app, DEMO.lincoln);
    const engagement = await signIn(app, DEMO.engagement);

    await readError(await sendRequest(app, 'POST', SCHEDULE, { body: SPRINT_9 }), 401);
    await readError(await sendRequest(app, 'POST', SCHEDULE, { cookie: lincoln, body: SPRINT_9 }), 403);
    await readError(await sendRequest(app, 'POST', SCHEDULE, { cookie: engagement, body: SPRINT_9 }), 403);
    await readError(await sendRequest(app, 'POST', '/api/projects/housing-repairs/show-and-tells', { cookie: rugby, body: SPRINT_9 }), 403);
    await readError(await sendRequest(app, 'POST', '/api/projects/no-such-project/show-and-tells', { cookie: rugby, body: SPRINT_9 }), 404);
  });
});

describe('PATCH /api/show-and-tells/:id', () => {
  async function scheduled() {
    const world = await asRugby();
    const { showAndTell } = await readJson(
      await sendRequest(world.app, 'POST', SCHEDULE, { cookie: world.rugby, body: SPRINT_9 }),
      savedShowAndTellSchema,
      201,
    );
    return { ...world, showAndTell, path: `/api/show-and-tells/${showAndTell.id}` };
  }

  it('adds what was shown and the recording afterwards, with the version read, and records before and after', async () => {
    const { app, rugby, path } = await scheduled();

    const { showAndTell } = await readJson(
      await sendRequest(app, 'PATCH', path, {
        cookie: rugby,
        body: { version: 1, summary: 'The new booking journey for bulky waste', recordingUrl: 'https://www.youtube.com/watch?v=sprint9', slidesUrl: '' },
      }),
      savedShowAndTellSchema,
    );

    expect(showAndTell).toMatchObject({
      version: 2,
      title: 'Sprint 9 show and tell',
      summary: 'The new booking journey for bulky waste',
      recordingUrl: 'https://www.youtube.com/watch?v=sprint9',
      slidesUrl: null,
    });
    const history = await readJson(await sendRequest(app, 'GET', '/api/projects/digital-waste-service/history', { cookie: rugby }), historyPageSchema);
    expect(history.entries[0]?.changes).toEqual([
      { field: 'summary', before: null, after: 'The new booking journey for bulky waste' },
      { field: 'slidesUrl', before: 'https://slides.example.gov.uk/sprint-9', after: null },
      { field: 'recordingUrl', before: null, after: 'https://www.youtube.com/watch?v=sprint9' },
    ]);
  });

  it('refuses a save from a stale version with 409 and the show and tell as it stands, changing nothing', async () => {
    const { app, rugby, path } = await scheduled();
    const manager = await signIn(app, DEMO.manager);
    await readJson(await sendRequest(app, 'PATCH', path, { cookie: manager, body: { version: 1, title: 'Sprint 9: bulky waste' } }), savedShowAndTellSchema);

    const conflict = await readJson(await sendRequest(app, 'PATCH', path, { cookie: rugby, body: { version: 1, title: 'Mine' } }), conflictReplySchema, 409);

    expect(showAndTellSchema.parse(conflict.current)).toMatchObject({ title: 'Sprint 9: bulky waste', version: 2 });
  });

  it('lets exactly one of several saves from one version through', async () => {
    const { app, rugby, path } = await scheduled();

    const responses = await Promise.all(
      ['a', 'b', 'c', 'd'].map((word) => sendRequest(app, 'PATCH', path, { cookie: rugby, body: { version: 1, summary: word } })),
    );

    expect(responses.map((response) => response.status).sort()).toEqual([200, 409, 409, 409]);
  });

  it('refuses bad changes, unknown ids, and people who may not change it', async () => {
    const { app, rugby, path, showAndTell } = await scheduled();
    const lincoln = await signIn(app, DEMO.lincoln);

    const bad = await readError(await sendRequest(app, 'PATCH', path, { cookie: rugby, body: { heldOn: '2022-13-01', slidesUrl: 'javascript:alert(1)' } }), 400);
    expect(Object.keys(bad.fields ?? {}).sort()).toEqual(['heldOn', 'slidesUrl', 'version']);
    await readError(await sendRequest(app, 'PATCH', path, { cookie: lincoln, body: { version: 1, title: 'Not mine' } }), 403);
    await readError(await sendRequest(app, 'PATCH', path, { body: { version: 1, title: 'Nobody' } }), 401);
    for (const id of ['999999', `0${String(showAndTell.id)}`, `${String(showAndTell.id)}.0`, '99999999999']) {
      await readError(await sendRequest(app, 'PATCH', `/api/show-and-tells/${id}`, { cookie: rugby, body: { version: 1, title: 'Lost' } }), 404);
    }
  });
});
