import type { NotNull } from 'kysely';
import type { DiaryEntry, OrganisationDiary } from '../../../src/domain/organisation-detail';
import type { OrganisationSummary } from '../../../src/domain/organisation';
import type { Db } from '../database';
import { loadLeads } from './updates';

/*
 * What the calendar feeds and an organisation's page show: show and tells, and talks and events,
 * dated to a full day. A month or a year alone is no day to put in a calendar (isFullDay in
 * src/domain/icalendar.ts), so neither the feeds nor the page's "next" counts them.
 */

/** Dates are stored as text in both databases; a full day is the one spelling of ten characters. */
const FULL_DAY_PATTERN = '____-__-__';

/** The kinds of output that happen on a day, as the project page's "Talks and events" lists them. */
const EVENT_KINDS = ['talk', 'event'] as const;

/** Within a day: show and tells first, then talks, then events, each by id. */
const KIND_ORDER: Record<DiaryEntry['kind'], number> = { 'show-and-tell': 0, talk: 1, event: 2 };

export interface CalendarEntry {
  kind: DiaryEntry['kind'];
  id: number;
  /** Raised by every change; what the feed says as SEQUENCE. */
  version: number;
  title: string;
  on: string;
  /** The show and tell's summary, or the talk's or event's description. */
  details: string | null;
  links: { label: string; url: string }[];
  project: { slug: string; name: string; leads: OrganisationSummary[] };
}

/** The projects an organisation takes part in, in any role, now or before: a subquery, so a project it joined twice is still one. */
function projectsOf(db: Db, organisationId: number) {
  return db.selectFrom('partnerships').select('partnerships.projectId').where('partnerships.organisationId', '=', organisationId);
}

/**
 * Every dated show and tell, talk and event, of one organisation's projects or of all of them,
 * by day. Each read starts from projects and steps into show_and_tells (project_id, held_on) and
 * outputs (project_id): SQLite is held to that order with a cross join, which it never reorders,
 * so even the whole portfolio is read project by project through the indexes rather than as a
 * scan of either table.
 */
export async function listCalendarEntries(db: Db, organisationId: number | null): Promise<CalendarEntry[]> {
  let showAndTells = db
    .selectFrom('projects')
    .crossJoin('showAndTells')
    .whereRef('showAndTells.projectId', '=', 'projects.id')
    .where('showAndTells.heldOn', 'like', FULL_DAY_PATTERN)
    .select([
      'showAndTells.id',
      'showAndTells.version',
      'showAndTells.title',
      'showAndTells.heldOn as on',
      'showAndTells.summary as details',
      'showAndTells.slidesUrl',
      'showAndTells.recordingUrl',
      'projects.id as projectId',
      'projects.slug as projectSlug',
      'projects.name as projectName',
    ])
    .$narrowType<{ on: NotNull }>();
  let outputs = db
    .selectFrom('projects')
    .crossJoin('outputs')
    .whereRef('outputs.projectId', '=', 'projects.id')
    .where('outputs.kind', 'in', EVENT_KINDS)
    .where('outputs.occursOn', 'like', FULL_DAY_PATTERN)
    .select([
      'outputs.id',
      'outputs.version',
      'outputs.kind',
      'outputs.title',
      'outputs.occursOn as on',
      'outputs.description as details',
      'outputs.url',
      'projects.id as projectId',
      'projects.slug as projectSlug',
      'projects.name as projectName',
    ])
    .$narrowType<{ on: NotNull }>();
  if (organisationId !== null) {
    showAndTells = showAndTells.where('projects.id', 'in', projectsOf(db, organisationId));
    outputs = outputs.where('projects.id', 'in', projectsOf(db, organisationId));
  }
  const shown = await showAndTells.execute();
  const happening = await outputs.execute();
  const leads = await loadLeads(db, [...new Set([...shown, ...happening].map((row) => row.projectId))]);
  const projectOf = (row: { projectId: number; projectSlug: string; projectName: string }) => ({
    slug: row.projectSlug,
    name: row.projectName,
    leads: leads.get(row.projectId) ?? [],
  });
  const linksOf = (candidates: [string, string | null][]) =>
    candidates.filter((candidate): candidate is [string, string] => candidate[1] !== null).map(([label, url]) => ({ label, url }));

  const entries: CalendarEntry[] = [
    ...shown.map((row) => ({
      kind: 'show-and-tell' as const,
      id: row.id,
      version: row.version,
      title: row.title,
      on: row.on,
      details: row.details,
      links: linksOf([
        ['Slides', row.slidesUrl],
        ['Recording', row.recordingUrl],
      ]),
      project: projectOf(row),
    })),
    ...happening.map((row) => ({
      kind: row.kind === 'talk' ? ('talk' as const) : ('event' as const),
      id: row.id,
      version: row.version,
      title: row.title,
      on: row.on,
      details: row.details,
      links: linksOf([['More about it', row.url]]),
      project: projectOf(row),
    })),
  ];
  // One order whatever the database returns, so the same data always makes the same feed, byte for byte.
  return entries.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id - b.id));
}

/** An organisation's id and name by its slug, for its own feed; undefined when there is none. */
export async function findOrganisation(db: Db, slug: string): Promise<{ id: number; name: string } | undefined> {
  return db.selectFrom('organisations').select(['id', 'name']).where('slug', '=', slug).executeTakeFirst();
}

/** The records whose changes can alter a feed: events, and the projects and partnerships that name and place them. */
const CALENDAR_RECORDS = ['project', 'partnership', 'show-and-tell', 'output'] as const;

/**
 * When a show and tell, talk, event, project or partnership last changed, from the history every
 * edit writes; null when nothing has changed since the data was loaded. Read newest first by the
 * history's id, so it stops at the first such change rather than reading the whole log.
 */
export async function newestCalendarChange(db: Db): Promise<string | null> {
  const row = await db
    .selectFrom('history')
    .select('at')
    .where('recordType', 'in', CALENDAR_RECORDS)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.at ?? null;
}

type Direction = 'next' | 'previous';

/** The nearest show and tell of an organisation's projects on or after a day ('next') or before it ('previous'). */
async function nearestShowAndTell(db: Db, organisationId: number, today: string, direction: Direction): Promise<DiaryEntry | null> {
  const row = await db
    .selectFrom('showAndTells')
    .innerJoin('projects', 'projects.id', 'showAndTells.projectId')
    .select(['showAndTells.id', 'showAndTells.title', 'showAndTells.heldOn as on', 'projects.slug', 'projects.name'])
    .where('showAndTells.projectId', 'in', projectsOf(db, organisationId))
    .where('showAndTells.heldOn', direction === 'next' ? '>=' : '<', today)
    .where('showAndTells.heldOn', 'like', FULL_DAY_PATTERN)
    .orderBy('showAndTells.heldOn', direction === 'next' ? 'asc' : 'desc')
    .orderBy('showAndTells.id', direction === 'next' ? 'asc' : 'desc')
    .limit(1)
    .$narrowType<{ on: NotNull }>()
    .executeTakeFirst();
  if (row === undefined) return null;
  return { kind: 'show-and-tell', id: row.id, title: row.title, on: row.on, project: { slug: row.slug, name: row.name } };
}

/** The nearest talk or event of an organisation's projects on or after a day ('next') or before it ('previous'). */
async function nearestEvent(db: Db, organisationId: number, today: string, direction: Direction): Promise<DiaryEntry | null> {
  const row = await db
    .selectFrom('outputs')
    .innerJoin('projects', 'projects.id', 'outputs.projectId')
    .select(['outputs.id', 'outputs.kind', 'outputs.title', 'outputs.occursOn as on', 'projects.slug', 'projects.name'])
    .where('outputs.projectId', 'in', projectsOf(db, organisationId))
    .where('outputs.kind', 'in', EVENT_KINDS)
    .where('outputs.occursOn', direction === 'next' ? '>=' : '<', today)
    .where('outputs.occursOn', 'like', FULL_DAY_PATTERN)
    .orderBy('outputs.occursOn', direction === 'next' ? 'asc' : 'desc')
    .orderBy('outputs.id', direction === 'next' ? 'asc' : 'desc')
    .limit(1)
    .$narrowType<{ on: NotNull }>()
    .executeTakeFirst();
  if (row === undefined) return null;
  return { kind: row.kind === 'talk' ? 'talk' : 'event', id: row.id, title: row.title, on: row.on, project: { slug: row.slug, name: row.name } };
}

/**
 * An organisation's next show and tell and next talk or event, on or after `today`, and for
 * when none is coming, the latest before it. Four small reads, each stepping from the
 * organisation's partnerships into one project's dated rows.
 */
export async function loadOrganisationDiary(db: Db, organisationId: number, today: string): Promise<OrganisationDiary> {
  return {
    showAndTell: {
      next: await nearestShowAndTell(db, organisationId, today, 'next'),
      previous: await nearestShowAndTell(db, organisationId, today, 'previous'),
    },
    event: {
      next: await nearestEvent(db, organisationId, today, 'next'),
      previous: await nearestEvent(db, organisationId, today, 'previous'),
    },
  };
}
