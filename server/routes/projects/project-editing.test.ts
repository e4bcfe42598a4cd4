import { describe, expect, it } from 'vitest';
import { conflictReplySchema } from '../../../src/domain/conflict';
import { organisationDetailSchema } from '../../../src/domain/organisation-detail';
import { projectDetailSchema } from '../../../src/domain/project';
import { getJson, readError, readJson, sendRequest } from '../../../test/api-request';
import { contentsOf, historyOf, projectPage, signedInWorld, slugsListed } from '../../../test/editing';

const PLANNING = {
  name: 'Digital Planning Register',
  summary: 'One register of planning applications for every partner council.',
  fundingStream: 'Local Digital Fund',
  leads: [{ organisation: 'rugby-borough-council' }],
};

describe('POST /api/projects', () => {
  it('adds a project with an address made from its name, led as chosen, which the portfolio then lists', async () => {
    const { app, manager } = await signedInWorld();

    const project = await readJson(await sendRequest(app, 'POST', '/api/projects', { cookie: manager, body: PLANNING }), projectDetailSchema, 201);

    expect(project).toMatchObject({
      slug: 'digital-planning-register',
      name: 'Digital Planning Register',
      summary: 'One register of planning applications for every partner council.',
      status: 'active',
      fundingStream: 'Local Digital Fund',
      version: 1,
      leads: [{ slug: 'rugby-borough-council', name: 'Rugby Borough Council', kind: 'council' }],
      phases: [],
      currentPhase: null,
      latestUpdateOn: null,
    });
    expect(await projectPage(app, 'digital-planning-register', manager)).toEqual(project);
    expect(await slugsListed(app, 'q=planning register')).toEqual(['digital-planning-register']);
    expect(await slugsListed(app, 'organisation=rugby-borough-council')).toEqual(['digital-planning-register', 'digital-waste-service']);
    const rugby = await getJson(app, '/api/organisations/rugby-borough-council', organisationDetailSchema);
    expect(rugby.leads.map((entry) => entry.project.slug)).toEqual(['digital-planning-register', 'digital-waste-service']);
    const entries = await historyOf(app, 'digital-planning-register', manager);
    expect(entries.map((entry) => [entry.actorName, entry.recordType, entry.action])).toEqual([
      ['Demo Manager', 'partnership', 'create'],
      ['Demo Manager', 'project', 'create'],
    ]);
    expect(entries[1]?.changes).toContainEqual({ field: 'name', before: null, after: 'Digital Planning Register' });
  });

  it('makes the address unique when a project of that name exists, and leads it by a new organisation', async () => {
    const { app, manager } = await signedInWorld();

    const project = await readJson(
      await sendRequest(app, 'POST', '/api/projects', {
        cookie: manager,
        body: { name: 'Housing  Repairs!', status: 'paused', leads: [{ newOrganisation: { name: 'Bolsover District Council', kind: 'council' } }, { organisation: 'city-of-lincoln-council' }] },
      }),
      projectDetailSchema,
      201,
    );

    expect(project).toMatchObject({ slug: 'housing-repairs-2', name: 'Housing  Repairs!', status: 'paused', summary: null, fundingStream: null });
    expect(project.leads.map((lead) => lead.slug)).toEqual(['bolsover-district-council', 'city-of-lincoln-council']);
    expect(await slugsListed(app, 'q=housing repairs')).toEqual(['housing-repairs', 'housing-repairs-2']);
  });

  it('never gives a project the address of the app’s own page for adding one', async () => {
    const { app, manager } = await signedInWorld();

    const project = await readJson(
      await sendRequest(app, 'POST', '/api/projects', { cookie: manager, body: { name: 'New', leads: [{ organisation: 'city-of-lincoln-council' }] } }),
      projectDetailSchema,
      201,
    );

    expect(project.slug).toBe('new-2');
  });

  it('gives two projects of one name added at once an address each', async () => {
    const { app, manager } = await signedInWorld();

    const responses = await Promise.all([1, 2, 3].map(() => sendRequest(app, 'POST', '/api/projects', { cookie: manager, body: PLANNING })));

    expect(responses.map((response) => response.status)).toEqual([201, 201, 201]);
    expect(await slugsListed(app, 'q=digital planning register')).toEqual(['digital-planning-register', 'digital-planning-register-2', 'digital-planning-register-3']);
  });

  it.each([
    ['nothing at all', {}, ['leads', 'name']],
    ['a blank name', { ...PLANNING, name: '   ' }, ['name']],
    ['a name of only punctuation', { ...PLANNING, name: '!!!' }, ['name']],
    ['a name of 201 characters', { ...PLANNING, name: 'x'.repeat(201) }, ['name']],
    ['a summary of 2001 characters', { ...PLANNING, summary: 'x'.repeat(2001) }, ['summary']],
    ['a status that is not one', { ...PLANNING, status: 'finished' }, ['status']],
    ['a funding stream of 201 characters', { ...PLANNING, fundingStream: 'x'.repeat(201) }, ['fundingStream']],
    ['no lead', { ...PLANNING, leads: [] }, ['leads']],
    ['a lead that is no organisation', { ...PLANNING, leads: [{}] }, ['leads.0.organisation']],
    ['a lead not in the portfolio', { ...PLANNING, leads: [{ organisation: 'no-such-council' }] }, ['leads.0.organisation']],
    ['a new lead already in the portfolio', { ...PLANNING, leads: [{ newOrganisation: { name: 'Rugby Borough Council', kind: 'council' } }] }, ['leads.0.newOrganisation.name']],
    ['the same lead twice', { ...PLANNING, leads: [{ organisation: 'rugby-borough-council' }, { organisation: 'rugby-borough-council' }] }, ['leads.1.organisation']],
  ])('refuses %s with a 400 naming each field, and saves nothing', async (_case, body, fields) => {
    const { app, db, manager } = await signedInWorld();
    const before = await contentsOf(db);

    const error = await readError(await sendRequest(app, 'POST', '/api/projects', { cookie: manager, body }), 400);

    expect(Object.keys(error.fields ?? {}).sort()).toEqual(fields);
    expect(await contentsOf(db)).toEqual(before);
  });

  it('says what is wrong in words a person understands', async () => {
    const { app, manager } = await signedInWorld();

    const error = await readError(await sendRequest(app, 'POST', '/api/projects', { cookie: manager, body: { name: '', status: 'done', leads: [] } }), 400);

    expect(error.fields).toEqual({
      name: ['Enter the name of the project'],
      status: ['Choose a status: active, paused, completed or stopped'],
      leads: ['Choose the organisation that leads the project'],
    });
  });

  it('is for managers: 401 and 403 otherwise', async () => {
    const { app, db, rugby, engagement } = await signedInWorld();
    const before = await contentsOf(db);

    await readError(await sendRequest(app, 'POST', '/api/projects', { body: PLANNING }), 401);
    await readError(await sendRequest(app, 'POST', '/api/projects', { cookie: rugby, body: PLANNING }), 403);
    await readError(await sendRequest(app, 'POST', '/api/projects', { cookie: engagement, body: PLANNING }), 403);
    expect(await contentsOf(db)).toEqual(before);
  });
});

describe('PATCH /api/projects/:slug', () => {
  it('renames a project, keeping its address, and the portfolio sorts and finds it by the new name', async () => {
    const { app, manager } = await signedInWorld();
    // A first read works out every seeded project's stored fields, so what follows shows what the change itself stored.
    expect(await slugsListed(app, 'q=recycling')).toEqual([]);

    const project = await readJson(
      await sendRequest(app, 'PATCH', '/api/projects/digital-waste-service', {
        cookie: manager,
        body: { version: 1, name: 'Waste and Recycling Online', status: 'paused', fundingStream: 'Local Digital Fund', summary: '' },
      }),
      projectDetailSchema,
    );

    expect(project).toMatchObject({ slug: 'digital-waste-service', name: 'Waste and Recycling Online', status: 'paused', fundingStream: 'Local Digital Fund', summary: null, version: 2 });
    expect(await projectPage(app, 'digital-waste-service')).toMatchObject({ name: 'Waste and Recycling Online', version: 2 });
    expect(await slugsListed(app, 'q=recycling')).toEqual(['digital-waste-service']);
    expect(await slugsListed(app, 'status=paused')).toEqual(['digital-waste-service']);
    const names = (await slugsListed(app, '')).slice(-2);
    // Sorted by its new name: after "Task Management…".
    expect(names).toEqual(['task-management-for-neighbourhood-planning-services', 'digital-waste-service']);
    const [entry] = await historyOf(app, 'digital-waste-service', manager);
    expect(entry).toMatchObject({ actorName: 'Demo Manager', recordType: 'project', action: 'update' });
    expect(entry?.changes).toEqual([
      { field: 'name', before: 'Digital Waste Service', after: 'Waste and Recycling Online' },
      { field: 'status', before: 'active', after: 'paused' },
      { field: 'fundingStream', before: null, after: 'Local Digital Fund' },
    ]);
  });

  it('refuses a save from a stale version with 409 and the project as it stands, changing nothing', async () => {
    const { app, db, manager } = await signedInWorld();
    await readJson(await sendRequest(app, 'PATCH', '/api/projects/digital-waste-service', { cookie: manager, body: { version: 1, status: 'paused' } }), projectDetailSchema);
    const before = await contentsOf(db);

    const conflict = await readJson(
      await sendRequest(app, 'PATCH', '/api/projects/digital-waste-service', { cookie: manager, body: { version: 1, name: 'Bins' } }),
      conflictReplySchema,
      409,
    );

    expect(projectDetailSchema.parse(conflict.current)).toMatchObject({ name: 'Digital Waste Service', status: 'paused', version: 2 });
    expect(await contentsOf(db)).toEqual(before);
  });

  it('lets exactly one of several saves from one version through', async () => {
    const { app, manager } = await signedInWorld();

    const responses = await Promise.all(
      ['Bins', 'Waste', 'Recycling', 'Collections'].map((name) =>
        sendRequest(app, 'PATCH', '/api/projects/digital-waste-service', { cookie: manager, body: { version: 1, name } }),
      ),
    );

    expect(responses.map((response) => response.status).sort()).toEqual([200, 409, 409, 409]);
  });

  it.each([
    ['no version', { name: 'Bins' }, ['version']],
    ['a blank name', { version: 1, name: ' ' }, ['name']],
    ['no status', { version: 1, status: null }, ['status']],
    ['a summary of 2001 characters', { version: 1, summary: 'x'.repeat(2001) }, ['summary']],
  ])('refuses %s with a 400 naming each field, and changes nothing', async (_case, body, fields) => {
    const { app, db, manager } = await signedInWorld();
    const before = await contentsOf(db);

    const error = await readError(await sendRequest(app, 'PATCH', '/api/projects/digital-waste-service', { cookie: manager, body }), 400);

    expect(Object.keys(error.fields ?? {}).sort()).toEqual(fields);
    expect(await contentsOf(db)).toEqual(before);
  });

  it('is for managers: 401, 403 and 404 otherwise, whoever leads the project', async () => {
    const { app, rugby, lincoln, engagement, manager } = await signedInWorld();
    const body = { version: 1, name: 'Bins' };

    await readError(await sendRequest(app, 'PATCH', '/api/projects/digital-waste-service', { body }), 401);
    await readError(await sendRequest(app, 'PATCH', '/api/projects/digital-waste-service', { cookie: rugby, body }), 403);
    await readError(await sendRequest(app, 'PATCH', '/api/projects/digital-waste-service', { cookie: lincoln, body }), 403);
    await readError(await sendRequest(app, 'PATCH', '/api/projects/digital-waste-service', { cookie: engagement, body }), 403);
    await readError(await sendRequest(app, 'PATCH', '/api/projects/no-such-project', { cookie: manager, body }), 404);
  });
});
