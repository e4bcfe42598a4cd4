import { describe, expect, it } from 'vitest';
import { organisationDetailSchema } from '../../../src/domain/organisation-detail';
import { organisationListSchema } from '../../../src/domain/organisation';
import { projectDetailSchema, projectListSchema, updatePageSchema } from '../../../src/domain/project';
import { getJson, readError, readJson, sendRequest } from '../../../test/api-request';
import { createAccountsTestApp, DEMO, signIn } from '../../../test/test-accounts';
import { createTestApp } from '../../../test/test-database';
import { DATA_URL, SAFE_BLOG_URL, SAFE_UPDATE_LINK, SCRIPT_URL, storeUnsafeLinks, UNSAFE_LINKS_PROJECT } from '../../../test/unsafe-links';

describe('links stored that the API would refuse today', () => {
  it('still answers the project, as stored, in the shape the app reads', async () => {
    const { app, db } = await createTestApp();
    await storeUnsafeLinks(db);

    const project = await getJson(app, `/api/projects/${UNSAFE_LINKS_PROJECT}`, projectDetailSchema);

    // The API reports what is stored; the app decides, link by link, what may be followed.
    expect(project).toMatchObject({ websiteUrl: SCRIPT_URL, repositoryUrl: DATA_URL, blogUrl: SAFE_BLOG_URL });
    expect(project.showAndTells.map(({ slidesUrl, recordingUrl }) => ({ slidesUrl, recordingUrl }))).toEqual([{ slidesUrl: SCRIPT_URL, recordingUrl: DATA_URL }]);
    expect(project.outputs.map(({ title, url }) => ({ title, url }))).toEqual(
      expect.arrayContaining([
        { title: 'Theory of Change', url: SCRIPT_URL },
        { title: 'Digital Leaders Week 2022 talk by Mike Connell', url: DATA_URL },
      ]),
    );
    expect(project.updates[0]?.links).toEqual([
      { title: 'Register for Mike’s session', url: SCRIPT_URL },
      { title: 'The talk’s slides', url: DATA_URL },
      SAFE_UPDATE_LINK,
    ]);
  });

  it('still answers every list and page that carries them', async () => {
    const { app, db } = await createTestApp();
    await storeUnsafeLinks(db);

    const { updates } = await getJson(app, `/api/projects/${UNSAFE_LINKS_PROJECT}/updates`, updatePageSchema);
    expect(updates[0]?.links.map((link) => link.url)).toEqual([SCRIPT_URL, DATA_URL, SAFE_UPDATE_LINK.url]);
    const { projects } = await getJson(app, '/api/projects', projectListSchema);
    expect(projects.find((card) => card.slug === UNSAFE_LINKS_PROJECT)?.latestShowAndTell).toMatchObject({ slidesUrl: SCRIPT_URL, recordingUrl: DATA_URL });
    const { organisations } = await getJson(app, '/api/organisations', organisationListSchema);
    expect(organisations.find((organisation) => organisation.slug === 'rugby-borough-council')?.website).toBe(SCRIPT_URL);
    const rugby = await getJson(app, '/api/organisations/rugby-borough-council', organisationDetailSchema);
    expect(rugby.website).toBe(SCRIPT_URL);
    expect(rugby.leads.find((entry) => entry.project.slug === UNSAFE_LINKS_PROJECT)?.project.latestShowAndTell?.slidesUrl).toBe(SCRIPT_URL);
  });

  it.each([SCRIPT_URL, DATA_URL])('refuses to store %s as a project link, naming the field', async (url) => {
    const { app } = await createAccountsTestApp();
    const rugby = await signIn(app, DEMO.rugby);
    const before = await readJson(await sendRequest(app, 'GET', `/api/projects/${UNSAFE_LINKS_PROJECT}`, { cookie: rugby }), projectDetailSchema);

    const refused = await readError(
      await sendRequest(app, 'PATCH', `/api/projects/${UNSAFE_LINKS_PROJECT}/links`, { cookie: rugby, body: { websiteUrl: url, version: before.version } }),
      400,
    );

    expect(refused.fields?.websiteUrl).toEqual(['Enter a link that starts with https://, http:// or mailto:']);
    const after = await readJson(await sendRequest(app, 'GET', `/api/projects/${UNSAFE_LINKS_PROJECT}`, { cookie: rugby }), projectDetailSchema);
    expect(after.websiteUrl).toBe(before.websiteUrl);
  });
});
