import { sql } from 'kysely';
import { historyPageSchema } from '../src/domain/history';
import { type PhaseKind, type ProjectDetail, projectDetailSchema, projectListSchema } from '../src/domain/project';
import type { ApiApp } from '../server/app';
import type { Db } from '../server/db/database';
import { readJson, sendRequest } from './api-request';
import { type AccountsTestApp, createAccountsTestApp, DEMO, signIn } from './test-accounts';

/** The real API over a fresh seeded database, with each demo person signed in. */
export interface EditingWorld extends AccountsTestApp {
  manager: string;
  rugby: string;
  lincoln: string;
  engagement: string;
}

export async function signedInWorld(): Promise<EditingWorld> {
  const world = await createAccountsTestApp();
  const [manager, rugby, lincoln, engagement] = await Promise.all([
    signIn(world.app, DEMO.manager),
    signIn(world.app, DEMO.rugby),
    signIn(world.app, DEMO.lincoln),
    signIn(world.app, DEMO.engagement),
  ]);
  return { ...world, manager, rugby, lincoln, engagement };
}

/** Every row of the tables an edit may touch (with the history), to show a refused request changed nothing. */
export async function contentsOf(db: Db): Promise<Record<string, unknown[]>> {
  const contents: Record<string, unknown[]> = {};
  for (const table of ['projects', 'phases', 'partnerships', 'organisations', 'outputs', 'history']) {
    contents[table] = (await sql<Record<string, unknown>>`select * from ${sql.table(table)} order by id`.execute(db)).rows;
  }
  return contents;
}

export async function projectPage(app: ApiApp, slug: string, cookie?: string): Promise<ProjectDetail> {
  return readJson(await sendRequest(app, 'GET', `/api/projects/${slug}`, { cookie: cookie ?? null }), projectDetailSchema);
}

/** The slugs the portfolio lists for a filter, in name order. */
export async function slugsListed(app: ApiApp, query: string): Promise<string[]> {
  const list = await readJson(await sendRequest(app, 'GET', `/api/projects?${query}`), projectListSchema);
  return list.projects.map((project) => project.slug);
}

/** A project's history, newest first, as its staff and managers read it. */
export async function historyOf(app: ApiApp, slug: string, cookie: string) {
  return (await readJson(await sendRequest(app, 'GET', `/api/projects/${slug}/history`, { cookie }), historyPageSchema)).entries;
}

export async function idOfProject(db: Db, slug: string): Promise<number> {
  return (await db.selectFrom('projects').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
}

/** The id of a project's phase of a kind (the first, if it has several), for tests that set what the seed leaves blank. */
export async function phaseIdOf(db: Db, slug: string, kind: PhaseKind): Promise<number> {
  const phase = await db
    .selectFrom('phases')
    .innerJoin('projects', 'projects.id', 'phases.projectId')
    .select('phases.id')
    .where('projects.slug', '=', slug)
    .where('phases.kind', '=', kind)
    .orderBy('phases.position')
    .executeTakeFirstOrThrow();
  return phase.id;
}
