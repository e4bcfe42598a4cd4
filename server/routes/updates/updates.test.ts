import { describe, expect, it } from 'vitest';
import { conflictReplySchema } from '../../../src/domain/conflict';
import { historyPageSchema } from '../../../src/domain/history';
import { projectDetailSchema, projectListSchema } from '../../../src/domain/project';
import { savedUpdateSchema, updateInReviewSchema, updateQueueSchema, yourProjectsSchema } from '../../../src/domain/update';
import { updateCountsSchema } from '../../../src/domain/update-counts';
import { readError, readJson, sendRequest } from '../../../test/api-request';
import { signedInWorld } from '../../../test/editing';
import { createAccountsTestApp, DEMO, signIn } from '../../../test/test-accounts';
import { TEST_TODAY } from '../../../test/test-content';
import type { ApiApp } from '../../app';

const PROJECT = 'digital-waste-service';
const WRITE = `/api/projects/${PROJECT}/updates`;
const TEAM_NEWS = '/api/updates';

const BIN_ROUNDS = {
  headline: 'Bulky waste booking tested with residents',
  bodyMarkdown: 'We tested the **bulky waste** booking with 8 residents. Read the [findings](https://www.rugby.gov.uk/findings).',
  links: [{ title: 'Sprint 9 slides', url: 'https://slides.example.gov.uk/sprint-9' }],
};

const ROADSHOW = {
  headline: 'We held a roadshow in Leeds',
  bodyMarkdown: 'Council staff from across Yorkshire and the Humber joined us. [Register for the next one](https://www.localdigital.gov.uk/roadshows).',
  publishedOn: '2022-05-05',
};

async function draft(app: ApiApp, cookie: string, body: unknown = BIN_ROUNDS) {
  return readJson(await sendRequest(app, 'POST', WRITE, { cookie, body }), savedUpdateSchema, 201);
}

async function teamNews(app: ApiApp, cookie: string, body: unknown = ROADSHOW) {
  return readJson(await sendRequest(app, 'POST', TEAM_NEWS, { cookie, body }), savedUpdateSchema, 201);
}

async function step(app: ApiApp, cookie: string, id: number, action: 'submit' | 'approve', version: number) {
  return readJson(await sendRequest(app, 'POST', `/api/updates/${String(id)}/${action}`, { cookie, body: { version } }), savedUpdateSchema);
}

async function publicUpdates(app: ApiApp) {
  return (await readJson(await sendRequest(app, 'GET', `/api/projects/${PROJECT}`), projectDetailSchema)).updates.map((update) => update.headline);
}

describe('writing and reviewing an update, from draft to published', () => {
  it('goes draft, submitted, returned with a comment, changed, submitted again, approved, and only then is public', async () => {
    const { app, rugby, engagement } = await signedInWorld();

    const created = await draft(app, rugby);
    expect(created.update).toMatchObject({
      ...BIN_ROUNDS,
      // Undated, an update is dated the day it is written.
      publishedOn: TEST_TODAY,
      status: 'draft',
      version: 1,
      authorName: 'Demo Rugby',
      submittedAt: null,
      reviewComment: null,
      project: { slug: PROJECT, name: 'Digital Waste Service' },
    });
    expect(created.can).toEqual({ edit: true, submit: true, review: false, delete: true });
    expect(await publicUpdates(app)).not.toContain(BIN_ROUNDS.headline);

    const submitted = await step(app, rugby, created.update.id, 'submit', 1);
    expect(submitted.update).toMatchObject({ status: 'submitted', version: 2, submittedAt: '2022-05-11T09:00:00.000Z' });
    const queue = await readJson(await sendRequest(app, 'GET', '/api/updates?status=submitted', { cookie: engagement }), updateQueueSchema);
    expect(queue.updates.map((update) => update.headline)).toEqual([BIN_ROUNDS.headline]);
    expect(await readJson(await sendRequest(app, 'GET', '/api/updates/counts', { cookie: engagement }), updateCountsSchema)).toEqual({
      awaitingReview: 1,
      returnedToYou: 0,
    });

    const returned = await readJson(
      await sendRequest(app, 'POST', `/api/updates/${String(created.update.id)}/return`, {
        cookie: engagement,
        body: { version: 2, comment: 'Say how many residents booked a collection.' },
      }),
      savedUpdateSchema,
    );
    expect(returned.update).toMatchObject({ status: 'returned', reviewComment: 'Say how many residents booked a collection.' });
    const yours = await readJson(await sendRequest(app, 'GET', '/api/your-projects', { cookie: rugby }), yourProjectsSchema);
    const ownProject = yours.projects.find((project) => project.slug === PROJECT);
    expect(ownProject?.updates.map((update) => [update.headline, update.status, update.reviewComment])).toEqual([
      [BIN_ROUNDS.headline, 'returned', 'Say how many residents booked a collection.'],
    ]);
    expect(await readJson(await sendRequest(app, 'GET', '/api/updates/counts', { cookie: rugby }), updateCountsSchema)).toEqual({
      awaitingReview: null,
      returnedToYou: 1,
    });

    const changed = await readJson(
      await sendRequest(app, 'PATCH', `/api/updates/${String(created.update.id)}`, {
        cookie: rugby,
        body: { version: 3, bodyMarkdown: `${BIN_ROUNDS.bodyMarkdown}\n\n5 residents booked a collection.` },
      }),
      savedUpdateSchema,
    );
    expect(changed.update).toMatchObject({ status: 'returned', version: 4 });
    await step(app, rugby, created.update.id, 'submit', 4);
    const approved = await step(app, engagement, created.update.id, 'approve', 5);

    expect(approved.update).toMatchObject({ status: 'approved', publishedOn: TEST_TODAY, reviewComment: null, version: 6 });
    expect((await publicUpdates(app))[0]).toBe(BIN_ROUNDS.headline);
    const list = await readJson(await sendRequest(app, 'GET', '/api/projects'), projectListSchema);
    const card = list.projects.find((project) => project.slug === PROJECT);
    expect(card).toMatchObject({ latestUpdateHeadline: BIN_ROUNDS.headline, latestUpdateOn: TEST_TODAY });

    const history = await readJson(await sendRequest(app, 'GET', `/api/projects/${PROJECT}/history`, { cookie: engagement }), historyPageSchema);
    expect(
      history.entries
        .filter((entry) => entry.recordType === 'update')
        .map((entry) => [entry.action, entry.actorName])
        .reverse(),
    ).toEqual([
      ['create', 'Demo Rugby'],
      ['submit', 'Demo Rugby'],
      ['return', 'Demo Engagement'],
      ['update', 'Demo Rugby'],
      ['submit', 'Demo Rugby'],
      ['approve', 'Demo Engagement'],
    ]);
    expect(history.entries[0]?.changes).toContainEqual({ field: 'status', before: 'submitted', after: 'approved' });
  });

  it('keeps links in the order given, replaces them all when changed, and records them in the history', async () => {
    const { app, rugby } = await signedInWorld();
    const created = await draft(app, rugby, {
      ...BIN_ROUNDS,
      links: [
        { title: 'Slides', url: 'https://slides.example.gov.uk/9' },
        { title: 'Write to us', url: 'mailto:waste@rugby.gov.uk' },
      ],
    });
    expect(created.update.links.map((link) => link.title)).toEqual(['Slides', 'Write to us']);

    const changed = await readJson(
      await sendRequest(app, 'PATCH', `/api/updates/${String(created.update.id)}`, {
        cookie: rugby,
        body: { version: 1, links: [{ title: 'Recording', url: 'https://video.example.gov.uk/9' }] },
      }),
      savedUpdateSchema,
    );

    expect(changed.update).toMatchObject({ version: 2, links: [{ title: 'Recording', url: 'https://video.example.gov.uk/9' }] });
    const history = await readJson(await sendRequest(app, 'GET', `/api/projects/${PROJECT}/history`, { cookie: rugby }), historyPageSchema);
    expect(history.entries[0]?.changes).toEqual([
      {
        field: 'links',
        before: 'Slides <https://slides.example.gov.uk/9>\nWrite to us <mailto:waste@rugby.gov.uk>',
        after: 'Recording <https://video.example.gov.uk/9>',
      },
    ]);
  });

  it('shows the review queue oldest submission first', async () => {
    const { app, rugby, manager, engagement, clock } = await signedInWorld();
    const first = await draft(app, rugby, { ...BIN_ROUNDS, headline: 'First' });
    const second = await draft(app, manager, { ...BIN_ROUNDS, headline: 'Second' });
    await step(app, manager, second.update.id, 'submit', 1);
    clock.advanceMinutes(1);
    await step(app, rugby, first.update.id, 'submit', 1);

    const queue = await readJson(await sendRequest(app, 'GET', '/api/updates', { cookie: engagement }), updateQueueSchema);

    expect(queue.updates.map((update) => update.headline)).toEqual(['Second', 'First']);
    expect(queue.total).toBe(2);
  });
});

describe('the date of an update', () => {
  it('keeps the date its writer gave through submission and approval, and shows it to everyone once published', async () => {
    const { app, rugby, engagement } = await signedInWorld();

    const created = await draft(app, rugby, { ...BIN_ROUNDS, publishedOn: '2022-05-03' });
    expect(created.update.publishedOn).toBe('2022-05-03');
    await step(app, rugby, created.update.id, 'submit', 1);
    const approved = await step(app, engagement, created.update.id, 'approve', 2);

    expect(approved.update).toMatchObject({ status: 'approved', publishedOn: '2022-05-03' });
    const seen = await readJson(await sendRequest(app, 'GET', `/api/updates/${String(created.update.id)}`), savedUpdateSchema);
    expect(seen.update.publishedOn).toBe('2022-05-03');
    const project = await readJson(await sendRequest(app, 'GET', `/api/projects/${PROJECT}`), projectDetailSchema);
    expect(project.updates.find((update) => update.headline === BIN_ROUNDS.headline)?.publishedOn).toBe('2022-05-03');
  });

  it('dates an undated update the day it is written, and approval days later leaves that date alone', async () => {
    let day = '2022-05-09';
    const { app } = await createAccountsTestApp({ today: () => day });
    const [rugby, engagement] = await Promise.all([signIn(app, DEMO.rugby), signIn(app, DEMO.engagement)]);

    const created = await draft(app, rugby);
    await step(app, rugby, created.update.id, 'submit', 1);
    day = '2022-05-11';
    await step(app, engagement, created.update.id, 'approve', 2);

    const seen = await readJson(await sendRequest(app, 'GET', `/api/updates/${String(created.update.id)}`), savedUpdateSchema);
    expect(seen.update).toMatchObject({ status: 'approved', publishedOn: '2022-05-09' });
  });

  it('refuses a date after today with 422 naming the field, on writing and on changing, and saves nothing', async () => {
    const { app, db, rugby } = await signedInWorld();
    const before = await db.selectFrom('updates').select('id').execute();

    const refused = await readError(await sendRequest(app, 'POST', WRITE, { cookie: rugby, body: { ...BIN_ROUNDS, publishedOn: '2022-05-12' } }), 422);

    expect(refused.fields).toEqual({ publishedOn: ['The date of the update must be today or in the past'] });
    expect(await db.selectFrom('updates').select('id').execute()).toHaveLength(before.length);

    const { update } = await draft(app, rugby, { ...BIN_ROUNDS, publishedOn: TEST_TODAY });
    const path = `/api/updates/${String(update.id)}`;
    const changed = await readError(await sendRequest(app, 'PATCH', path, { cookie: rugby, body: { version: 1, publishedOn: '2023-01-01' } }), 422);
    expect(changed.fields).toEqual({ publishedOn: ['The date of the update must be today or in the past'] });
    expect((await readJson(await sendRequest(app, 'GET', path, { cookie: rugby }), savedUpdateSchema)).update).toMatchObject({
      publishedOn: TEST_TODAY,
      version: 1,
    });
  });

  it('lets its writer change the date, recorded in the history', async () => {
    const { app, rugby } = await signedInWorld();
    const { update } = await draft(app, rugby);

    const changed = await readJson(
      await sendRequest(app, 'PATCH', `/api/updates/${String(update.id)}`, { cookie: rugby, body: { version: 1, publishedOn: '2022-04-28' } }),
      savedUpdateSchema,
    );

    expect(changed.update).toMatchObject({ publishedOn: '2022-04-28', version: 2 });
    const history = await readJson(await sendRequest(app, 'GET', `/api/projects/${PROJECT}/history`, { cookie: rugby }), historyPageSchema);
    expect(history.entries[0]?.changes).toEqual([{ field: 'publishedOn', before: TEST_TODAY, after: '2022-04-28' }]);
  });

  it('judges the project’s phase by a published update’s date, again when a reviewer corrects it', async () => {
    // Housing Repairs' beta was planned to start after its last report, and before this day.
    const { app } = await createAccountsTestApp({ today: () => '2022-05-16' });
    const [lincoln, engagement] = await Promise.all([signIn(app, DEMO.lincoln), signIn(app, DEMO.engagement)]);
    const inBeta = async () =>
      (await readJson(await sendRequest(app, 'GET', '/api/projects?phase=beta'), projectListSchema)).projects.map((project) => project.slug);
    const created = await readJson(
      await sendRequest(app, 'POST', '/api/projects/housing-repairs/updates', {
        cookie: lincoln,
        body: { headline: 'Public beta launched', bodyMarkdown: 'Launched.', publishedOn: '2022-05-16' },
      }),
      savedUpdateSchema,
      201,
    );
    await step(app, lincoln, created.update.id, 'submit', 1);
    await step(app, engagement, created.update.id, 'approve', 2);
    expect(await inBeta()).toContain('housing-repairs');

    await readJson(
      await sendRequest(app, 'PATCH', `/api/updates/${String(created.update.id)}`, { cookie: engagement, body: { version: 3, publishedOn: '2022-05-04' } }),
      savedUpdateSchema,
    );

    expect(await inBeta()).not.toContain('housing-repairs');
  });
});

describe('team news', () => {
  it('is written by engagement staff as a draft with no project, reviewed like any update, and public once approved', async () => {
    const { app, engagement, manager } = await signedInWorld();

    const created = await teamNews(app, engagement);
    expect(created.update).toMatchObject({ ...ROADSHOW, project: null, status: 'draft', version: 1, authorName: 'Demo Engagement' });
    expect(created.can).toEqual({ edit: true, submit: true, review: false, delete: true });
    const path = `/api/updates/${String(created.update.id)}`;
    await readError(await sendRequest(app, 'GET', path), 404);

    await step(app, engagement, created.update.id, 'submit', 1);
    const queue = await readJson(await sendRequest(app, 'GET', '/api/updates', { cookie: manager }), updateQueueSchema);
    expect(queue.updates.map((update) => [update.headline, update.project])).toEqual([[ROADSHOW.headline, null]]);
    const returned = await readJson(
      await sendRequest(app, 'POST', `${path}/return`, { cookie: manager, body: { version: 2, comment: 'Say when the next one is.' } }),
      savedUpdateSchema,
    );
    expect(returned.update).toMatchObject({ status: 'returned', reviewComment: 'Say when the next one is.' });
    await readJson(
      await sendRequest(app, 'PATCH', path, { cookie: engagement, body: { version: 3, bodyMarkdown: `${ROADSHOW.bodyMarkdown} The next is in June.` } }),
      savedUpdateSchema,
    );
    await step(app, engagement, created.update.id, 'submit', 4);
    await step(app, manager, created.update.id, 'approve', 5);

    const published = await readJson(await sendRequest(app, 'GET', path), savedUpdateSchema);
    expect(published.update).toMatchObject({ headline: ROADSHOW.headline, project: null, status: 'approved', publishedOn: '2022-05-05', version: 6 });
    const history = await readJson(await sendRequest(app, 'GET', '/api/history', { cookie: manager }), historyPageSchema);
    expect(
      history.entries
        .filter((entry) => entry.recordType === 'update' && entry.recordId === created.update.id)
        .map((entry) => [entry.action, entry.actorName, entry.project])
        .reverse(),
    ).toEqual([
      ['create', 'Demo Engagement', null],
      ['submit', 'Demo Engagement', null],
      ['return', 'Demo Manager', null],
      ['update', 'Demo Engagement', null],
      ['submit', 'Demo Engagement', null],
      ['approve', 'Demo Manager', null],
    ]);
  });

  it('dates undated team news today, and is written by managers too', async () => {
    const { app, manager } = await signedInWorld();

    const { update } = await teamNews(app, manager, { headline: ROADSHOW.headline, bodyMarkdown: ROADSHOW.bodyMarkdown });

    expect(update).toMatchObject({ project: null, publishedOn: TEST_TODAY, authorName: 'Demo Manager' });
  });

  it('is refused to anyone not signed in (401) and to council staff (403), saving nothing', async () => {
    const { app, db, rugby, lincoln } = await signedInWorld();
    const before = await db.selectFrom('updates').select('id').execute();

    await readError(await sendRequest(app, 'POST', TEAM_NEWS, { body: ROADSHOW }), 401);
    await readError(await sendRequest(app, 'POST', TEAM_NEWS, { cookie: rugby, body: ROADSHOW }), 403);
    await readError(await sendRequest(app, 'POST', TEAM_NEWS, { cookie: lincoln, body: ROADSHOW }), 403);

    expect(await db.selectFrom('updates').select('id').execute()).toHaveLength(before.length);
  });

  it('is not there for council staff until it is published', async () => {
    const { app, engagement, rugby } = await signedInWorld();
    const { update } = await teamNews(app, engagement);

    await readError(await sendRequest(app, 'GET', `/api/updates/${String(update.id)}`, { cookie: rugby }), 404);
  });

  it('checks its body as a project update’s, with a future date a 422', async () => {
    const { app, engagement } = await signedInWorld();

    const blank = await readError(await sendRequest(app, 'POST', TEAM_NEWS, { cookie: engagement, body: { ...ROADSHOW, headline: ' ' } }), 400);
    expect(Object.keys(blank.fields ?? {})).toEqual(['headline']);
    const future = await readError(await sendRequest(app, 'POST', TEAM_NEWS, { cookie: engagement, body: { ...ROADSHOW, publishedOn: '2022-05-12' } }), 422);
    expect(future.fields).toEqual({ publishedOn: ['The date of the update must be today or in the past'] });
  });
});

describe('who may do what with an update', () => {
  it('lets only the project’s own council staff, engagement staff and managers write one', async () => {
    const { app, lincoln, engagement, manager } = await signedInWorld();

    await readError(await sendRequest(app, 'POST', WRITE, { body: BIN_ROUNDS }), 401);
    await readError(await sendRequest(app, 'POST', WRITE, { cookie: lincoln, body: BIN_ROUNDS }), 403);
    await draft(app, engagement);
    await draft(app, manager);
    await readError(await sendRequest(app, 'POST', '/api/projects/no-such-project/updates', { cookie: manager, body: BIN_ROUNDS }), 404);
  });

  it('hides an unpublished update from anyone who may not see it, as if it were not there', async () => {
    const { app, rugby, lincoln } = await signedInWorld();
    const { update } = await draft(app, rugby);
    const path = `/api/updates/${String(update.id)}`;

    await readError(await sendRequest(app, 'GET', path), 404);
    await readError(await sendRequest(app, 'GET', path, { cookie: lincoln }), 404);
    await readError(await sendRequest(app, 'PATCH', path, { cookie: lincoln, body: { version: 1, headline: 'Mine now' } }), 404);
    await readError(await sendRequest(app, 'POST', `${path}/submit`, { cookie: lincoln, body: { version: 1 } }), 404);
    const own = await readJson(await sendRequest(app, 'GET', path, { cookie: rugby }), savedUpdateSchema);
    expect(own.update.headline).toBe(BIN_ROUNDS.headline);
  });

  it('leaves reviewing to engagement staff and managers, and a published update to them alone', async () => {
    const { app, rugby, engagement } = await signedInWorld();
    const { update } = await draft(app, rugby);
    await step(app, rugby, update.id, 'submit', 1);
    const path = `/api/updates/${String(update.id)}`;

    const refused = await readError(await sendRequest(app, 'POST', `${path}/approve`, { cookie: rugby, body: { version: 2 } }), 403);
    expect(refused.message).toBe('Only engagement staff and managers can review updates');
    await readError(await sendRequest(app, 'POST', `${path}/return`, { cookie: rugby, body: { version: 2, comment: 'Fine by me' } }), 403);

    await step(app, engagement, update.id, 'approve', 2);
    const published = await readJson(await sendRequest(app, 'GET', path), savedUpdateSchema);
    expect(published.can).toEqual({ edit: false, submit: false, review: false, delete: false });
    expect((await readJson(await sendRequest(app, 'GET', path, { cookie: rugby }), savedUpdateSchema)).can).toEqual({
      edit: false,
      submit: false,
      review: false,
      delete: false,
    });
    const noEdit = await readError(await sendRequest(app, 'PATCH', path, { cookie: rugby, body: { version: 3, headline: 'Changed' } }), 403);
    expect(noEdit.message).toBe('Only engagement staff and managers can change a published update');
    await readError(await sendRequest(app, 'DELETE', path, { cookie: rugby, body: { version: 3 } }), 403);

    const corrected = await readJson(
      await sendRequest(app, 'PATCH', path, { cookie: engagement, body: { version: 3, headline: 'Bulky waste booking tested with 8 residents' } }),
      savedUpdateSchema,
    );
    expect(corrected.update).toMatchObject({ status: 'approved', headline: 'Bulky waste booking tested with 8 residents' });
  });

  it('refuses a step the update is not ready for with 409 and a reason', async () => {
    const { app, rugby, engagement } = await signedInWorld();
    const { update } = await draft(app, rugby);
    const path = `/api/updates/${String(update.id)}`;

    const notSubmitted = await readError(await sendRequest(app, 'POST', `${path}/approve`, { cookie: engagement, body: { version: 1 } }), 409);
    expect(notSubmitted.message).toBe('Only an update waiting for review can be approved or returned');
    await step(app, rugby, update.id, 'submit', 1);
    const twice = await readError(await sendRequest(app, 'POST', `${path}/submit`, { cookie: rugby, body: { version: 2 } }), 409);
    expect(twice.message).toBe('This update has already been submitted');
  });
});

describe('no silent overwrites', () => {
  it('refuses a change from a stale version with 409 and the update as it stands, changing nothing', async () => {
    const { app, rugby, manager } = await signedInWorld();
    const { update } = await draft(app, rugby);
    const path = `/api/updates/${String(update.id)}`;
    await readJson(await sendRequest(app, 'PATCH', path, { cookie: manager, body: { version: 1, headline: 'The manager’s headline' } }), savedUpdateSchema);

    const response = await sendRequest(app, 'PATCH', path, { cookie: rugby, body: { version: 1, headline: 'Rugby’s headline' } });

    const reply = await readJson(response, conflictReplySchema, 409);
    expect(updateInReviewSchema.parse(reply.current)).toMatchObject({ headline: 'The manager’s headline', version: 2 });
    expect((await readJson(await sendRequest(app, 'GET', path, { cookie: rugby }), savedUpdateSchema)).update.headline).toBe('The manager’s headline');
  });

  it('lets exactly one of two reviewers’ decisions on one version through', async () => {
    const { app, rugby, engagement, manager } = await signedInWorld();
    const { update } = await draft(app, rugby);
    await step(app, rugby, update.id, 'submit', 1);
    const path = `/api/updates/${String(update.id)}`;

    const answers = await Promise.all([
      sendRequest(app, 'POST', `${path}/approve`, { cookie: engagement, body: { version: 2 } }),
      sendRequest(app, 'POST', `${path}/return`, { cookie: manager, body: { version: 2, comment: 'Not yet' } }),
      sendRequest(app, 'POST', `${path}/approve`, { cookie: manager, body: { version: 2 } }),
    ]);

    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409, 409]);
    const history = await readJson(await sendRequest(app, 'GET', `/api/projects/${PROJECT}/history`, { cookie: manager }), historyPageSchema);
    expect(history.entries.filter((entry) => entry.action === 'approve' || entry.action === 'return')).toHaveLength(1);
  });
});

describe('bad input', () => {
  it.each([
    ['nothing at all', {}, ['bodyMarkdown', 'headline']],
    ['a blank headline', { ...BIN_ROUNDS, headline: '   ' }, ['headline']],
    ['a headline of 201 characters', { ...BIN_ROUNDS, headline: 'x'.repeat(201) }, ['headline']],
    ['an empty update', { ...BIN_ROUNDS, bodyMarkdown: ' \n ' }, ['bodyMarkdown']],
    ['an update of 20,001 characters', { ...BIN_ROUNDS, bodyMarkdown: 'x'.repeat(20_001) }, ['bodyMarkdown']],
    ['a javascript: link in the text', { ...BIN_ROUNDS, bodyMarkdown: 'See [this](javascript:alert(1))' }, ['bodyMarkdown']],
    ['a javascript: link defined by reference', { ...BIN_ROUNDS, bodyMarkdown: 'See [this][x]\n\n[x]: javascript:alert(1)' }, ['bodyMarkdown']],
    ['a data: link as an autolink', { ...BIN_ROUNDS, bodyMarkdown: 'See <data:text/html,hello>' }, ['bodyMarkdown']],
    ['a javascript: link among the links', { ...BIN_ROUNDS, links: [{ title: 'Run me', url: 'javascript:alert(1)' }] }, ['links']],
    ['a link without a title', { ...BIN_ROUNDS, links: [{ title: ' ', url: 'https://www.rugby.gov.uk' }] }, ['links']],
    ['eleven links', { ...BIN_ROUNDS, links: Array.from({ length: 11 }, (_, i) => ({ title: `Link ${String(i)}`, url: 'https://www.rugby.gov.uk' })) }, ['links']],
    ['a headline that is a number', { ...BIN_ROUNDS, headline: 7 }, ['headline']],
    ['a date that is not on the calendar', { ...BIN_ROUNDS, publishedOn: '2022-02-30' }, ['publishedOn']],
    ['a date without its day', { ...BIN_ROUNDS, publishedOn: '2022-05' }, ['publishedOn']],
    ['an empty date', { ...BIN_ROUNDS, publishedOn: '' }, ['publishedOn']],
    ['a date with the time', { ...BIN_ROUNDS, publishedOn: '2022-05-10T09:00:00Z' }, ['publishedOn']],
  ])('refuses %s with a 400 naming each field, and saves nothing', async (_case, body, fields) => {
    const { app, db, rugby } = await signedInWorld();
    const before = await db.selectFrom('updates').select('id').execute();

    const error = await readError(await sendRequest(app, 'POST', WRITE, { cookie: rugby, body }), 400);

    expect([...new Set(Object.keys(error.fields ?? {}).map((key) => key.split('.')[0]))].sort()).toEqual(fields);
    expect(await db.selectFrom('updates').select('id').execute()).toHaveLength(before.length);
  });

  it('explains a refused link in words a person understands', async () => {
    const { app, rugby } = await signedInWorld();

    const error = await readError(await sendRequest(app, 'POST', WRITE, { cookie: rugby, body: { ...BIN_ROUNDS, bodyMarkdown: 'See [this](javascript:alert(1))' } }), 400);

    expect(error.fields?.bodyMarkdown).toEqual(['Links in the update must start with https://, http:// or mailto: (javascript:alert(1) does not)']);
  });

  it('accepts a javascript: example inside code, which is shown as text and never as a link', async () => {
    const { app, rugby } = await signedInWorld();

    const { update } = await draft(app, rugby, { ...BIN_ROUNDS, bodyMarkdown: 'Never write `[x](javascript:alert(1))` in an update.' });

    expect(update.bodyMarkdown).toContain('javascript:');
  });

  it('refuses returning an update without a comment', async () => {
    const { app, rugby, engagement } = await signedInWorld();
    const { update } = await draft(app, rugby);
    await step(app, rugby, update.id, 'submit', 1);

    const error = await readError(
      await sendRequest(app, 'POST', `/api/updates/${String(update.id)}/return`, { cookie: engagement, body: { version: 2, comment: '  ' } }),
      400,
    );

    expect(error.fields?.comment).toEqual(['Say what needs to change']);
  });

  it('counts nothing for someone not signed in, without an error', async () => {
    const { app } = await signedInWorld();

    expect(await readJson(await sendRequest(app, 'GET', '/api/updates/counts'), updateCountsSchema)).toEqual({ awaitingReview: null, returnedToYou: 0 });
  });

  it('refuses an unknown status filter on the queue with a 400', async () => {
    const { app, engagement } = await signedInWorld();

    const error = await readError(await sendRequest(app, 'GET', '/api/updates?status=lost', { cookie: engagement }), 400);

    expect(Object.keys(error.fields ?? {})).toEqual(['status']);
  });
});

describe('deleting an update', () => {
  it('lets a writer delete their draft, recorded in the history, and a reviewer delete a published one, which leaves the project page', async () => {
    const { app, rugby, engagement } = await signedInWorld();
    const { update: drafted } = await draft(app, rugby, { ...BIN_ROUNDS, headline: 'A false start' });
    const { update: published } = await draft(app, rugby);
    await step(app, rugby, published.id, 'submit', 1);
    await step(app, engagement, published.id, 'approve', 2);

    expect((await sendRequest(app, 'DELETE', `/api/updates/${String(drafted.id)}`, { cookie: rugby, body: { version: 1 } })).status).toBe(204);
    expect((await sendRequest(app, 'DELETE', `/api/updates/${String(published.id)}`, { cookie: engagement, body: { version: 3 } })).status).toBe(204);

    await readError(await sendRequest(app, 'GET', `/api/updates/${String(drafted.id)}`, { cookie: rugby }), 404);
    expect(await publicUpdates(app)).not.toContain(BIN_ROUNDS.headline);
    const history = await readJson(await sendRequest(app, 'GET', `/api/projects/${PROJECT}/history`, { cookie: rugby }), historyPageSchema);
    const deletions = history.entries.filter((entry) => entry.action === 'delete');
    expect(deletions.map((entry) => [entry.actorName, entry.changes.find((change) => change.field === 'headline')?.before])).toEqual([
      ['Demo Engagement', BIN_ROUNDS.headline],
      ['Demo Rugby', 'A false start'],
    ]);
  });

  it('refuses deleting from a stale version with 409, deleting nothing', async () => {
    const { app, rugby } = await signedInWorld();
    const { update } = await draft(app, rugby);
    await readJson(
      await sendRequest(app, 'PATCH', `/api/updates/${String(update.id)}`, { cookie: rugby, body: { version: 1, headline: 'Changed in another tab' } }),
      savedUpdateSchema,
    );

    await readError(await sendRequest(app, 'DELETE', `/api/updates/${String(update.id)}`, { cookie: rugby, body: { version: 1 } }), 409);

    expect((await readJson(await sendRequest(app, 'GET', `/api/updates/${String(update.id)}`, { cookie: rugby }), savedUpdateSchema)).update.headline).toBe(
      'Changed in another tab',
    );
  });
});
