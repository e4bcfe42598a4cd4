import { describe, expect, it } from 'vitest';
import { conflictReplySchema } from '../../../src/domain/conflict';
import { savedPhaseSchema, startedPhaseSchema } from '../../../src/domain/phase-input';
import { phaseSchema } from '../../../src/domain/project';
import { readError, readJson, sendRequest } from '../../../test/api-request';
import { contentsOf, historyOf, projectPage, signedInWorld, slugsListed } from '../../../test/editing';

const DWS = 'digital-waste-service';
const ADD = `/api/projects/${DWS}/phases`;
const NEXT = `/api/projects/${DWS}/phases/next`;

const PRIVATE_BETA = {
  kind: 'beta',
  label: 'Private beta',
  status: 'planned',
  startedOn: '2022-06-08',
  plannedWeeks: 12,
  fundingAmountPounds: 350000,
  fundingStream: 'Local Digital Fund',
};

/** Digital Waste Service's phases as the seed has them: the sprints up to 7, then sprints 8 and 9. */
async function dwsPhases(world: Awaited<ReturnType<typeof signedInWorld>>) {
  const { phases } = await projectPage(world.app, DWS);
  const [upTo7, sprints8and9] = phases;
  if (upTo7 === undefined || sprints8and9 === undefined) throw new Error('Digital Waste Service has lost its phases');
  return { upTo7, sprints8and9 };
}

describe('POST /api/projects/:slug/phases', () => {
  it('adds a phase after the last, which the project page then shows, and records who added it', async () => {
    const { app, manager } = await signedInWorld();

    const { phase } = await readJson(await sendRequest(app, 'POST', ADD, { cookie: manager, body: PRIVATE_BETA }), savedPhaseSchema, 201);

    expect(phase).toMatchObject({ ...PRIVATE_BETA, version: 1, position: 3, plannedEndOn: null, endedOn: null, outcome: null });
    const project = await projectPage(app, DWS);
    expect(project.phases.map((each) => each.label)).toEqual(['Sprints up to Sprint 7', 'Sprints 8 and 9, funded from underspend', 'Private beta']);
    expect(project.phases.at(-1)).toEqual(phase);
    const [entry] = await historyOf(app, DWS, manager);
    expect(entry).toMatchObject({ actorName: 'Demo Manager', recordType: 'phase', recordId: phase.id, action: 'create' });
    expect(entry?.changes).toContainEqual({ field: 'kind', before: null, after: 'beta' });
    expect(entry?.changes).toContainEqual({ field: 'fundingAmountPounds', before: null, after: 350000 });
  });

  it('makes a phase that has started the current one, so the portfolio finds the project by it', async () => {
    const { app, manager } = await signedInWorld();
    expect(await slugsListed(app, 'phase=live')).toEqual([]);

    await readJson(await sendRequest(app, 'POST', ADD, { cookie: manager, body: { kind: 'live', status: 'in_progress' } }), savedPhaseSchema, 201);

    expect(await slugsListed(app, 'phase=live')).toEqual([DWS]);
    expect((await projectPage(app, DWS)).currentPhase).toBe('live');
  });

  it('stores empty optional fields as nothing, never as empty text', async () => {
    const { app, manager } = await signedInWorld();

    const { phase } = await readJson(
      await sendRequest(app, 'POST', ADD, {
        cookie: manager,
        body: { kind: 'alpha', label: '  ', startedOn: '', plannedEndOn: '', endedOn: null, fundingStream: '', outcome: ' ' },
      }),
      savedPhaseSchema,
      201,
    );

    expect(phase).toMatchObject({ kind: 'alpha', label: null, status: null, startedOn: null, plannedEndOn: null, endedOn: null, fundingStream: null, outcome: null });
  });

  it('keeps the free-text name of a phase of another kind, listed with the other kinds of work', async () => {
    const { app, manager } = await signedInWorld();

    const { phase } = await readJson(
      await sendRequest(app, 'POST', ADD, { cookie: manager, body: { kind: 'other', label: 'Continuous funding phase', status: 'in_progress' } }),
      savedPhaseSchema,
      201,
    );

    expect(phase).toMatchObject({ kind: 'other', label: 'Continuous funding phase' });
    expect((await projectPage(app, DWS)).currentPhase).toBe('other');
    // Decision 0015: `other` gathers unrelated work, but the overview counts it, so its figure links to exactly these.
    expect(await slugsListed(app, 'phase=other')).toEqual(['digital-inclusion-toolkit', 'digital-waste-service', 'savvi']);
    const refused = await readError(await sendRequest(app, 'GET', '/api/projects?phase=gamma'), 400);
    expect(refused.fields).toEqual({ phase: ['Choose a phase: discovery, alpha, beta, live, other or unknown'] });
  });

  it.each([
    ['nothing at all', {}, ['kind']],
    ['a kind that is not one', { kind: 'gamma' }, ['kind']],
    ['no kind', { kind: null, label: 'Sprints 10 and 11' }, ['kind']],
    ['another kind with no name', { kind: 'other' }, ['label']],
    ['another kind with a blank name', { kind: 'other', label: '   ' }, ['label']],
    ['a name of 201 characters', { kind: 'beta', label: 'x'.repeat(201) }, ['label']],
    ['an impossible start', { kind: 'beta', startedOn: '2026-02-31' }, ['startedOn']],
    ['a start written another way', { kind: 'beta', startedOn: '8/6/2022' }, ['startedOn']],
    ['a start that is a number', { kind: 'beta', startedOn: 20220608 }, ['startedOn']],
    ['an end before the start', { kind: 'beta', startedOn: '2022-06-08', endedOn: '2022-06-07' }, ['endedOn']],
    ['an end a month before the start', { kind: 'beta', startedOn: '2022-06-08', endedOn: '2022-05' }, ['endedOn']],
    ['a planned end before the start', { kind: 'beta', startedOn: '2022-06', plannedEndOn: '2022-05-31' }, ['plannedEndOn']],
    ['both a length and a planned end', { kind: 'beta', plannedWeeks: 12, plannedEndOn: '2022-09-01' }, ['plannedEndOn']],
    ['a length of 0 weeks', { kind: 'beta', plannedWeeks: 0 }, ['plannedWeeks']],
    ['a length of 1.5 weeks', { kind: 'beta', plannedWeeks: 1.5 }, ['plannedWeeks']],
    ['a length as text', { kind: 'beta', plannedWeeks: '12' }, ['plannedWeeks']],
    ['a length of 521 weeks', { kind: 'beta', plannedWeeks: 521 }, ['plannedWeeks']],
    ['funding in pence', { kind: 'beta', fundingAmountPounds: 1000.5 }, ['fundingAmountPounds']],
    ['negative funding', { kind: 'beta', fundingAmountPounds: -1 }, ['fundingAmountPounds']],
    ['funding written with a pound sign', { kind: 'beta', fundingAmountPounds: '£350,000' }, ['fundingAmountPounds']],
    ['a status that is not one', { kind: 'beta', status: 'done' }, ['status']],
    ['a funding stream of 201 characters', { kind: 'beta', fundingStream: 'x'.repeat(201) }, ['fundingStream']],
    ['an outcome of 5001 characters', { kind: 'beta', outcome: 'x'.repeat(5001) }, ['outcome']],
  ])('refuses %s with a 400 naming each field, and saves nothing', async (_case, body, fields) => {
    const { app, db, manager } = await signedInWorld();
    const before = await contentsOf(db);

    const error = await readError(await sendRequest(app, 'POST', ADD, { cookie: manager, body }), 400);

    expect(Object.keys(error.fields ?? {}).sort()).toEqual(fields);
    expect(await contentsOf(db)).toEqual(before);
  });

  it('says what is wrong in words a person understands', async () => {
    const { app, manager } = await signedInWorld();

    const error = await readError(
      await sendRequest(app, 'POST', ADD, { cookie: manager, body: { kind: 'other', startedOn: '2026-02-31', endedOn: '2022-01-01', plannedWeeks: 0 } }),
      400,
    );

    expect(error.fields).toEqual({
      label: ['Enter a name for this phase, like Continuous funding phase'],
      startedOn: ['Enter a real date, for example 27 3 2026'],
      plannedWeeks: ['Enter the planned length as a whole number of weeks, like 12'],
    });
  });

  it('is for managers: 401, 403 and 404 otherwise', async () => {
    const { app, rugby, lincoln, engagement, manager } = await signedInWorld();

    await readError(await sendRequest(app, 'POST', ADD, { body: PRIVATE_BETA }), 401);
    // Rugby leads Digital Waste Service, but what LDCU funds is corrected by LDCU.
    await readError(await sendRequest(app, 'POST', ADD, { cookie: rugby, body: PRIVATE_BETA }), 403);
    await readError(await sendRequest(app, 'POST', ADD, { cookie: lincoln, body: PRIVATE_BETA }), 403);
    await readError(await sendRequest(app, 'POST', ADD, { cookie: engagement, body: PRIVATE_BETA }), 403);
    await readError(await sendRequest(app, 'POST', '/api/projects/no-such-project/phases', { cookie: manager, body: PRIVATE_BETA }), 404);
  });

  it('gives phases added at once positions of their own, in order', async () => {
    const { app, manager } = await signedInWorld();

    const responses = await Promise.all(
      ['alpha', 'beta', 'live'].map((kind) => sendRequest(app, 'POST', ADD, { cookie: manager, body: { kind, status: 'planned' } })),
    );

    expect(responses.map((response) => response.status)).toEqual([201, 201, 201]);
    const positions = (await projectPage(app, DWS)).phases.map((phase) => phase.position);
    expect(positions.slice(2).sort()).toEqual([3, 4, 5]);
  });
});

describe('PATCH /api/phases/:id', () => {
  it('gives Digital Waste Service its phase, which the portfolio then filters by, with before and after in the history', async () => {
    const world = await signedInWorld();
    const { app, manager } = world;
    const { sprints8and9 } = await dwsPhases(world);
    expect(await slugsListed(app, 'phase=beta')).not.toContain(DWS);

    const { phase } = await readJson(
      await sendRequest(app, 'PATCH', `/api/phases/${String(sprints8and9.id)}`, { cookie: manager, body: { version: 1, kind: 'beta', fundingAmountPounds: 40000 } }),
      savedPhaseSchema,
    );

    expect(phase).toMatchObject({ kind: 'beta', version: 2, label: 'Sprints 8 and 9, funded from underspend', fundingAmountPounds: 40000 });
    expect(await slugsListed(app, 'phase=beta')).toContain(DWS);
    expect((await projectPage(app, DWS)).currentPhase).toBe('beta');
    const [entry] = await historyOf(app, DWS, manager);
    expect(entry).toMatchObject({ actorName: 'Demo Manager', recordType: 'phase', recordId: sprints8and9.id, action: 'update' });
    expect(entry?.changes).toEqual([
      { field: 'kind', before: null, after: 'beta' },
      { field: 'fundingAmountPounds', before: null, after: 40000 },
    ]);
  });

  it('clears an optional field with an empty value, storing nothing', async () => {
    const world = await signedInWorld();
    const { sprints8and9 } = await dwsPhases(world);

    const { phase } = await readJson(
      await sendRequest(world.app, 'PATCH', `/api/phases/${String(sprints8and9.id)}`, { cookie: world.manager, body: { version: 1, label: '', plannedEndOn: '' } }),
      savedPhaseSchema,
    );

    expect(phase).toMatchObject({ label: null, plannedEndOn: null, startedOn: '2022-05-11' });
  });

  it.each([
    // Sprints 8 and 9 start on 11 May 2022 and are planned to end on 7 June 2022.
    ['a planned length beside its planned end', { plannedWeeks: 4 }, { plannedEndOn: ['Enter the planned length in weeks or the planned end date, not both'] }],
    ['an end before its start', { endedOn: '2022-05-10' }, { endedOn: ['The end must be the same as or after the start'] }],
    ['a start after its planned end', { startedOn: '2022-06-08' }, { plannedEndOn: ['The planned end must be the same as or after the start'] }],
    ['another kind with its name removed', { kind: 'other', label: '' }, { label: ['Enter a name for this phase, like Continuous funding phase'] }],
    ['no kind at all', { kind: null }, { kind: ['Choose which phase it is: discovery, alpha, beta, live or another kind'] }],
    ['no version', { version: undefined, kind: 'beta' }, { version: ['Reload the page: the version of the record you changed is missing'] }],
  ])('refuses %s, checked against the phase as it stands, and changes nothing', async (_case, change, fields) => {
    const world = await signedInWorld();
    const { sprints8and9 } = await dwsPhases(world);
    const before = await contentsOf(world.db);

    const error = await readError(
      await sendRequest(world.app, 'PATCH', `/api/phases/${String(sprints8and9.id)}`, { cookie: world.manager, body: { version: 1, ...change } }),
      400,
    );

    expect(error.fields).toEqual(fields);
    expect(await contentsOf(world.db)).toEqual(before);
  });

  it('refuses a save from a stale version with 409 and the phase as it stands, changing nothing', async () => {
    const world = await signedInWorld();
    const { sprints8and9 } = await dwsPhases(world);
    const path = `/api/phases/${String(sprints8and9.id)}`;
    await readJson(await sendRequest(world.app, 'PATCH', path, { cookie: world.manager, body: { version: 1, kind: 'alpha' } }), savedPhaseSchema);
    const before = await contentsOf(world.db);

    const conflict = await readJson(await sendRequest(world.app, 'PATCH', path, { cookie: world.manager, body: { version: 1, kind: 'beta' } }), conflictReplySchema, 409);

    expect(phaseSchema.parse(conflict.current)).toMatchObject({ kind: 'alpha', version: 2 });
    expect(await contentsOf(world.db)).toEqual(before);
    expect(await slugsListed(world.app, 'phase=alpha')).toContain(DWS);
  });

  it('lets exactly one of several saves from one version through', async () => {
    const world = await signedInWorld();
    const { sprints8and9 } = await dwsPhases(world);

    const responses = await Promise.all(
      ['discovery', 'alpha', 'beta', 'live'].map((kind) =>
        sendRequest(world.app, 'PATCH', `/api/phases/${String(sprints8and9.id)}`, { cookie: world.manager, body: { version: 1, kind } }),
      ),
    );

    expect(responses.map((response) => response.status).sort()).toEqual([200, 409, 409, 409]);
    const { phases } = await projectPage(world.app, DWS);
    expect(phases[1]?.version).toBe(2);
    expect(await historyOf(world.app, DWS, world.manager)).toHaveLength(1);
  });

  it('refuses unknown ids and people who may not change it', async () => {
    const world = await signedInWorld();
    const { upTo7 } = await dwsPhases(world);
    const path = `/api/phases/${String(upTo7.id)}`;

    await readError(await sendRequest(world.app, 'PATCH', path, { body: { version: 1, kind: 'alpha' } }), 401);
    await readError(await sendRequest(world.app, 'PATCH', path, { cookie: world.rugby, body: { version: 1, kind: 'alpha' } }), 403);
    await readError(await sendRequest(world.app, 'PATCH', path, { cookie: world.lincoln, body: { version: 1, kind: 'alpha' } }), 403);
    for (const id of ['999999', `0${String(upTo7.id)}`, `${String(upTo7.id)}.0`, '99999999999']) {
      await readError(await sendRequest(world.app, 'PATCH', `/api/phases/${id}`, { cookie: world.manager, body: { version: 1, kind: 'alpha' } }), 404);
    }
  });
});

describe('DELETE /api/phases/:id', () => {
  it('removes a phase, which the project page then no longer shows, keeping what it was in the history', async () => {
    const world = await signedInWorld();
    const { upTo7 } = await dwsPhases(world);

    const response = await sendRequest(world.app, 'DELETE', `/api/phases/${String(upTo7.id)}`, { cookie: world.manager, body: { version: 1 } });

    expect(response.status).toBe(204);
    expect((await projectPage(world.app, DWS)).phases.map((phase) => phase.label)).toEqual(['Sprints 8 and 9, funded from underspend']);
    const [entry] = await historyOf(world.app, DWS, world.manager);
    expect(entry).toMatchObject({ actorName: 'Demo Manager', recordType: 'phase', recordId: upTo7.id, action: 'delete' });
    expect(entry?.changes).toContainEqual({ field: 'label', before: 'Sprints up to Sprint 7', after: null });
  });

  it('moves the project on when its current phase is removed', async () => {
    const world = await signedInWorld();
    const { phases } = await projectPage(world.app, 'low-code-solutions-for-housing-management');
    const alpha = phases.find((phase) => phase.kind === 'alpha');
    expect(await slugsListed(world.app, 'phase=alpha')).toContain('low-code-solutions-for-housing-management');

    await sendRequest(world.app, 'DELETE', `/api/phases/${String(alpha?.id)}`, { cookie: world.manager, body: { version: 1 } });

    // The planned beta has no start day, so nothing is under way.
    expect(await slugsListed(world.app, 'phase=alpha')).not.toContain('low-code-solutions-for-housing-management');
    expect((await projectPage(world.app, 'low-code-solutions-for-housing-management')).currentPhase).toBeNull();
  });

  it('refuses to remove a phase organisations took part in, naming them, and changes nothing', async () => {
    const world = await signedInWorld();
    const { phases } = await projectPage(world.app, 'open-referral-uk');
    const discovery = phases.find((phase) => phase.kind === 'discovery');
    const before = await contentsOf(world.db);

    const error = await readError(
      await sendRequest(world.app, 'DELETE', `/api/phases/${String(discovery?.id)}`, { cookie: world.manager, body: { version: 1 } }),
      400,
    );

    expect(error.fields).toEqual({
      phase: [
        'Adur & Worthing Councils, Devon County Council and Buckinghamshire County Council took part in this phase only. Change or remove those partnerships first.',
      ],
    });
    expect(await contentsOf(world.db)).toEqual(before);
  });

  it('refuses a stale version with 409 and the phase as it stands, and a second removal with 404', async () => {
    const world = await signedInWorld();
    const { upTo7 } = await dwsPhases(world);
    const path = `/api/phases/${String(upTo7.id)}`;
    await readJson(await sendRequest(world.app, 'PATCH', path, { cookie: world.manager, body: { version: 1, kind: 'alpha' } }), savedPhaseSchema);
    const before = await contentsOf(world.db);

    const conflict = await readJson(await sendRequest(world.app, 'DELETE', path, { cookie: world.manager, body: { version: 1 } }), conflictReplySchema, 409);

    expect(phaseSchema.parse(conflict.current)).toMatchObject({ kind: 'alpha', version: 2 });
    expect(await contentsOf(world.db)).toEqual(before);
    expect((await sendRequest(world.app, 'DELETE', path, { cookie: world.manager, body: { version: 2 } })).status).toBe(204);
    await readError(await sendRequest(world.app, 'DELETE', path, { cookie: world.manager, body: { version: 2 } }), 404);
  });

  it('removes a phase once when several people remove it at once', async () => {
    const world = await signedInWorld();
    const { upTo7 } = await dwsPhases(world);

    const responses = await Promise.all(
      [1, 2, 3].map(() => sendRequest(world.app, 'DELETE', `/api/phases/${String(upTo7.id)}`, { cookie: world.manager, body: { version: 1 } })),
    );

    expect(responses.map((response) => response.status).sort()).toEqual([204, 404, 404]);
    expect((await historyOf(world.app, DWS, world.manager)).filter((entry) => entry.action === 'delete')).toHaveLength(1);
  });

  it('refuses a removal without a version, and people who may not remove it', async () => {
    const world = await signedInWorld();
    const { upTo7 } = await dwsPhases(world);
    const path = `/api/phases/${String(upTo7.id)}`;
    const before = await contentsOf(world.db);

    const error = await readError(await sendRequest(world.app, 'DELETE', path, { cookie: world.manager, body: {} }), 400);
    expect(Object.keys(error.fields ?? {})).toEqual(['version']);
    await readError(await sendRequest(world.app, 'DELETE', path, { body: { version: 1 } }), 401);
    await readError(await sendRequest(world.app, 'DELETE', path, { cookie: world.rugby, body: { version: 1 } }), 403);
    await readError(await sendRequest(world.app, 'DELETE', '/api/phases/999999', { cookie: world.manager, body: { version: 1 } }), 404);
    expect(await contentsOf(world.db)).toEqual(before);
  });
});

describe('POST /api/projects/:slug/phases/next', () => {
  it('ends the phase under way and starts the next on the same day, in one change the portfolio then shows', async () => {
    const world = await signedInWorld();
    const { sprints8and9 } = await dwsPhases(world);
    // A first read works out every seeded project's stored fields, so what follows shows what the change itself stored.
    expect(await slugsListed(world.app, 'phase=beta')).not.toContain(DWS);

    const started = await readJson(
      await sendRequest(world.app, 'POST', NEXT, {
        cookie: world.manager,
        body: { ending: { id: sprints8and9.id, version: 1 }, startedOn: '2022-06-08', kind: 'beta', plannedWeeks: 16, fundingAmountPounds: 350000 },
      }),
      startedPhaseSchema,
      201,
    );

    expect(started.ended).toMatchObject({ id: sprints8and9.id, version: 2, status: 'completed', endedOn: '2022-06-08' });
    expect(started.phase).toMatchObject({ kind: 'beta', status: 'in_progress', startedOn: '2022-06-08', plannedWeeks: 16, position: 3, version: 1 });
    const project = await projectPage(world.app, DWS);
    expect(project.currentPhase).toBe('beta');
    expect(project.phases.map((phase) => [phase.label ?? phase.kind, phase.status, phase.endedOn])).toEqual([
      ['Sprints up to Sprint 7', null, null],
      ['Sprints 8 and 9, funded from underspend', 'completed', '2022-06-08'],
      ['beta', 'in_progress', null],
    ]);
    expect(await slugsListed(world.app, 'phase=beta')).toContain(DWS);
    const [added, ended] = await historyOf(world.app, DWS, world.manager);
    expect(added).toMatchObject({ actorName: 'Demo Manager', recordType: 'phase', recordId: started.phase.id, action: 'create' });
    expect(ended).toMatchObject({ actorName: 'Demo Manager', recordType: 'phase', recordId: sprints8and9.id, action: 'update' });
    expect(ended?.changes).toEqual([
      { field: 'status', before: 'planned', after: 'completed' },
      { field: 'endedOn', before: null, after: '2022-06-08' },
    ]);
  });

  it('allows a phase to follow one of its own kind, or continuous funding as a phase of another kind', async () => {
    const world = await signedInWorld();
    const revs = (await projectPage(world.app, 'revs-and-bens')).phases[0];

    const second = await readJson(
      await sendRequest(world.app, 'POST', '/api/projects/revs-and-bens/phases/next', {
        cookie: world.manager,
        body: { ending: { id: revs?.id, version: 1 }, startedOn: '2022-07-04', kind: 'alpha', label: 'Second alpha' },
      }),
      startedPhaseSchema,
      201,
    );
    const funded = await readJson(
      await sendRequest(world.app, 'POST', '/api/projects/revs-and-bens/phases/next', {
        cookie: world.manager,
        body: { ending: { id: second.phase.id, version: 1 }, startedOn: '2022-10', kind: 'other', label: 'Continuous funding', fundingStream: 'Continuous funding' },
      }),
      startedPhaseSchema,
      201,
    );

    expect(funded.ended).toMatchObject({ label: 'Second alpha', endedOn: '2022-10', status: 'completed' });
    const project = await projectPage(world.app, 'revs-and-bens');
    expect(project.phases.map((phase) => [phase.kind, phase.label, phase.position])).toEqual([
      ['alpha', null, 1],
      ['alpha', 'Second alpha', 2],
      ['other', 'Continuous funding', 3],
    ]);
    expect(project.currentPhase).toBe('other');
    expect(await slugsListed(world.app, 'phase=alpha')).not.toContain('revs-and-bens');
  });

  it('starts the first phase of a project with none, ending nothing', async () => {
    const world = await signedInWorld();
    expect(await slugsListed(world.app, 'phase=alpha')).not.toContain('childrens-social-care-demand-modelling');

    const started = await readJson(
      await sendRequest(world.app, 'POST', '/api/projects/childrens-social-care-demand-modelling/phases/next', {
        cookie: world.manager,
        body: { ending: null, startedOn: '2022-06-01', kind: 'alpha' },
      }),
      startedPhaseSchema,
      201,
    );

    expect(started).toMatchObject({ ended: null, phase: { kind: 'alpha', position: 1, status: 'in_progress' } });
    expect(await slugsListed(world.app, 'phase=alpha')).toContain('childrens-social-care-demand-modelling');
  });

  it('refuses a stale phase with 409 and the phase as it stands, ending and adding nothing', async () => {
    const world = await signedInWorld();
    const { sprints8and9 } = await dwsPhases(world);
    await readJson(
      await sendRequest(world.app, 'PATCH', `/api/phases/${String(sprints8and9.id)}`, { cookie: world.manager, body: { version: 1, outcome: 'Bins booked online' } }),
      savedPhaseSchema,
    );
    const before = await contentsOf(world.db);

    const conflict = await readJson(
      await sendRequest(world.app, 'POST', NEXT, { cookie: world.manager, body: { ending: { id: sprints8and9.id, version: 1 }, startedOn: '2022-06-08', kind: 'beta' } }),
      conflictReplySchema,
      409,
    );

    expect(phaseSchema.parse(conflict.current)).toMatchObject({ id: sprints8and9.id, version: 2, outcome: 'Bins booked online', status: 'planned' });
    expect(await contentsOf(world.db)).toEqual(before);
  });

  it('starts the next phase once when several people start it at once', async () => {
    const world = await signedInWorld();
    const { sprints8and9 } = await dwsPhases(world);

    const responses = await Promise.all(
      ['alpha', 'beta', 'live'].map((kind) =>
        sendRequest(world.app, 'POST', NEXT, { cookie: world.manager, body: { ending: { id: sprints8and9.id, version: 1 }, startedOn: '2022-06-08', kind } }),
      ),
    );

    expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409]);
    expect((await projectPage(world.app, DWS)).phases).toHaveLength(3);
  });

  it.each([
    ['nothing at all', {}, ['ending', 'kind', 'startedOn']],
    ['no start day', { ending: null, kind: 'beta' }, ['startedOn']],
    ['an impossible start day', { ending: null, kind: 'beta', startedOn: '2022-02-30' }, ['startedOn']],
    ['another kind with no name', { ending: null, kind: 'other', startedOn: '2022-06-08' }, ['label']],
    ['a phase to end with no version', { ending: { id: 1 }, kind: 'beta', startedOn: '2022-06-08' }, ['ending.version']],
    ['a phase to end that no record could be', { ending: { id: 99999999999, version: 1 }, kind: 'beta', startedOn: '2022-06-08' }, ['ending.id']],
    ['a planned end before the start', { ending: null, kind: 'beta', startedOn: '2022-06-08', plannedEndOn: '2022-06-01' }, ['plannedEndOn']],
  ])('refuses %s with a 400 naming each field, and changes nothing', async (_case, body, fields) => {
    const world = await signedInWorld();
    const before = await contentsOf(world.db);

    const error = await readError(await sendRequest(world.app, 'POST', NEXT, { cookie: world.manager, body }), 400);

    expect(Object.keys(error.fields ?? {}).sort()).toEqual(fields);
    expect(await contentsOf(world.db)).toEqual(before);
  });

  it('refuses to end another project’s phase, or to start before the phase it follows began', async () => {
    const world = await signedInWorld();
    const toolkit = (await projectPage(world.app, 'digital-inclusion-toolkit')).phases[0];
    const before = await contentsOf(world.db);

    const elsewhere = await readError(
      await sendRequest(world.app, 'POST', NEXT, { cookie: world.manager, body: { ending: { id: toolkit?.id, version: 1 }, startedOn: '2022-06-08', kind: 'beta' } }),
      400,
    );
    const early = await readError(
      await sendRequest(world.app, 'POST', '/api/projects/digital-inclusion-toolkit/phases/next', {
        cookie: world.manager,
        body: { ending: { id: toolkit?.id, version: 1 }, startedOn: '2022-03', kind: 'beta' },
      }),
      400,
    );

    expect(elsewhere.fields).toEqual({ ending: ['Choose a phase of this project to end'] });
    expect(early.fields).toEqual({ startedOn: ['The next phase must start on or after the day the one it follows started (7 April 2022)'] });
    expect(await contentsOf(world.db)).toEqual(before);
  });

  it('is for managers: 401, 403 and 404 otherwise', async () => {
    const world = await signedInWorld();
    const body = { ending: null, startedOn: '2022-06-08', kind: 'beta' };

    await readError(await sendRequest(world.app, 'POST', NEXT, { body }), 401);
    await readError(await sendRequest(world.app, 'POST', NEXT, { cookie: world.rugby, body }), 403);
    await readError(await sendRequest(world.app, 'POST', NEXT, { cookie: world.engagement, body }), 403);
    await readError(await sendRequest(world.app, 'POST', '/api/projects/no-such-project/phases/next', { cookie: world.manager, body }), 404);
  });
});
