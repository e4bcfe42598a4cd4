import { sprintNoteTitle, type NoteUpdate, type SprintNoteContent } from './sprint-notes';

// What an issue says, in reading order, before it is written out as Markdown. Kept apart from the
// renderer so the composer can lay out a preview's outline without loading a Markdown parser.

/** One update's words in an issue, as the issue uses them. */
export interface SprintNotesEntry {
  updateId: number;
  bodyMarkdown: string;
  links: NoteUpdate['links'];
}

/** A run of entries under one heading: a team item, or all of one project's items in a section. */
export interface SprintNotesBlock {
  heading: string;
  /** The project the heading names; null when the block is headed by an update's headline. */
  projectSlug: string | null;
  entries: SprintNotesEntry[];
}

export interface SprintNotesDocumentSection {
  name: string;
  /** Markdown. */
  intro: string;
  blocks: SprintNotesBlock[];
}

export interface SprintNotesDocument {
  title: string;
  coverage: string;
  /** Markdown. */
  intro: string;
  /** Markdown. */
  closing: string;
  sections: SprintNotesDocumentSection[];
}

/** What documentOf needs of an issue: its number and content, as both the API's issue and the composer's draft have them. */
export type SprintNotesIssue = Pick<SprintNoteContent, 'coversFrom' | 'coversTo' | 'intro' | 'closing' | 'sections' | 'headings'> & {
  number: number;
};

// "City"/"County"/… go with "Council" because the joint form names places, and "Tameside and
// Sedgemoor District Councils" would wrongly make both district councils.
const COUNCIL_SUFFIX = /\s+(?:(?:Metropolitan Borough|City|County|Borough|District)\s+)?Councils?$/;

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

function councilPlace(name: string): string {
  const place = name.replace(COUNCIL_SUFFIX, '');
  return place === '' ? name : place;
}

/**
 * A project as Sprint Notes heads it: `Name (Lead)`, or for joint council leads
 * `Name (Camden and Bedfordshire Councils)`; just the name when it has no lead.
 */
export function projectHeading(name: string, leads: readonly { name: string; kind: string }[]): string {
  // A lead recorded once per phase is still one lead.
  const unique = leads.filter((lead, index) => leads.findIndex((other) => other.name === lead.name) === index);
  const [only] = unique;
  if (only === undefined) return name;
  if (unique.length === 1) return `${name} (${only.name})`;
  if (unique.every((lead) => lead.kind === 'council')) return `${name} (${joinNames(unique.map((lead) => councilPlace(lead.name)))} Councils)`;
  return `${name} (${joinNames(unique.map((lead) => lead.name))})`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dayParts(value: string): { day: number; month: string; year: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const month = match === null ? undefined : MONTHS[Number(match[2]) - 1];
  if (match === null || month === undefined) throw new RangeError(`Not a day (YYYY-MM-DD): ${value}`);
  return { day: Number(match[3]), month, year: Number(match[1]) };
}

/** The line under an issue's title: "Covering 17 March to 11 May 2022", saying the month and year once where they are shared. */
export function formatCoverage(from: string, to: string): string {
  const start = dayParts(from);
  const end = dayParts(to);
  const last = `${end.day} ${end.month} ${end.year}`;
  if (start.year !== end.year) return `Covering ${start.day} ${start.month} ${start.year} to ${last}`;
  if (start.month !== end.month) return `Covering ${start.day} ${start.month} to ${last}`;
  if (start.day !== end.day) return `Covering ${start.day} to ${last}`;
  return `Covering ${last}`;
}

/** The updates an issue's items name that are not in the map, in the order the items give them, each once. */
export function missingUpdates(issue: Pick<SprintNotesIssue, 'sections'>, updatesById: ReadonlyMap<number, NoteUpdate>): number[] {
  const missing = new Set<number>();
  for (const section of issue.sections) {
    for (const item of section.items) if (!updatesById.has(item.updateId)) missing.add(item.updateId);
  }
  return [...missing];
}

/**
 * An issue laid out for reading. A team section heads each item with its headline. A project
 * section heads each project once, with this issue's heading for it or the one made from its
 * leads, and puts all of that project's items under it where its first item is, as the contract
 * has it; their headlines are not shown, as the newsletter never showed them. Items whose update
 * is missing are left out here; missingUpdates lists them for the composer to report. A section
 * with nothing in it is left out too: a heading over nothing reads as a mistake.
 */
export function documentOf(issue: SprintNotesIssue, updatesById: ReadonlyMap<number, NoteUpdate>): SprintNotesDocument {
  const overrides = new Map(issue.headings.map((override) => [override.projectSlug, override.heading]));
  return {
    title: sprintNoteTitle(issue.number),
    coverage: formatCoverage(issue.coversFrom, issue.coversTo),
    intro: issue.intro,
    closing: issue.closing,
    sections: issue.sections.flatMap((section) => {
      const blocks: SprintNotesBlock[] = [];
      const byProject = new Map<string, SprintNotesBlock>();
      for (const item of section.items) {
        const update = updatesById.get(item.updateId);
        if (update === undefined) continue;
        const entry: SprintNotesEntry = { updateId: update.id, bodyMarkdown: item.bodyMarkdown ?? update.bodyMarkdown, links: update.links };
        const project = section.kind === 'projects' ? update.project : null;
        if (project === null) {
          blocks.push({ heading: item.headline ?? update.headline, projectSlug: null, entries: [entry] });
          continue;
        }
        const block = byProject.get(project.slug);
        if (block !== undefined) {
          block.entries.push(entry);
          continue;
        }
        const created: SprintNotesBlock = { heading: overrides.get(project.slug) ?? project.heading, projectSlug: project.slug, entries: [entry] };
        byProject.set(project.slug, created);
        blocks.push(created);
      }
      return blocks.length === 0 ? [] : [{ name: section.name, intro: section.intro, blocks }];
    }),
  };
}
