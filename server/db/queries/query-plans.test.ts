import { CompiledQuery, sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUSY_ORGANISATION_SLUG, BUSY_PROJECT_SLUG, MEDIUM_PORTFOLIO, openGeneratedDatabase } from '../../../test/generate-portfolio';
import { createApp } from '../../app';
import { freshDatabaseLocation, TEST_DIALECT } from '../../../test/test-database';
import type { Db } from '../database';
import { dataGaps } from '../../../src/domain/data-gaps';
import { loadDataGaps } from './data-gaps';
import { loadOverview } from './overview';
import { listProjectCards } from './projects';
import { loadRatings } from './ratings';
import { contactsOf, listCandidates, listSprintNotes, loadNoteUpdates, loadSprintNote, projectsWithoutCandidates, unapprovedInPeriod, writeContent } from './sprint-notes';
import { countUpdates, listUpdatesByStatus, loadUpdate, projectsOfOrganisations, QUEUE_PAGE_SIZE, unpublishedUpdatesOf } from './updates';

const TODAY = '2026-11-27';

/** Tables that grow with every project's history: reading any of them whole is a bug at scale. */
const LARGE_TABLES = new Set(['updates', 'show_and_tells', 'outputs', 'update_links', 'partnerships', 'phases', 'sprint_note_items', 'sprint_note_headings']);

interface Captured {
  sql: string;
  parameters: readonly unknown[];
}

interface PostgresPlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PostgresPlanNode[];
}

function postgresSeqScans(node: PostgresPlanNode): string[] {
  const own = node['Node Type'] === 'Seq Scan' && node['Relation Name'] !== undefined ? [node['Relation Name']] : [];
  return [...own, ...(node.Plans ?? []).flatMap(postgresSeqScans)];
}

/**
 * Asks the database how it would run every query a list or detail route sends, over a few
 * hundred generated projects (enough that the planner chooses as it would at 2,000), and names
 * each step that would read a large table from end to end. Plans, not times, so the answer does
 * not depend on the machine.
 *
 * PostgreSQL rightly reads a table of a few hundred rows whole when that is cheaper than an
 * index, so there the question is put with sequential scans priced out of reach: any left is a
 * read no index can serve.
 */
describe('query plans of list and detail routes', () => {
  let db: Db;
  let captured: Captured[] = [];

  beforeAll(async () => {
    ({ db } = await openGeneratedDatabase(MEDIUM_PORTFOLIO, {
      today: TODAY,
      location: await freshDatabaseLocation(),
      log: (event) => {
        if (event.level === 'query' && /^\s*select/i.test(event.query.sql)) {
          captured.push({ sql: event.query.sql, parameters: event.query.parameters });
        }
      },
    }));
    // SQLite's planner uses the statistics ANALYZE gathers, as a long-running database would have.
    await db.executeQuery(CompiledQuery.raw('analyze'));
  }, 60_000);

  /** The aliases a query gives tables ("updates as latest"), so a scan of an alias is known for what it is. */
  function aliases(query: string): Map<string, string> {
    const found = new Map<string, string>();
    for (const match of query.matchAll(/"(\w+)" as "(\w+)"/g)) found.set(match[2] as string, match[1] as string);
    return found;
  }

  async function fullScans(path: string): Promise<string[]> {
    return fullScansOf(path, async () => {
      const response = await createApp({ db, today: () => TODAY }).request(path);
      expect(response.status, path).toBe(200);
    });
  }

  async function fullScansOf(what: string, run: () => Promise<unknown>): Promise<string[]> {
    captured = [];
    await run();
    expect(captured.length, `${what} sent no query`).toBeGreaterThan(0);
    const scans: string[] = [];
    if (TEST_DIALECT === 'postgres') {
      for (const query of captured) {
        const tables = await db.transaction().execute(async (trx) => {
          await sql`set local enable_seqscan = off`.execute(trx);
          const plan = await trx.executeQuery<{ 'QUERY PLAN': [{ Plan: PostgresPlanNode }] }>(
            CompiledQuery.raw(`explain (format json) ${query.sql}`, [...query.parameters]),
          );
          return plan.rows.flatMap((row) => row['QUERY PLAN'].flatMap((entry) => postgresSeqScans(entry.Plan)));
        });
        for (const table of tables) if (LARGE_TABLES.has(table)) scans.push(`Seq Scan on ${table}\n    in: ${query.sql}`);
      }
      return scans;
    }
    for (const query of captured) {
      const plan = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]));
      const names = aliases(query.sql);
      for (const { detail } of plan.rows) {
        const scanned = /^SCAN (\w+)/.exec(detail)?.[1];
        if (scanned !== undefined && LARGE_TABLES.has(names.get(scanned) ?? scanned)) scans.push(`${detail}\n    in: ${query.sql}`);
      }
    }
    return scans;
  }

  it.each([
    '/api/projects',
    '/api/projects?pageSize=15&page=10',
    '/api/projects?phase=beta',
    '/api/projects?status=paused',
    `/api/projects?organisation=${BUSY_ORGANISATION_SLUG}`,
    '/api/projects?q=housing%20repairs',
    '/api/projects?phase=alpha&status=active&organisation=organisation-0003&q=service',
    `/api/projects/${BUSY_PROJECT_SLUG}`,
    `/api/projects/${BUSY_PROJECT_SLUG}/updates?page=3`,
    '/api/projects/project-0150',
    // The table's sorts, the overview's filters and the export (issue 10).
    '/api/projects?sort=latestUpdate&order=descending&page=3',
    '/api/projects?sort=plannedEnd&phase=beta',
    '/api/projects?sort=leads',
    '/api/projects?sort=status&order=descending',
    '/api/projects?sort=funding',
    '/api/projects?flag=quiet',
    '/api/projects?flag=overrun&sort=phase',
    '/api/projects?funded=alpha',
    '/api/projects?stream=Continuous%20Funding',
    '/api/projects?phase=unknown',
    '/api/projects/export.csv?phase=beta',
    '/api/overview',
    '/api/timeline',
    '/api/timeline?pageSize=15&page=10',
    `/api/timeline?organisation=${BUSY_ORGANISATION_SLUG}`,
    '/api/timeline?phase=alpha&status=active&q=service',
    '/api/organisations',
    '/api/organisations?q=council',
    `/api/organisations/${BUSY_ORGANISATION_SLUG}`,
    `/api/organisations/${BUSY_ORGANISATION_SLUG}?page=2`,
    // The whole portfolio's calendar holds every dated event, but reads them project by project through the indexes.
    '/calendar.ics',
    `/organisations/${BUSY_ORGANISATION_SLUG}/calendar.ics`,
  ])('%s reads no large table whole', async (path) => {
    expect(await fullScans(path)).toEqual([]);
  });

  // The updates routes need someone signed in; their queries are asked directly, as the routes send them.
  const busyOrganisation = async () =>
    (await db.selectFrom('organisations').select('id').where('slug', '=', BUSY_ORGANISATION_SLUG).executeTakeFirstOrThrow()).id;
  const busyProject = async () => (await db.selectFrom('projects').select('id').where('slug', '=', BUSY_PROJECT_SLUG).executeTakeFirstOrThrow()).id;
  it.each([
    ['the review queue', () => listUpdatesByStatus(db, 'submitted', { page: 2, pageSize: QUEUE_PAGE_SIZE })],
    ['the count waiting for review', () => countUpdates(db, { status: 'submitted' })],
    ['a busy organisation’s projects', async () => projectsOfOrganisations(db, [await busyOrganisation()])],
    ['the returned updates of a busy project', async () => countUpdates(db, { status: 'returned', projectIds: [await busyProject()] })],
    ['the unpublished updates of a busy project', async () => unpublishedUpdatesOf(db, [await busyProject()])],
    ['the delivery confidence figures', () => loadOverview(db, TODAY, { withConfidence: true })],
    ['the list sorted by confidence', () => listProjectCards(db, { sort: 'confidence', confidence: 'red' }, { page: 1, pageSize: 50 }, TODAY, { withConfidence: true })],
    ['a busy project’s ratings', async () => loadRatings(db, await busyProject())],
    ...dataGaps.map((gap) => [`the data gap ${gap}`, () => loadDataGaps(db, gap, { page: 2, pageSize: 50 }, TODAY)] as const),
    [
      'one update',
      async () => loadUpdate(db, (await db.selectFrom('updates').select('id').where('projectId', '=', await busyProject()).executeTakeFirstOrThrow()).id),
    ],
  ] as const)('%s reads no large table whole', async (what, run) => {
    expect(await fullScansOf(what, run)).toEqual([]);
  });

  // A fortnight's issue over the generated portfolio: its candidates, who sent nothing, and the issue itself with a few hundred items.
  const PERIOD = { from: '2025-11-28', to: '2026-11-27', sprintNoteId: 0 };
  const issueWithItems = async () => {
    const existing = await db.selectFrom('sprintNotes').select('number').where('number', '=', 900).executeTakeFirst();
    if (existing !== undefined) return 900;
    const { id } = await db
      .insertInto('sprintNotes')
      .values({ number: 900, coversFrom: PERIOD.from, coversTo: PERIOD.to, introMarkdown: '', closingMarkdown: '', status: 'draft', createdAt: TODAY, updatedAt: TODAY })
      .returning('id')
      .executeTakeFirstOrThrow();
    const items = (await listCandidates(db, PERIOD)).slice(0, 300).map((update) => ({ updateId: update.id, headline: null, bodyMarkdown: null }));
    expect(items.length, 'the period holds candidates').toBeGreaterThan(100);
    await writeContent(db, id, { sections: [{ kind: 'projects', name: 'Projects', intro: '', items }], headings: [] }, new Map());
    return 900;
  };
  it.each([
    ['an issue’s candidates', () => listCandidates(db, PERIOD)],
    ['the projects with nothing in the period', () => projectsWithoutCandidates(db, PERIOD)],
    ['their unapproved updates', async () => unapprovedInPeriod(db, [await busyProject()], PERIOD)],
    ['their contacts', async () => contactsOf(db, [await busyProject()])],
    ['the issues', () => listSprintNotes(db, true)],
    ['an issue with 300 items', async () => loadSprintNote(db, await issueWithItems())],
    ['the updates an issue uses', async () => loadNoteUpdates(db, (await listCandidates(db, PERIOD)).slice(0, 300).map((update) => update.id))],
  ] as const)('%s reads no large table whole', async (what, run) => {
    expect(await fullScansOf(what, run)).toEqual([]);
  });

  it('finds an issue’s candidates by their dates, not among every approved update', async () => {
    captured = [];
    await listCandidates(db, PERIOD);
    const query = captured[0];
    if (query === undefined) throw new Error('No query was sent');
    const plan =
      TEST_DIALECT === 'postgres'
        ? JSON.stringify((await db.executeQuery(CompiledQuery.raw(`explain (format json) ${query.sql}`, [...query.parameters]))).rows)
        : JSON.stringify((await db.executeQuery(CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]))).rows);
    expect(plan).toContain('updates_candidates_idx');
  });
});
