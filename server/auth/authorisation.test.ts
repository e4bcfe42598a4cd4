import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { historyPageSchema } from '../../src/domain/history';
import { ratingHistorySchema } from '../../src/domain/rating-input';
import { overviewSchema } from '../../src/domain/overview';
import { dataGapsSchema } from '../../src/domain/data-gaps';
import { savedShowAndTellSchema } from '../../src/domain/show-and-tell';
import { savedOutputSchema } from '../../src/domain/output-input';
import { savedPartnershipSchema } from '../../src/domain/partnership-input';
import { savedPhaseSchema, startedPhaseSchema } from '../../src/domain/phase-input';
import { candidatesSchema, missingSchema, type SaveSprintNote, sprintNoteListSchema, sprintNoteSchema } from '../../src/domain/sprint-notes';
import { savedUpdateSchema, updateQueueSchema, yourProjectsSchema } from '../../src/domain/update';
import { updateCountsSchema } from '../../src/domain/update-counts';
import { organisationDetailSchema } from '../../src/domain/organisation-detail';
import { organisationListSchema } from '../../src/domain/organisation';
import { projectDetailSchema, projectListSchema, updatePageSchema } from '../../src/domain/project';
import { timelinePageSchema } from '../../src/domain/timeline';
import { appConfigSchema, createdUserSchema, currentSessionSchema, sessionSchema, setupDetailsSchema, userListSchema, userSchema } from '../../src/domain/user';
import { type Method, readError, readJson, sendRequest } from '../../test/api-request';
import { createAccountsTestApp, DEMO, signIn } from '../../test/test-accounts';
import type { ApiApp } from '../app';
import type { Db } from '../db/database';
import { listTables } from '../db/dialect';
import { DEMO_PASSWORD } from '../db/demo-accounts';
import { writeContent } from '../db/queries/sprint-notes';
import { createAccount } from './accounts';

/**
 * Every route the API has, tried as each kind of person. The table below is checked against the
 * app's own route list, so a route added without saying who may use it fails this test.
 */

type Persona = 'anonymous' | 'rugby' | 'lincoln' | 'engagement' | 'manager';
const PERSONAS: readonly Persona[] = ['anonymous', 'rugby', 'lincoln', 'engagement', 'manager'];
const EMAILS: Record<Persona, string | null> = {
  anonymous: null,
  // Council staff of the project every request below is about: Rugby leads Digital Waste Service.
  rugby: DEMO.rugby,
  // Council staff of another project (Housing Repairs), with no part in Digital Waste Service.
  lincoln: DEMO.lincoln,
  engagement: DEMO.engagement,
  manager: DEMO.manager,
};

const PROJECT = 'digital-waste-service';

type Status = 200 | 201 | 204 | 401 | 403 | 404;

/** What each request needs that only exists once the world is made: a real user id and a fresh set-up token. */
interface World {
  db: Db;
  app: ApiApp;
  /** The persona's own email and session cookie; null for an anonymous visitor. */
  email: string | null;
  cookie: string | null;
  invitedId: number;
  setupToken: string;
  /** A phase of PROJECT that no partnership is tied to, the lead's partnership and an output: to change and remove. */
  phaseId: number;
  partnershipId: number;
  outputId: number;
  /** A show and tell of PROJECT, to change. */
  showAndTellId: number;
  /** Updates of PROJECT written by its council staff: a draft, one waiting for review, and a published one. */
  updates: { draft: number; submitted: number; approved: number };
  /** Sprint Notes #47, a draft carrying the approved update, as the composer would save it. */
  draftNote: SaveSprintNote;
}

interface RouteExpectation {
  request: (world: World) => { path: string; body?: unknown };
  /** The body an allowed request gets, read as the app reads it; null for an empty 204; a media type for a file to download. */
  success: z.ZodMiniType | null | `text/${string}`;
  expected: Record<Persona, Status>;
}

const everyone = (status: Status): Record<Persona, Status> => ({ anonymous: status, rugby: status, lincoln: status, engagement: status, manager: status });
const managersOnly = (status: Status): Record<Persona, Status> => ({ anonymous: 401, rugby: 403, lincoln: 403, engagement: 403, manager: status });
const reviewers = (status: Status): Record<Persona, Status> => ({ anonymous: 401, rugby: 403, lincoln: 403, engagement: status, manager: status });
const signedIn = (status: Status): Record<Persona, Status> => ({ anonymous: 401, rugby: status, lincoln: status, engagement: status, manager: status });

const updatedUserSchema = z.object({ user: userSchema });

const ROUTES: Record<string, RouteExpectation> = {
  'GET /api/config': { request: () => ({ path: '/api/config' }), success: appConfigSchema, expected: everyone(200) },

  // Who is signed in has an answer for everyone, nobody included (see session.test.ts for its shape).
  'GET /api/session': { request: () => ({ path: '/api/session' }), success: currentSessionSchema, expected: everyone(200) },
  // Signing in is how anyone stops being anonymous; signed-in people may sign in again (as themselves here).
  'POST /api/session': {
    request: (world) => ({ path: '/api/session', body: { email: world.email ?? DEMO.engagement, password: DEMO_PASSWORD } }),
    success: sessionSchema,
    expected: everyone(200),
  },
  // Signing out when not signed in has nothing to end, and says so no differently.
  'DELETE /api/session': { request: () => ({ path: '/api/session' }), success: null, expected: everyone(204) },

  // The token is the credential: whoever holds the link may use it, signed in or not.
  'GET /api/setup/:token': { request: (world) => ({ path: `/api/setup/${world.setupToken}` }), success: setupDetailsSchema, expected: everyone(200) },
  'POST /api/setup/:token': {
    request: (world) => ({ path: `/api/setup/${world.setupToken}`, body: { password: 'a long enough passphrase' } }),
    success: sessionSchema,
    expected: everyone(200),
  },

  'GET /api/users': { request: () => ({ path: '/api/users' }), success: userListSchema, expected: managersOnly(200) },
  'POST /api/users': {
    request: () => ({
      path: '/api/users',
      body: { email: 'new.person@rugby.gov.uk', displayName: 'New Person', role: 'council', organisations: ['rugby-borough-council'] },
    }),
    success: createdUserSchema,
    expected: managersOnly(201),
  },
  'PATCH /api/users/:id': {
    request: (world) => ({ path: `/api/users/${world.invitedId}`, body: { displayName: 'Renamed Person' } }),
    success: updatedUserSchema,
    expected: managersOnly(200),
  },
  'POST /api/users/:id/setup-link': {
    request: (world) => ({ path: `/api/users/${world.invitedId}/setup-link`, body: {} }),
    success: createdUserSchema,
    expected: managersOnly(201),
  },

  'GET /api/projects': { request: () => ({ path: '/api/projects' }), success: projectListSchema, expected: everyone(200) },
  'GET /api/timeline': { request: () => ({ path: '/api/timeline' }), success: timelinePageSchema, expected: everyone(200) },
  'GET /api/projects/:slug': { request: () => ({ path: `/api/projects/${PROJECT}` }), success: projectDetailSchema, expected: everyone(200) },
  'GET /api/projects/export.csv': { request: () => ({ path: '/api/projects/export.csv' }), success: 'text/csv', expected: everyone(200) },
  'POST /api/projects/:slug/ratings': {
    request: () => ({ path: `/api/projects/${PROJECT}/ratings`, body: { rating: 'amber', reason: 'Sprint 9 slipped a week.', ratedOn: '2022-05-10', basedOn: null } }),
    success: ratingHistorySchema,
    expected: managersOnly(201),
  },
  'GET /api/overview': { request: () => ({ path: '/api/overview' }), success: overviewSchema, expected: everyone(200) },
  'GET /api/data-gaps': { request: () => ({ path: '/api/data-gaps' }), success: dataGapsSchema, expected: managersOnly(200) },
  'GET /api/projects/:slug/updates': {
    request: () => ({ path: `/api/projects/${PROJECT}/updates` }),
    success: updatePageSchema,
    expected: everyone(200),
  },
  'PATCH /api/projects/:slug/links': {
    request: () => ({ path: `/api/projects/${PROJECT}/links`, body: { websiteUrl: 'https://www.rugby.gov.uk/bins', version: 1 } }),
    success: projectDetailSchema,
    expected: { anonymous: 401, rugby: 200, lincoln: 403, engagement: 403, manager: 200 },
  },

  // A project's own council staff and managers keep its show and tells; engagement staff write updates instead.
  'POST /api/projects/:slug/show-and-tells': {
    request: () => ({ path: `/api/projects/${PROJECT}/show-and-tells`, body: { heldOn: '2022-06-08', title: 'Sprint 10 show and tell' } }),
    success: savedShowAndTellSchema,
    expected: { anonymous: 401, rugby: 201, lincoln: 403, engagement: 403, manager: 201 },
  },
  'PATCH /api/show-and-tells/:id': {
    request: (world) => ({ path: `/api/show-and-tells/${world.showAndTellId}`, body: { version: 1, summary: 'Bulky waste booking' } }),
    success: savedShowAndTellSchema,
    expected: { anonymous: 401, rugby: 200, lincoln: 403, engagement: 403, manager: 200 },
  },

  // What LDCU funds and agreed (projects, their phases, leads and partners) is added and corrected by its managers.
  'POST /api/projects': {
    request: () => ({ path: '/api/projects', body: { name: 'Digital Planning Register', leads: [{ organisation: 'rugby-borough-council' }] } }),
    success: projectDetailSchema,
    expected: managersOnly(201),
  },
  'PATCH /api/projects/:slug': {
    request: () => ({ path: `/api/projects/${PROJECT}`, body: { version: 1, summary: 'Bin collections, booked online.' } }),
    success: projectDetailSchema,
    expected: managersOnly(200),
  },
  'POST /api/projects/:slug/phases': {
    request: () => ({ path: `/api/projects/${PROJECT}/phases`, body: { kind: 'beta', label: 'Private beta', status: 'planned' } }),
    success: savedPhaseSchema,
    expected: managersOnly(201),
  },
  'POST /api/projects/:slug/phases/next': {
    request: (world) => ({
      path: `/api/projects/${PROJECT}/phases/next`,
      body: { ending: { id: world.phaseId, version: 1 }, startedOn: '2022-06-08', kind: 'beta' },
    }),
    success: startedPhaseSchema,
    expected: managersOnly(201),
  },
  'PATCH /api/phases/:id': {
    request: (world) => ({ path: `/api/phases/${String(world.phaseId)}`, body: { version: 1, outcome: 'Garden waste subscriptions online' } }),
    success: savedPhaseSchema,
    expected: managersOnly(200),
  },
  'DELETE /api/phases/:id': { request: (world) => ({ path: `/api/phases/${String(world.phaseId)}`, body: { version: 1 } }), success: null, expected: managersOnly(204) },
  'POST /api/projects/:slug/partnerships': {
    request: () => ({ path: `/api/projects/${PROJECT}/partnerships`, body: { organisation: 'city-of-lincoln-council', role: 'partner' } }),
    success: savedPartnershipSchema,
    expected: managersOnly(201),
  },
  'PATCH /api/partnerships/:id': {
    request: (world) => ({ path: `/api/partnerships/${String(world.partnershipId)}`, body: { version: 1, note: 'Leads the partner councils' } }),
    success: savedPartnershipSchema,
    expected: managersOnly(200),
  },
  'DELETE /api/partnerships/:id': {
    request: (world) => ({ path: `/api/partnerships/${String(world.partnershipId)}`, body: { version: 1 } }),
    success: null,
    expected: managersOnly(204),
  },

  // What a project published or presents is kept by its own council staff too, as its show and tells are.
  'POST /api/projects/:slug/outputs': {
    request: () => ({ path: `/api/projects/${PROJECT}/outputs`, body: { kind: 'report', title: 'Sprint 9 report' } }),
    success: savedOutputSchema,
    expected: { anonymous: 401, rugby: 201, lincoln: 403, engagement: 403, manager: 201 },
  },
  'PATCH /api/outputs/:id': {
    request: (world) => ({ path: `/api/outputs/${String(world.outputId)}`, body: { version: 1, url: 'https://www.rugby.gov.uk/digital-leaders-week' } }),
    success: savedOutputSchema,
    expected: { anonymous: 401, rugby: 200, lincoln: 403, engagement: 403, manager: 200 },
  },
  'DELETE /api/outputs/:id': {
    request: (world) => ({ path: `/api/outputs/${String(world.outputId)}`, body: { version: 1 } }),
    success: null,
    expected: { anonymous: 401, rugby: 204, lincoln: 403, engagement: 403, manager: 204 },
  },

  // Who changed what names staff: those who work on the project see its history, managers everyone's.
  'GET /api/projects/:slug/history': {
    request: () => ({ path: `/api/projects/${PROJECT}/history` }),
    success: historyPageSchema,
    expected: { anonymous: 401, rugby: 200, lincoln: 403, engagement: 200, manager: 200 },
  },
  'GET /api/history': { request: () => ({ path: '/api/history' }), success: historyPageSchema, expected: managersOnly(200) },

  // Updates: written by the project's own council staff, engagement staff and managers; reviewed by
  // engagement staff and managers. An unpublished update is not there for anyone who may not see it.
  'POST /api/projects/:slug/updates': {
    request: () => ({ path: `/api/projects/${PROJECT}/updates`, body: { headline: 'Sprint 10', bodyMarkdown: 'We tested bookings.' } }),
    success: savedUpdateSchema,
    expected: { anonymous: 401, rugby: 201, lincoln: 403, engagement: 201, manager: 201 },
  },
  // Team news has no project, so no council staff of it: engagement staff and managers write it.
  'POST /api/updates': {
    request: () => ({ path: '/api/updates', body: { headline: 'Roadshow in Leeds', bodyMarkdown: 'We met councils.', publishedOn: '2022-05-05' } }),
    success: savedUpdateSchema,
    expected: { anonymous: 401, rugby: 403, lincoln: 403, engagement: 201, manager: 201 },
  },
  'GET /api/updates': { request: () => ({ path: '/api/updates?status=submitted' }), success: updateQueueSchema, expected: reviewers(200) },
  // Nothing to count for someone not signed in, which is an answer rather than an error (as for the session).
  'GET /api/updates/counts': { request: () => ({ path: '/api/updates/counts' }), success: updateCountsSchema, expected: everyone(200) },
  'GET /api/your-projects': { request: () => ({ path: '/api/your-projects' }), success: yourProjectsSchema, expected: signedIn(200) },
  'GET /api/updates/:id': {
    request: (world) => ({ path: `/api/updates/${String(world.updates.submitted)}` }),
    success: savedUpdateSchema,
    expected: { anonymous: 404, rugby: 200, lincoln: 404, engagement: 200, manager: 200 },
  },
  // A published update is corrected by reviewers alone.
  'PATCH /api/updates/:id': {
    request: (world) => ({ path: `/api/updates/${String(world.updates.approved)}`, body: { version: 1, headline: 'Sprint 9, corrected' } }),
    success: savedUpdateSchema,
    expected: reviewers(200),
  },
  'POST /api/updates/:id/submit': {
    request: (world) => ({ path: `/api/updates/${String(world.updates.draft)}/submit`, body: { version: 1 } }),
    success: savedUpdateSchema,
    expected: { anonymous: 401, rugby: 200, lincoln: 404, engagement: 200, manager: 200 },
  },
  'POST /api/updates/:id/approve': {
    request: (world) => ({ path: `/api/updates/${String(world.updates.submitted)}/approve`, body: { version: 1 } }),
    success: savedUpdateSchema,
    expected: { anonymous: 401, rugby: 403, lincoln: 404, engagement: 200, manager: 200 },
  },
  'POST /api/updates/:id/return': {
    request: (world) => ({ path: `/api/updates/${String(world.updates.submitted)}/return`, body: { version: 1, comment: 'Add the numbers' } }),
    success: savedUpdateSchema,
    expected: { anonymous: 401, rugby: 403, lincoln: 404, engagement: 200, manager: 200 },
  },
  'DELETE /api/updates/:id': {
    request: (world) => ({ path: `/api/updates/${String(world.updates.draft)}`, body: { version: 1 } }),
    success: null,
    expected: { anonymous: 401, rugby: 204, lincoln: 404, engagement: 204, manager: 204 },
  },

  'GET /api/sprint-notes': { request: () => ({ path: '/api/sprint-notes' }), success: sprintNoteListSchema, expected: everyone(200) },
  'POST /api/sprint-notes': {
    request: () => ({ path: '/api/sprint-notes', body: { coversFrom: '2022-05-12', coversTo: '2022-05-25' } }),
    success: sprintNoteSchema,
    expected: reviewers(201),
  },
  // A published issue is public; a draft is not there for those who may not compose (see sprint-notes.test.ts).
  'GET /api/sprint-notes/:number': { request: () => ({ path: '/api/sprint-notes/46' }), success: sprintNoteSchema, expected: everyone(200) },
  'PUT /api/sprint-notes/:number': {
    request: (world) => ({ path: '/api/sprint-notes/47', body: { ...world.draftNote, intro: 'Welcome to our Sprint Notes!' } }),
    success: sprintNoteSchema,
    expected: { anonymous: 401, rugby: 403, lincoln: 403, engagement: 200, manager: 200 },
  },
  'POST /api/sprint-notes/:number/publish': {
    request: () => ({ path: '/api/sprint-notes/47/publish', body: { version: 1, publishedOn: '2022-05-11' } }),
    success: sprintNoteSchema,
    expected: reviewers(200),
  },
  'DELETE /api/sprint-notes/:number': { request: () => ({ path: '/api/sprint-notes/47', body: { version: 1 } }), success: null, expected: reviewers(204) },
  'GET /api/sprint-notes/:number/candidates': { request: () => ({ path: '/api/sprint-notes/47/candidates' }), success: candidatesSchema, expected: reviewers(200) },
  'GET /api/sprint-notes/:number/missing': { request: () => ({ path: '/api/sprint-notes/47/missing' }), success: missingSchema, expected: reviewers(200) },
  'GET /api/sprint-notes/:number/export.md': { request: () => ({ path: '/api/sprint-notes/46/export.md' }), success: 'text/markdown', expected: everyone(200) },
  'GET /api/sprint-notes/:number/export.html': { request: () => ({ path: '/api/sprint-notes/46/export.html' }), success: 'text/html', expected: everyone(200) },

  'GET /api/organisations': { request: () => ({ path: '/api/organisations' }), success: organisationListSchema, expected: everyone(200) },
  'GET /api/organisations/:slug': {
    request: () => ({ path: '/api/organisations/rugby-borough-council' }),
    success: organisationDetailSchema,
    expected: everyone(200),
  },
};

/** Writes anyone may make by design, each for the reason given beside its entry above; every other write needs a signed-in person with the right. */
const PUBLIC_WRITES = new Set(['POST /api/session', 'DELETE /api/session', 'POST /api/setup/:token']);

/** A draft issue, #47, with one approved update in it, written as the composer's save would write it. */
async function addDraftNote(db: Db, updateId: number): Promise<SaveSprintNote> {
  const content = {
    coversFrom: '2022-05-01',
    coversTo: '2022-05-11',
    intro: '',
    closing: 'Thanks for reading!',
    headings: [],
    sections: [
      { kind: 'team' as const, name: 'News from the team', intro: '', items: [] },
      { kind: 'projects' as const, name: 'News from our funded projects', intro: '', items: [{ updateId, headline: null, bodyMarkdown: null }] },
    ],
  };
  const { id } = await db
    .insertInto('sprintNotes')
    .values({ number: 47, coversFrom: content.coversFrom, coversTo: content.coversTo, introMarkdown: '', closingMarkdown: content.closing, status: 'draft', createdAt: '2022-05-11T09:00:00.000Z', updatedAt: '2022-05-11T09:00:00.000Z' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeContent(db, id, content, new Map());
  return { ...content, version: 1 };
}

/** A fresh database and app for each request, so one persona's write (or sign-out) never changes what the next one meets. */
async function makeWorld(persona: Persona): Promise<World> {
  const { db, app, clock } = await createAccountsTestApp();
  const invited = await createAccount(
    db,
    { email: 'invited@rugby.gov.uk', displayName: 'Invited Person', role: 'council', organisations: ['rugby-borough-council'] },
    clock.now(),
    'http://localhost',
  );
  const setupToken = new URL(invited.setupLink.url).pathname.split('/').at(-1) ?? '';
  const project = await db.selectFrom('projects').select('id').where('slug', '=', PROJECT).executeTakeFirstOrThrow();
  const { id: showAndTellId } = await db
    .insertInto('showAndTells')
    .values({ projectId: project.id, heldOn: '2022-05-25', title: 'Sprint 9 show and tell', sprint: 9, summary: null, slidesUrl: null, recordingUrl: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const addUpdate = async (status: 'draft' | 'submitted' | 'approved') =>
    (
      await db
        .insertInto('updates')
        .values({ projectId: project.id, headline: `A ${status} update`, bodyMarkdown: 'Sprint 9 went well.', status, publishedOn: '2022-05-10' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const updates = { draft: await addUpdate('draft'), submitted: await addUpdate('submitted'), approved: await addUpdate('approved') };
  const draftNote = await addDraftNote(db, updates.approved);
  const structure = {
    phaseId: (await db.selectFrom('phases').select('id').where('projectId', '=', project.id).where('label', '=', 'Sprints up to Sprint 7').executeTakeFirstOrThrow()).id,
    partnershipId: (await db.selectFrom('partnerships').select('id').where('projectId', '=', project.id).where('role', '=', 'lead').executeTakeFirstOrThrow()).id,
    outputId: (await db.selectFrom('outputs').select('id').where('projectId', '=', project.id).where('kind', '=', 'talk').executeTakeFirstOrThrow()).id,
  };
  const email = EMAILS[persona];
  const cookie = email === null ? null : await signIn(app, email);
  return { db, app, email, cookie, invitedId: invited.id, setupToken, showAndTellId, updates, draftNote, ...structure };
}

function routeKeys(app: ApiApp): string[] {
  return (
    app.routes
      // Middleware (security headers, same-site checks, sessions) and the catch-all 404 are registered for every method on a wildcard.
      .filter((route) => !(route.method === 'ALL' && route.path.endsWith('*')))
      .filter((route) => route.path.startsWith('/api/'))
      .map((route) => `${route.method} ${route.path}`)
  );
}

/** Every row of every table, to show that a refused request changed nothing. */
async function snapshot(db: Db): Promise<Record<string, unknown[]>> {
  const contents: Record<string, unknown[]> = {};
  for (const name of await listTables(db)) {
    contents[name] = (await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db)).rows;
  }
  return contents;
}

function methodOf(key: string): Method {
  const method = key.split(' ')[0];
  if (method === 'GET' || method === 'POST' || method === 'PUT' || method === 'PATCH' || method === 'DELETE') return method;
  throw new Error(`No request can be made for ${key}`);
}

describe('the expectation table', () => {
  it('covers exactly the routes the app has, so a new route must say who may use it', async () => {
    const { app } = await createAccountsTestApp({ demoAccounts: false });
    const keys = routeKeys(app);

    expect(new Set(keys).size, 'no route is registered twice').toBe(keys.length);
    expect([...keys].sort()).toEqual(Object.keys(ROUTES).sort());
  });

  it('has every write that is not public by design refuse anonymous people with 401 and someone with 403', () => {
    const writes = Object.entries(ROUTES).filter(([key]) => methodOf(key) !== 'GET');
    expect(writes.length).toBeGreaterThan(PUBLIC_WRITES.size);

    for (const [key, { expected }] of writes) {
      if (PUBLIC_WRITES.has(key)) continue;
      expect(expected.anonymous, key).toBe(401);
      // Refused: 403, or 404 where what the write names is not there for that person (an unpublished update).
      expect(Object.values(expected).some((status) => status === 403 || status === 404), key).toBe(true);
    }
  });
});

describe('every route as every kind of person', () => {
  const cells = Object.entries(ROUTES).flatMap(([key, route]) =>
    PERSONAS.map((persona) => ({ key, persona, route, status: route.expected[persona] })),
  );

  it.each(cells)('$key as $persona: $status', async ({ key, persona, route, status }) => {
    const world = await makeWorld(persona);
    const { path, body } = route.request(world);
    const before = await snapshot(world.db);

    const response = await sendRequest(world.app, methodOf(key), path, { cookie: world.cookie, body });

    if (status >= 400) {
      await readError(response, status);
      // A refusal must come before any change, not after it.
      expect(await snapshot(world.db)).toEqual(before);
    } else if (route.success === null) {
      expect(response.status).toBe(status);
      expect(await response.text()).toBe('');
    } else if (typeof route.success === 'string') {
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toBe(`${route.success}; charset=utf-8`);
    } else {
      await readJson(response, route.success, status);
    }
  });

  it.each(PERSONAS)('answers a path that is no route with 404, whoever asks (%s)', async (persona) => {
    const world = await makeWorld(persona);

    await readError(await sendRequest(world.app, 'GET', '/api/no-such-endpoint', { cookie: world.cookie }), 404);
    // A project is changed with PATCH (a route of its own, in the table above); no other method
    // reaches it: the catch-all answers it, not the project's routes.
    await readError(await sendRequest(world.app, 'PUT', `/api/projects/${PROJECT}`, { cookie: world.cookie, body: {} }), 404);
  });
});

describe('who sees unpublished updates', () => {
  const SEES_UNPUBLISHED: Record<Persona, boolean> = { anonymous: false, rugby: true, lincoln: false, engagement: true, manager: true };
  const ALLOWED_ON_PROJECT: Record<Persona, string[]> = {
    anonymous: [],
    rugby: ['update:read-unpublished', 'update:write', 'show-and-tell:write', 'project-links:edit', 'output:write', 'history:read'],
    lincoln: [],
    engagement: ['update:read-unpublished', 'update:write', 'update:review', 'sprint-notes:compose', 'history:read', 'confidence:read'],
    manager: [
      'update:read-unpublished',
      'update:write',
      'update:review',
      'show-and-tell:write',
      'project-links:edit',
      'project:create',
      'project:edit',
      'output:write',
      'sprint-notes:compose',
      'users:manage',
      'history:read',
      'history:read-all',
      'confidence:read',
      'confidence:rate',
    ],
  };

  async function addUpdates(db: Db) {
    const projects = await db.selectFrom('projects').select(['id', 'slug']).where('slug', 'in', [PROJECT, 'housing-repairs']).execute();
    const idOf = (slug: string) => projects.find((project) => project.slug === slug)?.id ?? null;
    const at = '2022-05-11T09:00:00.000Z';
    await db
      .insertInto('updates')
      .values([
        { projectId: idOf(PROJECT), headline: 'Bins draft', bodyMarkdown: 'Draft.', status: 'draft', publishedOn: '2022-05-11', createdAt: at, updatedAt: at },
        { projectId: idOf(PROJECT), headline: 'Bins submitted', bodyMarkdown: 'Submitted.', status: 'submitted', publishedOn: '2022-05-11', createdAt: at, updatedAt: at },
        { projectId: idOf('housing-repairs'), headline: 'Repairs draft', bodyMarkdown: 'Draft.', status: 'draft', publishedOn: '2022-05-11', createdAt: at, updatedAt: at },
      ])
      .execute();
  }

  it.each(PERSONAS)('shows %s drafts and submitted updates only where the table allows, and says what they may do', async (persona) => {
    const world = await makeWorld(persona);
    await addUpdates(world.db);

    const project = await readJson(await sendRequest(world.app, 'GET', `/api/projects/${PROJECT}`, { cookie: world.cookie }), projectDetailSchema);
    const headlines = project.updates.map((update) => update.headline);

    expect(project.updates.filter((update) => update.status === 'approved')).not.toHaveLength(0);
    if (SEES_UNPUBLISHED[persona]) expect(headlines).toEqual(expect.arrayContaining(['Bins draft', 'Bins submitted']));
    else expect(project.updates.every((update) => update.status === 'approved')).toBe(true);
    expect(headlines).not.toContain('Repairs draft');
    expect(project.allowed).toEqual(ALLOWED_ON_PROJECT[persona]);
  });

  it('shows council staff the drafts of their own council’s project and not of another', async () => {
    const world = await makeWorld('lincoln');
    await addUpdates(world.db);

    const own = await readJson(await sendRequest(world.app, 'GET', '/api/projects/housing-repairs', { cookie: world.cookie }), projectDetailSchema);

    expect(own.updates.map((update) => update.headline)).toContain('Repairs draft');
    expect(own.allowed).toContain('project-links:edit');
  });
});
