import { describe, expect, it } from 'vitest';
import { conflictReplySchema } from '../../../src/domain/conflict';
import { organisationListSchema } from '../../../src/domain/organisation';
import { organisationDetailSchema } from '../../../src/domain/organisation-detail';
import { savedPartnershipSchema } from '../../../src/domain/partnership-input';
import { partnershipSchema } from '../../../src/domain/project';
import { getJson, readError, readJson, sendRequest } from '../../../test/api-request';
import { contentsOf, historyOf, projectPage, signedInWorld, slugsListed } from '../../../test/editing';

const DWS = 'digital-waste-service';
const ADD = `/api/projects/${DWS}/partnerships`;

/** Rugby's partnership as lead of Digital Waste Service. */
async function rugbyLead(world: Awaited<ReturnType<typeof signedInWorld>>) {
  const lead = (await projectPage(world.app, DWS)).partnerships.find((partnership) => partnership.role === 'lead');
  if (lead === undefined) throw new Error('Digital Waste Service has lost its lead');
  return lead;
}

describe('POST /api/projects/:slug/partnerships', () => {
  it('adds an organisation already in the portfolio, which the project and the organisation’s page then show', async () => {
    const { app, manager } = await signedInWorld();
    // A first read works out every seeded project's stored fields, so what follows shows what the change itself stored.
    expect(await slugsListed(app, 'q=lincoln')).toEqual(['housing-repairs']);

    const { partnership } = await readJson(
      await sendRequest(app, 'POST', ADD, {
        cookie: manager,
        body: { organisation: 'city-of-lincoln-council', role: 'partner', joinedOn: '2022-05-11', note: 'Shares its bin collection data' },
      }),
      savedPartnershipSchema,
      201,
    );

    expect(partnership).toMatchObject({
      version: 1,
      organisation: { slug: 'city-of-lincoln-council', name: 'City of Lincoln Council', kind: 'council' },
      role: 'partner',
      phaseId: null,
      joinedOn: '2022-05-11',
      leftOn: null,
      note: 'Shares its bin collection data',
    });
    expect((await projectPage(app, DWS)).partnerships).toContainEqual(partnership);
    const lincoln = await getJson(app, '/api/organisations/city-of-lincoln-council', organisationDetailSchema);
    expect(lincoln.partners.map((entry) => entry.project.slug)).toEqual([DWS]);
    // The project's search text holds its organisations' names.
    expect(await slugsListed(app, 'q=lincoln')).toEqual([DWS, 'housing-repairs']);
    const [entry] = await historyOf(app, DWS, manager);
    expect(entry).toMatchObject({ actorName: 'Demo Manager', recordType: 'partnership', recordId: partnership.id, action: 'create' });
    expect(entry?.changes).toContainEqual({ field: 'organisation', before: null, after: 'City of Lincoln Council' });
  });

  it('adds a new organisation, with an address made from its name, when none is chosen', async () => {
    const { app, manager } = await signedInWorld();

    const { partnership } = await readJson(
      await sendRequest(app, 'POST', ADD, {
        cookie: manager,
        body: { newOrganisation: { name: 'Warwick District Council', kind: 'council' }, role: 'partner' },
      }),
      savedPartnershipSchema,
      201,
    );

    expect(partnership.organisation).toEqual({ slug: 'warwick-district-council', name: 'Warwick District Council', kind: 'council' });
    const found = await getJson(app, '/api/organisations?q=warwick', organisationListSchema);
    expect(found.organisations).toEqual([
      { slug: 'warwick-district-council', name: 'Warwick District Council', kind: 'council', website: null, leadCount: 0, partnerCount: 1 },
    ]);
  });

  it('adds a lead as a partnership with the role of lead, which the project then names among its leads', async () => {
    const { app, manager } = await signedInWorld();

    await readJson(
      await sendRequest(app, 'POST', ADD, { cookie: manager, body: { newOrganisation: { name: 'Warwickshire County Council', kind: 'council' }, role: 'lead' } }),
      savedPartnershipSchema,
      201,
    );

    expect((await projectPage(app, DWS)).leads.map((lead) => lead.name)).toEqual(['Rugby Borough Council', 'Warwickshire County Council']);
  });

  it('ties an organisation to one phase of the project, and then counts it only while that phase is current', async () => {
    const { app, manager } = await signedInWorld();
    const [, sprints8and9] = (await projectPage(app, DWS)).phases;

    const { partnership } = await readJson(
      await sendRequest(app, 'POST', ADD, { cookie: manager, body: { organisation: 'foundation-sp', role: 'delivery_partner', phaseId: sprints8and9?.id } }),
      savedPartnershipSchema,
      201,
    );

    expect(partnership.phaseId).toBe(sprints8and9?.id);
    const detail = await getJson(app, '/api/organisations/foundation-sp', organisationDetailSchema);
    expect(detail.partners.find((entry) => entry.project.slug === DWS)).toMatchObject({ current: true, phases: ['Sprints 8 and 9, funded from underspend'] });
  });

  it('stores empty optional fields as nothing, never as empty text', async () => {
    const { app, manager } = await signedInWorld();

    const { partnership } = await readJson(
      await sendRequest(app, 'POST', ADD, { cookie: manager, body: { organisation: 'foundation-sp', role: 'partner', joinedOn: '', leftOn: null, note: '  ' } }),
      savedPartnershipSchema,
      201,
    );

    expect(partnership).toMatchObject({ joinedOn: null, leftOn: null, note: null, phaseId: null });
  });

  it.each([
    ['nothing at all', {}, ['organisation', 'role']],
    ['no organisation', { role: 'partner' }, ['organisation']],
    ['both a chosen and a new organisation', { organisation: 'foundation-sp', newOrganisation: { name: 'Foundation', kind: 'supplier' }, role: 'partner' }, ['organisation']],
    ['an organisation that is not a slug', { organisation: 'Foundation SP', role: 'partner' }, ['organisation']],
    ['an organisation not in the portfolio', { organisation: 'no-such-council', role: 'partner' }, ['organisation']],
    ['a new organisation with no name', { newOrganisation: { name: '  ', kind: 'council' }, role: 'partner' }, ['newOrganisation.name']],
    ['a new organisation of no known kind', { newOrganisation: { name: 'Warwick District Council', kind: 'borough' }, role: 'partner' }, ['newOrganisation.kind']],
    ['a new organisation of only punctuation', { newOrganisation: { name: '???', kind: 'council' }, role: 'partner' }, ['newOrganisation.name']],
    ['a new organisation already in the portfolio', { newOrganisation: { name: 'city of lincoln council', kind: 'council' }, role: 'partner' }, ['newOrganisation.name']],
    ['a name of 201 characters', { newOrganisation: { name: 'x'.repeat(201), kind: 'council' }, role: 'partner' }, ['newOrganisation.name']],
    ['a role that is not one', { organisation: 'foundation-sp', role: 'sponsor' }, ['role']],
    ['an impossible day it joined', { organisation: 'foundation-sp', role: 'partner', joinedOn: '2026-02-31' }, ['joinedOn']],
    ['leaving before joining', { organisation: 'foundation-sp', role: 'partner', joinedOn: '2022-05-11', leftOn: '2022-04' }, ['leftOn']],
    ['a phase of another project', { organisation: 'foundation-sp', role: 'partner', phaseId: 1 }, ['phaseId']],
    ['a phase that is not a number', { organisation: 'foundation-sp', role: 'partner', phaseId: 'alpha' }, ['phaseId']],
    ['a phase no record could be', { organisation: 'foundation-sp', role: 'partner', phaseId: 99999999999 }, ['phaseId']],
    ['a note of 1001 characters', { organisation: 'foundation-sp', role: 'partner', note: 'x'.repeat(1001) }, ['note']],
    ['the same organisation in the same role again', { organisation: 'rugby-borough-council', role: 'lead' }, ['organisation']],
  ])('refuses %s with a 400 naming each field, and saves nothing', async (_case, body, fields) => {
    const { app, db, manager } = await signedInWorld();
    const before = await contentsOf(db);

    const error = await readError(await sendRequest(app, 'POST', ADD, { cookie: manager, body }), 400);

    expect(Object.keys(error.fields ?? {}).sort()).toEqual(fields);
    expect(await contentsOf(db)).toEqual(before);
  });

  it('says what is wrong in words a person understands', async () => {
    const { app, manager } = await signedInWorld();

    const twin = await readError(
      await sendRequest(app, 'POST', ADD, { cookie: manager, body: { newOrganisation: { name: 'Rugby  borough council', kind: 'council' }, role: 'partner' } }),
      400,
    );
    const dates = await readError(
      await sendRequest(app, 'POST', ADD, { cookie: manager, body: { organisation: 'foundation-sp', role: 'partner', joinedOn: '2022-05', leftOn: '2022-04-30' } }),
      400,
    );

    expect(twin.fields).toEqual({ 'newOrganisation.name': ['Rugby Borough Council is already in the portfolio: choose it from the list instead'] });
    expect(dates.fields).toEqual({ leftOn: ['The date it left must be the same as or after the date it joined'] });
  });

  it('adds a new organisation once when it is added to several projects at once', async () => {
    const { app, db, manager } = await signedInWorld();
    const body = { newOrganisation: { name: 'Warwick District Council', kind: 'council' }, role: 'partner' };

    const responses = await Promise.all(
      [DWS, 'housing-repairs', 'revs-and-bens'].map((slug) => sendRequest(app, 'POST', `/api/projects/${slug}/partnerships`, { cookie: manager, body })),
    );

    expect(responses.map((response) => response.status).sort()).toEqual([201, 400, 400]);
    expect(await db.selectFrom('organisations').select('slug').where('name', '=', 'Warwick District Council').execute()).toEqual([{ slug: 'warwick-district-council' }]);
  });

  it('is for managers: 401, 403 and 404 otherwise', async () => {
    const { app, rugby, lincoln, engagement, manager } = await signedInWorld();
    const body = { organisation: 'foundation-sp', role: 'partner' };

    await readError(await sendRequest(app, 'POST', ADD, { body }), 401);
    await readError(await sendRequest(app, 'POST', ADD, { cookie: rugby, body }), 403);
    await readError(await sendRequest(app, 'POST', ADD, { cookie: lincoln, body }), 403);
    await readError(await sendRequest(app, 'POST', ADD, { cookie: engagement, body }), 403);
    await readError(await sendRequest(app, 'POST', '/api/projects/no-such-project/partnerships', { cookie: manager, body }), 404);
  });
});

describe('PATCH /api/partnerships/:id', () => {
  it('records an organisation leaving, which its page then shows as a former partner, with before and after', async () => {
    const world = await signedInWorld();
    const { partnership } = await readJson(
      await sendRequest(world.app, 'POST', ADD, { cookie: world.manager, body: { organisation: 'foundation-sp', role: 'partner', joinedOn: '2022-04' } }),
      savedPartnershipSchema,
      201,
    );

    const saved = await readJson(
      await sendRequest(world.app, 'PATCH', `/api/partnerships/${String(partnership.id)}`, {
        cookie: world.manager,
        body: { version: 1, leftOn: '2022-05-11', role: 'delivery_partner' },
      }),
      savedPartnershipSchema,
    );

    expect(saved.partnership).toMatchObject({ version: 2, role: 'delivery_partner', joinedOn: '2022-04', leftOn: '2022-05-11' });
    const detail = await getJson(world.app, '/api/organisations/foundation-sp', organisationDetailSchema);
    expect(detail.partners.find((entry) => entry.project.slug === DWS)).toMatchObject({ current: false, leftOn: '2022-05-11' });
    const [entry] = await historyOf(world.app, DWS, world.manager);
    expect(entry).toMatchObject({ actorName: 'Demo Manager', recordType: 'partnership', recordId: partnership.id, action: 'update' });
    expect(entry?.changes).toEqual([
      { field: 'role', before: 'partner', after: 'delivery_partner' },
      { field: 'leftOn', before: null, after: '2022-05-11' },
    ]);
  });

  it('changes a lead into a partner, which the project page then shows', async () => {
    const world = await signedInWorld();
    const lead = await rugbyLead(world);

    await readJson(
      await sendRequest(world.app, 'PATCH', `/api/partnerships/${String(lead.id)}`, { cookie: world.manager, body: { version: 1, role: 'partner' } }),
      savedPartnershipSchema,
    );

    expect((await projectPage(world.app, DWS)).leads).toEqual([]);
  });

  it.each([
    ['leaving before joining, against the date it joined as it stands', { leftOn: '2022-03' }, { leftOn: ['The date it left must be the same as or after the date it joined'] }],
    ['a phase of another project', { phaseId: 1 }, { phaseId: ['Choose a phase of this project'] }],
    ['a role that is not one', { role: 'sponsor' }, { role: ['Choose a role: lead, partner, delivery partner or supplier, or research partner'] }],
    ['an impossible date', { joinedOn: '2022-13' }, { joinedOn: ['Enter a real date, for example 27 3 2026'] }],
  ])('refuses %s, changing nothing', async (_case, change, fields) => {
    const world = await signedInWorld();
    const { partnership } = await readJson(
      await sendRequest(world.app, 'POST', ADD, { cookie: world.manager, body: { organisation: 'foundation-sp', role: 'partner', joinedOn: '2022-04-07' } }),
      savedPartnershipSchema,
      201,
    );
    const before = await contentsOf(world.db);

    const error = await readError(
      await sendRequest(world.app, 'PATCH', `/api/partnerships/${String(partnership.id)}`, { cookie: world.manager, body: { version: 1, ...change } }),
      400,
    );

    expect(error.fields).toEqual(fields);
    expect(await contentsOf(world.db)).toEqual(before);
  });

  it('refuses a save from a stale version with 409 and the partnership as it stands, changing nothing', async () => {
    const world = await signedInWorld();
    const path = `/api/partnerships/${String((await rugbyLead(world)).id)}`;
    await readJson(await sendRequest(world.app, 'PATCH', path, { cookie: world.manager, body: { version: 1, note: 'Leads the partner councils' } }), savedPartnershipSchema);
    const before = await contentsOf(world.db);

    const conflict = await readJson(await sendRequest(world.app, 'PATCH', path, { cookie: world.manager, body: { version: 1, role: 'partner' } }), conflictReplySchema, 409);

    expect(partnershipSchema.parse(conflict.current)).toMatchObject({ role: 'lead', note: 'Leads the partner councils', version: 2 });
    expect(await contentsOf(world.db)).toEqual(before);
  });

  it('lets exactly one of several saves from one version through', async () => {
    const world = await signedInWorld();
    const path = `/api/partnerships/${String((await rugbyLead(world)).id)}`;

    const responses = await Promise.all(
      ['one', 'two', 'three', 'four'].map((note) => sendRequest(world.app, 'PATCH', path, { cookie: world.manager, body: { version: 1, note } })),
    );

    expect(responses.map((response) => response.status).sort()).toEqual([200, 409, 409, 409]);
  });

  it('never ties a partnership to a phase that is being removed: one of the two is refused', async () => {
    const world = await signedInWorld();
    const lead = await rugbyLead(world);
    const [upTo7] = (await projectPage(world.app, DWS)).phases;

    const [moved, removed] = await Promise.all([
      sendRequest(world.app, 'PATCH', `/api/partnerships/${String(lead.id)}`, { cookie: world.manager, body: { version: 1, phaseId: upTo7?.id } }),
      sendRequest(world.app, 'DELETE', `/api/phases/${String(upTo7?.id)}`, { cookie: world.manager, body: { version: 1 } }),
    ]);

    // Whichever came second is refused: the phase is kept with Rugby tied to it, or removed with Rugby untouched.
    const project = await projectPage(world.app, DWS);
    const rugby = project.partnerships.find((partnership) => partnership.id === lead.id);
    if (moved.status === 200) {
      expect(removed.status).toBe(400);
      expect(rugby?.phaseId).toBe(upTo7?.id);
      expect(project.phases.map((phase) => phase.id)).toContain(upTo7?.id);
    } else {
      expect([moved.status, removed.status]).toEqual([400, 204]);
      expect(rugby?.phaseId).toBeNull();
      expect(project.phases.map((phase) => phase.id)).not.toContain(upTo7?.id);
    }
  });

  it('refuses unknown ids and people who may not change it', async () => {
    const world = await signedInWorld();
    const lead = await rugbyLead(world);
    const path = `/api/partnerships/${String(lead.id)}`;

    await readError(await sendRequest(world.app, 'PATCH', path, { body: { version: 1, note: 'x' } }), 401);
    await readError(await sendRequest(world.app, 'PATCH', path, { cookie: world.rugby, body: { version: 1, note: 'x' } }), 403);
    await readError(await sendRequest(world.app, 'PATCH', path, { cookie: world.engagement, body: { version: 1, note: 'x' } }), 403);
    for (const id of ['999999', `0${String(lead.id)}`, '99999999999']) {
      await readError(await sendRequest(world.app, 'PATCH', `/api/partnerships/${id}`, { cookie: world.manager, body: { version: 1, note: 'x' } }), 404);
    }
  });
});

describe('DELETE /api/partnerships/:id', () => {
  it('removes a partnership, which the project and the search then no longer show, keeping it in the history', async () => {
    const world = await signedInWorld();
    const lead = await rugbyLead(world);
    expect(await slugsListed(world.app, 'q=rugby')).toEqual([DWS]);

    const response = await sendRequest(world.app, 'DELETE', `/api/partnerships/${String(lead.id)}`, { cookie: world.manager, body: { version: 1 } });

    expect(response.status).toBe(204);
    const project = await projectPage(world.app, DWS);
    expect(project.partnerships).toEqual([]);
    expect(project.leads).toEqual([]);
    expect(await slugsListed(world.app, 'q=rugby')).toEqual([]);
    const [entry] = await historyOf(world.app, DWS, world.manager);
    expect(entry).toMatchObject({ actorName: 'Demo Manager', recordType: 'partnership', recordId: lead.id, action: 'delete' });
    expect(entry?.changes).toContainEqual({ field: 'organisation', before: 'Rugby Borough Council', after: null });
  });

  it('refuses a stale version with 409, changing nothing, and lets one of several removals through', async () => {
    const world = await signedInWorld();
    const path = `/api/partnerships/${String((await rugbyLead(world)).id)}`;
    await readJson(await sendRequest(world.app, 'PATCH', path, { cookie: world.manager, body: { version: 1, note: 'Leads' } }), savedPartnershipSchema);
    const before = await contentsOf(world.db);

    const conflict = await readJson(await sendRequest(world.app, 'DELETE', path, { cookie: world.manager, body: { version: 1 } }), conflictReplySchema, 409);
    expect(partnershipSchema.parse(conflict.current)).toMatchObject({ note: 'Leads', version: 2 });
    expect(await contentsOf(world.db)).toEqual(before);

    const responses = await Promise.all([1, 2].map(() => sendRequest(world.app, 'DELETE', path, { cookie: world.manager, body: { version: 2 } })));
    expect(responses.map((response) => response.status).sort()).toEqual([204, 404]);
  });

  it('refuses people who may not remove it, and a removal without a version', async () => {
    const world = await signedInWorld();
    const path = `/api/partnerships/${String((await rugbyLead(world)).id)}`;
    const before = await contentsOf(world.db);

    await readError(await sendRequest(world.app, 'DELETE', path, { body: { version: 1 } }), 401);
    await readError(await sendRequest(world.app, 'DELETE', path, { cookie: world.rugby, body: { version: 1 } }), 403);
    await readError(await sendRequest(world.app, 'DELETE', path, { cookie: world.lincoln, body: { version: 1 } }), 403);
    const error = await readError(await sendRequest(world.app, 'DELETE', path, { cookie: world.manager, body: { version: 0 } }), 400);
    expect(Object.keys(error.fields ?? {})).toEqual(['version']);
    expect(await contentsOf(world.db)).toEqual(before);
  });
});
