import * as z from 'zod/mini';
import { phasesPastPlannedEnd, plannedEndOf } from './delivery-flags';
import { organisationSummarySchema, slugSchema } from './organisation';
import { pageInfoSchema } from './paging';
import { formatPartialDate, isoDay, type PartialDate, partialDateEnd, partialDateSchema, partialDateStart } from './partial-date';
import { effectivePhaseStatus, informationDate, phaseName, phaseProgress, type StepStatus, stepStatusLabels } from './phase-rules';
import { progressAsOf } from './portfolio-row';
import { eventKinds, type OutputKind, type Phase, phaseSchema, type ProjectDetail, projectStatusSchema } from './project';

/** The outputs that happen on a day, and so belong on a timeline: talks and events. */
export const timelineEventKinds = ['talk', 'event'] as const;
export type TimelineEventKind = (typeof timelineEventKinds)[number];

/** A show and tell with a date: one without says nothing about when. */
export const timelineShowAndTellSchema = z.object({
  id: z.int(),
  heldOn: partialDateSchema,
  title: z.string(),
  sprint: z.nullable(z.int().check(z.positive())),
});

export const timelineEventSchema = z.object({
  id: z.int(),
  kind: z.enum(timelineEventKinds),
  title: z.string(),
  date: partialDateSchema,
});

/** What the timeline needs of a project, from `GET /api/timeline` or from a project's own page. */
export const timelineProjectSchema = z.object({
  slug: slugSchema,
  name: z.string(),
  leads: z.array(organisationSummarySchema),
  status: projectStatusSchema,
  phases: z.array(phaseSchema),
  showAndTells: z.array(timelineShowAndTellSchema),
  events: z.array(timelineEventSchema),
  /** The day of the latest published update: what the project's phases are worked out as of. */
  latestUpdateOn: z.nullable(partialDateSchema),
});
export type TimelineProject = z.infer<typeof timelineProjectSchema>;

export const timelinePageSchema = z.extend(pageInfoSchema, {
  projects: z.array(timelineProjectSchema),
});
export type TimelinePage = z.infer<typeof timelinePageSchema>;

/** A project page's detail as the timeline reads it: only what has a date can be placed on it. */
export function timelineProjectOf(
  project: Pick<ProjectDetail, 'slug' | 'name' | 'leads' | 'status' | 'phases' | 'showAndTells' | 'outputs' | 'latestUpdateOn'>,
): TimelineProject {
  return {
    slug: project.slug,
    name: project.name,
    leads: project.leads,
    status: project.status,
    phases: project.phases,
    showAndTells: project.showAndTells.flatMap(({ id, heldOn, title, sprint }) => (heldOn === null ? [] : [{ id, heldOn, title, sprint }])),
    events: project.outputs.flatMap(({ id, kind, title, date }) =>
      date === null || !isEventKind(kind) ? [] : [{ id, kind, title, date }],
    ),
    latestUpdateOn: project.latestUpdateOn,
  };
}

function isEventKind(kind: OutputKind): kind is TimelineEventKind {
  return eventKinds.has(kind);
}

/**
 * A stretch of days on the axis, both ends included. A date known only to its month or year is
 * drawn across every day it can mean: `fromLatest` is the last day a start could be, and
 * `toEarliest` the first day an end could be, so that part is drawn as uncertain.
 */
export interface TimelineSpan {
  from: string;
  to: string;
  fromLatest: string | null;
  toEarliest: string | null;
  /** The end is not known: drawn as a short stub that fades out, never as a length. */
  openEnd: boolean;
}

/**
 * The facts of one line of the timeline, in words: what the chart says of it (its bar's
 * accessible name, its caption) and what the table shows come from these, so the two cannot
 * disagree.
 */
interface EntryFacts {
  key: string;
  /** "Sprints 8 and 9, funded from underspend", "Show and tell: Sprint 7 show and tell". */
  name: string;
  /** "Started 11 May 2022; planned to end 7 June 2022", "Dates not known", "10 May 2022". */
  when: string;
  /** "In progress. Week 1 of 4, as of 11 May 2022. 2 weeks past its planned end of 7 June 2022." */
  progress: string;
}

export interface TimelinePhaseEntry extends EntryFacts {
  type: 'phase';
  status: StepStatus;
  /** Start to planned end, when both are known. */
  planned: TimelineSpan | null;
  /** Start to end, or to today while in progress. */
  actual: TimelineSpan | null;
  /** The days after the planned end of a phase still in progress today. */
  overrun: TimelineSpan | null;
}

export interface TimelinePointEntry extends EntryFacts {
  type: 'show_and_tell' | TimelineEventKind;
  /** One day, or every day of the month or year it is known to. */
  span: TimelineSpan;
}

export type TimelineEntry = TimelinePhaseEntry | TimelinePointEntry;

export interface TimelineRow {
  slug: string;
  name: string;
  /** The lead organisations' names, as the project page's caption reads them. */
  leads: string;
  /** Phases in order, then show and tells, talks and events by date. */
  entries: TimelineEntry[];
}

export type TimelineScale = 'month' | 'quarter' | 'year';

export interface TimelineTick {
  day: string;
  label: string;
}

export interface Timeline {
  /** The first and last days of the axis: whole months, quarters or years. */
  from: string;
  to: string;
  /** How many calendar months the axis covers, for the chart to size itself by. */
  months: number;
  scale: TimelineScale;
  ticks: TimelineTick[];
  today: string;
  rows: TimelineRow[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

function dayNumber(day: string): number {
  return partialDateStart(day).getTime() / DAY_MS;
}

function addDays(day: string, days: number): string {
  return isoDay(new Date(partialDateStart(day).getTime() + days * DAY_MS));
}

const firstDay = (value: PartialDate) => isoDay(partialDateStart(value));
const lastDay = (value: PartialDate) => isoDay(partialDateEnd(value));
const isRough = (value: PartialDate) => value.length < 10;

/** "7 June 2022"; "in June 2022 (day not recorded)" for a month; "in 2022 (month not recorded)" for a year. */
function dateInWords(value: PartialDate): string {
  if (value.length === 10) return formatPartialDate(value);
  return `in ${formatPartialDate(value)} (${value.length === 7 ? 'day' : 'month'} not recorded)`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function count(amount: number, unit: string): string {
  return `${String(amount)} ${unit}${amount === 1 ? '' : 's'}`;
}

/** How long a phase has run past its planned end, in days for the first week and in whole weeks after. */
function overrunInWords(phase: Phase, plannedEnd: string, today: string): string {
  const days = dayNumber(today) - dayNumber(plannedEnd);
  const length = days < 7 ? count(days, 'day') : count(Math.floor(days / 7), 'week');
  const given = phase.plannedEndOn;
  const end = given !== null && isRough(given) ? `in ${formatPartialDate(given)}` : `of ${formatPartialDate(plannedEnd)}`;
  return `${length} past its planned end ${end}`;
}

function phaseWhen(phase: Phase, status: StepStatus, plannedEnd: string | null): string {
  const { startedOn, plannedEndOn, endedOn, plannedWeeks } = phase;
  if (startedOn === null && plannedEndOn === null && endedOn === null) {
    return plannedWeeks === null ? 'Dates not known' : `Dates not known; planned for ${count(plannedWeeks, 'week')}`;
  }
  const parts: string[] = [];
  if (startedOn === null) parts.push('start not recorded');
  else parts.push(`${{ planned: 'planned to start', unknown: 'start given as', in_progress: 'started', completed: 'started' }[status]} ${dateInWords(startedOn)}`);
  if (plannedEndOn !== null) parts.push(`planned to end ${dateInWords(plannedEndOn)}`);
  else if (plannedWeeks !== null) {
    parts.push(plannedEnd === null ? `planned for ${count(plannedWeeks, 'week')}` : `planned to end ${formatPartialDate(plannedEnd)}, after ${count(plannedWeeks, 'week')}`);
  }
  else if (status !== 'completed') parts.push('planned end not recorded');
  if (status === 'completed') parts.push(endedOn === null ? 'end not recorded' : `ended ${dateInWords(endedOn)}`);
  return capitalise(parts.join('; '));
}

function phaseEntry(phase: Phase, asOf: string, today: string, late: boolean): TimelinePhaseEntry {
  // As the project page shows it, at the project's information date; but a phase the delivery
  // flags count as late today is drawn running to today, as they judge it.
  const status: StepStatus = late ? 'in_progress' : (effectivePhaseStatus(phase, asOf) ?? 'unknown');
  const plannedEnd = plannedEndOf(phase);
  const start = phase.startedOn === null ? null : firstDay(phase.startedOn);
  const startLatest = phase.startedOn !== null && isRough(phase.startedOn) ? lastDay(phase.startedOn) : null;
  const span = (to: string, toEarliest: string | null): TimelineSpan | null =>
    start === null || to < start ? null : { from: start, to, fromLatest: startLatest === null || startLatest < to ? startLatest : to, toEarliest, openEnd: false };

  let planned = plannedEnd === null ? null : span(plannedEnd, phase.plannedEndOn !== null && isRough(phase.plannedEndOn) ? firstDay(phase.plannedEndOn) : null);
  let actual: TimelineSpan | null = null;
  if (status === 'in_progress') actual = span(today, null);
  else if (status === 'completed' && phase.endedOn !== null) actual = span(lastDay(phase.endedOn), isRough(phase.endedOn) ? firstDay(phase.endedOn) : null);
  // A start with no end known is a start, not a length: a stub that fades out, after every day the start can mean.
  const stub = start === null ? null : { from: start, to: startLatest ?? start, fromLatest: startLatest, toEarliest: null, openEnd: true };
  if (status === 'completed' && actual === null) actual = stub;
  if (planned === null && actual === null) planned = stub;
  const overrun = late && plannedEnd !== null ? { from: addDays(plannedEnd, 1), to: today, fromLatest: null, toEarliest: null, openEnd: false } : null;

  const sentences = [`${capitalise(stepStatusLabels[status])}.`];
  const progress = phaseProgress(phase, asOf);
  // Said once, as of today, when the phase is late now.
  if (progress !== null && !(late && progress.kind === 'overrun')) sentences.push(`${progressAsOf(progress, asOf, today)}.`);
  if (late && plannedEnd !== null) sentences.push(`${capitalise(overrunInWords(phase, plannedEnd, today))}.`);

  return {
    type: 'phase',
    key: `phase-${String(phase.id)}`,
    name: phaseName(phase),
    status,
    planned,
    actual,
    overrun,
    when: phaseWhen(phase, status, plannedEnd),
    progress: sentences.join(' '),
  };
}

const pointNames: Record<TimelinePointEntry['type'], string> = { show_and_tell: 'Show and tell', talk: 'Talk', event: 'Event' };

function pointEntry(type: TimelinePointEntry['type'], id: number, title: string, date: PartialDate, today: string): TimelinePointEntry {
  const from = firstDay(date);
  const to = lastDay(date);
  const rough = isRough(date);
  const progress = to < today ? 'Took place.' : from > today ? 'Coming up.' : rough ? `This ${date.length === 7 ? 'month' : 'year'}.` : 'Today.';
  return {
    type,
    key: `${type}-${String(id)}`,
    name: `${pointNames[type]}: ${title}`,
    span: { from, to, fromLatest: rough ? to : null, toEarliest: rough ? from : null, openEnd: false },
    when: capitalise(dateInWords(date)),
    progress,
  };
}

/** Every day a row draws, for the axis to cover. */
function drawnDays(entry: TimelineEntry): string[] {
  const spans = entry.type === 'phase' ? [entry.planned, entry.actual, entry.overrun] : [entry.span];
  return spans.flatMap((span) => (span === null ? [] : [span.from, span.to]));
}

/** What the chart and its table say of a project with nothing to place on a timeline. */
export const NOTHING_RECORDED = 'No phases, show and tells, talks or events recorded yet.';

/** Whether an entry has anything to draw; a phase with no start is in words only. */
export function isDrawn(entry: TimelineEntry): boolean {
  return drawnDays(entry).length > 0;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function monthIndex(day: string): number {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return year * 12 + month - 1;
}

function monthStart(index: number): string {
  return isoDay(new Date(Date.UTC(Math.floor(index / 12), index % 12, 1)));
}

/**
 * The axis: every day drawn and today, widened to whole months, quarters or years (whichever
 * keeps the ticks few enough to read), with a tick at the start of each.
 */
function axisOf(days: readonly string[], today: string): Pick<Timeline, 'from' | 'to' | 'months' | 'scale' | 'ticks'> {
  const sorted = [...days, today].sort();
  const first = monthIndex(sorted[0] ?? today);
  const last = monthIndex(sorted.at(-1) ?? today);
  const span = last - first + 1;
  const scale: TimelineScale = span <= 12 ? 'month' : span <= 48 ? 'quarter' : 'year';
  const step = { month: 1, quarter: 3, year: 12 }[scale];
  const start = first - (first % step);
  const end = last - (last % step) + step;
  const ticks: TimelineTick[] = [];
  for (let index = start; index < end; index += step) {
    const year = String(Math.floor(index / 12));
    const month = SHORT_MONTHS[index % 12] ?? '';
    const label = scale === 'year' ? year : index === start || index % 12 === 0 || scale === 'quarter' ? `${month} ${year}` : month;
    ticks.push({ day: monthStart(index), label });
  }
  return { from: monthStart(start), to: addDays(monthStart(end), -1), months: end - start, scale, ticks };
}

/**
 * Each project's phases, show and tells, talks and events on one time axis, as of today: what
 * the timeline chart draws and its table lists, so both say the same.
 */
export function buildTimeline(projects: readonly TimelineProject[], today: string): Timeline {
  const rows = projects.map((project): TimelineRow => {
    const asOf = informationDate(project.latestUpdateOn, today);
    const late = new Set(phasesPastPlannedEnd(project.phases, today).map((phase) => phase.id));
    const phases = [...project.phases].sort((a, b) => a.position - b.position).map((phase) => phaseEntry(phase, asOf, today, late.has(phase.id)));
    const points = [
      ...project.showAndTells.map((item) => pointEntry('show_and_tell', item.id, item.title, item.heldOn, today)),
      ...project.events.map((item) => pointEntry(item.kind, item.id, item.title, item.date, today)),
    ].sort((a, b) => (a.span.from < b.span.from ? -1 : a.span.from > b.span.from ? 1 : a.key.localeCompare(b.key)));
    return {
      slug: project.slug,
      name: project.name,
      leads: project.leads.map((lead) => lead.name).join(' and '),
      entries: [...phases, ...points],
    };
  });
  return { ...axisOf(rows.flatMap((row) => row.entries.flatMap(drawnDays)), today), today, rows };
}

/** Where a day falls along the axis, from 0 at its first day to 1 after its last. */
export function positionOf(timeline: Pick<Timeline, 'from' | 'to'>, day: string): number {
  const start = dayNumber(timeline.from);
  return (dayNumber(day) - start) / (dayNumber(timeline.to) + 1 - start);
}

/** The share of the axis a span takes, its last day included. */
export function widthOf(timeline: Pick<Timeline, 'from' | 'to'>, from: string, to: string): number {
  return positionOf(timeline, addDays(to, 1)) - positionOf(timeline, from);
}

/** A part of a span as drawn: `rough` for days a start or end known only to its month or year may mean. */
export interface TimelinePiece {
  from: string;
  to: string;
  rough: boolean;
}

/** A span cut into what to draw: the uncertain days of a rough start or end apart from those it certainly covers. */
export function piecesOf(span: TimelineSpan): TimelinePiece[] {
  const certainFrom = span.fromLatest === null ? span.from : addDays(span.fromLatest, 1);
  const certainTo = span.toEarliest === null ? span.to : addDays(span.toEarliest, -1);
  if (certainFrom > certainTo) return [{ from: span.from, to: span.to, rough: span.fromLatest !== null || span.toEarliest !== null }];
  return [
    ...(span.fromLatest === null ? [] : [{ from: span.from, to: span.fromLatest, rough: true }]),
    { from: certainFrom, to: certainTo, rough: false },
    ...(span.toEarliest === null ? [] : [{ from: span.toEarliest, to: span.to, rough: true }]),
  ];
}

/** "Today, 21 June 2022": the label of the line that marks today. */
export function todayInWords(timeline: Pick<Timeline, 'today'>): string {
  return `Today, ${formatPartialDate(timeline.today)}`;
}

/**
 * One entry as a sentence, with its project: the accessible name of its bar or point in the
 * chart, made of the same words as its row of the table.
 */
export function describeEntry(row: Pick<TimelineRow, 'name'>, entry: EntryFacts): string {
  return `${row.name}. ${entry.name}. ${entry.progress} ${entry.when}.`;
}
