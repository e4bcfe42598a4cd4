import { apiErrorSchema } from '../src/domain/api-error';
import { projectListSchema } from '../src/domain/project';
import { networkError, serverError, slowReply } from './faults';
import { server, startTestApi, stopTestApi, testApiDatabase } from './node';

const PROJECTS = 'http://localhost/api/projects';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => startTestApi());
afterEach(async () => {
  server.resetHandlers();
  await stopTestApi();
});
afterAll(() => server.close());

describe('the msw server', () => {
  it('answers with the real API over the seeded database', async () => {
    const response = await fetch(`${PROJECTS}?phase=beta`);

    expect(response.status).toBe(200);
    const body = projectListSchema.parse(await response.json());
    expect(body.projects.map((project) => project.slug)).toEqual(['family-context', 'open-referral-uk', 'send-top-up']);
  });

  it('keeps the API’s own errors, such as a filter it does not know', async () => {
    const response = await fetch(`${PROJECTS}?phase=banana`);

    expect(response.status).toBe(400);
    expect(apiErrorSchema.parse(await response.json()).error.fields).toHaveProperty('phase');
  });

  it('gives each test a fresh database', async () => {
    await testApiDatabase().deleteFrom('updates').execute();
    await startTestApi();

    expect(await testApiDatabase().selectFrom('updates').select('id').execute()).not.toHaveLength(0);
  });
});

describe('the faults', () => {
  it('fails the request at the network for a network error', async () => {
    server.use(networkError());

    await expect(fetch(PROJECTS)).rejects.toThrow(TypeError);
  });

  it('answers 500 with the API’s error body for a server error', async () => {
    server.use(serverError());

    const response = await fetch(PROJECTS);
    expect(response.status).toBe(500);
    expect(apiErrorSchema.parse(await response.json()).error.status).toBe(500);
  });

  it('breaks only the path it is given', async () => {
    server.use(serverError('*/api/organisations'));

    expect((await fetch('http://localhost/api/organisations')).status).toBe(500);
    expect((await fetch(PROJECTS)).status).toBe(200);
  });

  it('holds a slow reply until the test releases it, then answers with the real API', async () => {
    const slow = slowReply();
    server.use(slow.handler);
    let settled = false;
    const reply = fetch(PROJECTS).finally(() => {
      settled = true;
    });

    await slow.holding;
    expect(settled).toBe(false);
    slow.release();

    const response = await reply;
    expect(response.status).toBe(200);
    expect(projectListSchema.parse(await response.json()).total).toBe(15);
  });

  it('lets an abandoned slow request go without a release', async () => {
    const slow = slowReply();
    server.use(slow.handler);
    const controller = new AbortController();
    const reply = fetch(PROJECTS, { signal: controller.signal });

    await slow.holding;
    controller.abort();

    await expect(reply).rejects.toThrow(/abort/i);
  });
});
