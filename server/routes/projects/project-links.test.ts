import { describe, expect, it } from 'vitest';
import { historyPageSchema } from '../../../src/domain/history';
import { projectDetailSchema } from '../../../src/domain/project';
import { conflictReplySchema } from '../../../src/domain/conflict';
import { readError, readJson, sendRequest } from '../../../test/api-request';
import { createAccountsTestApp, DEMO, signIn, userIdOf } from '../../../test/test-accounts';

const LINKS = '/api/projects/digital-waste-service/links';

async function asRugby() {
  const world = await createAccountsTestApp();
  return { ...world, rugby: await signIn(world.app, DEMO.rugby) };
}

describe('PATCH /api/projects/:slug/links with versions', () => {
  it('saves with the version read, answers the new version, and refuses a save from the old one with 409 and the record as it stands', async () => {
    const { app, rugby } = await asRugby();
    const manager = await signIn(app, DEMO.manager);
    const read = await readJson(await sendRequest(app, 'GET', '/api/projects/digital-waste-service', { cookie: rugby }), projectDetailSchema);
    expect(read.version).toBe(1);

    const first = await readJson(
      await sendRequest(app, 'PATCH', LINKS, { cookie: manager, body: { websiteUrl: 'https://www.rugby.gov.uk/bins', version: read.version } }),
      projectDetailSchema,
    );
    expect(first.version).toBe(2);

    const stale = await sendRequest(app, 'PATCH', LINKS, { cookie: rugby, body: { websiteUrl: 'https://example.com/mine', version: read.version } });
    const conflict = await readJson(stale, conflictReplySchema, 409);
    expect(conflict.error.message).toBe('Someone else changed this while you were editing it. Check their changes, then save yours again.');
    const current = projectDetailSchema.parse(conflict.current);
    expect(current).toMatchObject({ websiteUrl: 'https://www.rugby.gov.uk/bins', version: 2 });
    // What the person may do comes with it, so the app can offer the form again.
    expect(current.allowed).toContain('project-links:edit');

    const reread = await readJson(await sendRequest(app, 'GET', '/api/projects/digital-waste-service'), projectDetailSchema);
    expect(reread).toMatchObject({ websiteUrl: 'https://www.rugby.gov.uk/bins', version: 2 });

    // Having seen theirs, the person saves again from the version the conflict gave.
    const second = await readJson(
      await sendRequest(app, 'PATCH', LINKS, { cookie: rugby, body: { websiteUrl: 'https://example.com/mine', version: current.version } }),
      projectDetailSchema,
    );
    expect(second).toMatchObject({ websiteUrl: 'https://example.com/mine', version: 3 });
  });

  it('lets exactly one of several saves from the same version through', async () => {
    const { app, rugby } = await asRugby();

    const responses = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => sendRequest(app, 'PATCH', LINKS, { cookie: rugby, body: { blogUrl: `https://blog.example.com/${n}`, version: 1 } })),
    );

    expect(responses.map((response) => response.status).sort()).toEqual([200, 409, 409, 409, 409]);
    const winner = await readJson(responses.find((response) => response.status === 200) ?? new Response(), projectDetailSchema);
    const reread = await readJson(await sendRequest(app, 'GET', '/api/projects/digital-waste-service'), projectDetailSchema);
    expect(reread).toMatchObject({ blogUrl: winner.blogUrl, version: 2 });
  });

  it('refuses a stale version even when nothing would change', async () => {
    const { app, rugby } = await asRugby();
    await readJson(await sendRequest(app, 'PATCH', LINKS, { cookie: rugby, body: { blogUrl: 'https://blog.example.com/', version: 1 } }), projectDetailSchema);

    await readError(await sendRequest(app, 'PATCH', LINKS, { cookie: rugby, body: { version: 1 } }), 409);
    const same = await readJson(await sendRequest(app, 'PATCH', LINKS, { cookie: rugby, body: { version: 2 } }), projectDetailSchema);
    expect(same.version).toBe(2);
  });

  it.each([
    ['missing', {}],
    ['as text', { version: '1' }],
    ['zero', { version: 0 }],
    ['a fraction', { version: 1.5 }],
  ])('refuses a version %s with a 400 naming it', async (_case, body) => {
    const { app, rugby } = await asRugby();

    const error = await readError(await sendRequest(app, 'PATCH', LINKS, { cookie: rugby, body: { websiteUrl: 'https://example.com/', ...body } }), 400);

    expect(Object.keys(error.fields ?? {})).toEqual(['version']);
  });
});

describe('history of a project’s links', () => {
  it('records who changed which link, from what to what, and nothing for a refused save', async () => {
    const { app, db, rugby } = await asRugby();
    const manager = await signIn(app, DEMO.manager);
    await readJson(
      await sendRequest(app, 'PATCH', LINKS, { cookie: rugby, body: { websiteUrl: 'https://www.rugby.gov.uk/bins', blogUrl: '', version: 1 } }),
      projectDetailSchema,
    );
    await readError(await sendRequest(app, 'PATCH', LINKS, { cookie: manager, body: { websiteUrl: 'https://example.com/', version: 1 } }), 409);
    await readError(await sendRequest(app, 'PATCH', '/api/projects/housing-repairs/links', { cookie: rugby, body: { blogUrl: '', version: 1 } }), 403);

    const history = await readJson(await sendRequest(app, 'GET', '/api/projects/digital-waste-service/history', { cookie: rugby }), historyPageSchema);

    expect(history.total).toBe(1);
    expect(history.entries[0]).toMatchObject({
      actorName: 'Demo Rugby',
      project: { slug: 'digital-waste-service', name: 'Digital Waste Service' },
      recordType: 'project',
      action: 'update',
      changes: [{ field: 'websiteUrl', before: null, after: 'https://www.rugby.gov.uk/bins' }],
    });
    expect(history.entries[0]?.at).toBe('2022-05-11T09:00:00.000Z');

    const all = await readJson(await sendRequest(app, 'GET', '/api/history', { cookie: manager }), historyPageSchema);
    expect(all.entries.map((entry) => entry.actorName)).toEqual(['Demo Rugby']);
    const byPerson = async (email: string) =>
      readJson(await sendRequest(app, 'GET', `/api/history?person=${await userIdOf(db, email)}`, { cookie: manager }), historyPageSchema);
    expect((await byPerson(DEMO.rugby)).total).toBe(1);
    expect((await byPerson(DEMO.manager)).total).toBe(0);
    const byProject = async (slug: string) =>
      readJson(await sendRequest(app, 'GET', `/api/history?project=${slug}`, { cookie: manager }), historyPageSchema);
    expect((await byProject('digital-waste-service')).total).toBe(1);
    expect((await byProject('housing-repairs')).total).toBe(0);
  });

  it('refuses filters that name nothing', async () => {
    const { app } = await createAccountsTestApp();
    const manager = await signIn(app, DEMO.manager);

    expect(Object.keys((await readError(await sendRequest(app, 'GET', '/api/history?person=01', { cookie: manager }), 400)).fields ?? {})).toEqual([
      'person',
    ]);
    await readError(await sendRequest(app, 'GET', '/api/history?project=no-such-project', { cookie: manager }), 404);
    await readError(await sendRequest(app, 'GET', '/api/projects/no-such-project/history', { cookie: manager }), 404);
  });
});
