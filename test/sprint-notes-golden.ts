import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

// Sprint Notes #46 as it was published on Medium, copied from the page: the text the renderer
// must reproduce from the seed. The copy in test/fixtures is what the tests read, so a clone of
// the repository on its own passes; the original's digest, in the golden test, says the copy is that text.

/** The copy kept with the tests. */
export const GOLDEN_FIXTURE_PATH = resolve(process.cwd(), 'test/fixtures/sprint-notes-46.txt');

export function readGolden(): string {
  return readFileSync(GOLDEN_FIXTURE_PATH, 'utf8');
}

/** The shared original's text, or null where there is none. */
const FIRST_LINE = 'Sprint Notes #46';
const LAST_LINE_START = 'That’s it for this sprint';
// Medium's alt text for embedded tweets, and a photo's caption: words about pictures, which the
// renderer has no pictures for.
const CAPTION_STARTS = ['A tweet about'];
const CAPTIONS = new Set(['We held our first roadshow at the Civic Centre in Newcastle']);
const BULLET = /^(?:•|\d+\.)\s+/;

/** Typographic quotes as plain ones and runs of white space as one space, so only the words are compared. */
export function normaliseText(value: string): string {
  return value
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The issue's own lines, from its title to its closing line: no blank lines, no Medium page
 * furniture around it, no captions, and list items without their bullets or numbers.
 */
export function goldenLines(text: string): string[] {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const first = lines.indexOf(FIRST_LINE);
  const last = lines.findIndex((line, index) => index > first && line.startsWith(LAST_LINE_START));
  if (first === -1 || last === -1) throw new Error(`The golden text must run from "${FIRST_LINE}" to "${LAST_LINE_START}…"`);
  return lines
    .slice(first, last + 1)
    .filter((line) => line !== '' && !CAPTIONS.has(line) && !CAPTION_STARTS.some((start) => line.startsWith(start)))
    .map((line) => line.replace(BULLET, ''));
}

function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  if (node.type === 'image') return node.alt ?? '';
  // Paragraphs of a list item read as one run of text.
  if ('children' in node) return node.children.map(textOf).join(node.type === 'listItem' ? ' ' : '');
  return '';
}

/** Rendered Markdown as a reader sees its parts: the headings' text, and each paragraph and list item's text, in order. */
export function outlineOf(markdown: string): { headings: string[]; blocks: string[] } {
  const headings: string[] = [];
  const blocks: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'heading') headings.push(textOf(node));
    else if (node.type === 'paragraph' || node.type === 'listItem') blocks.push(textOf(node));
    else if ('children' in node) node.children.forEach(visit);
  };
  visit(fromMarkdown(markdown));
  return { headings, blocks };
}

/** The headings, written out: the golden tests compare with these, and check them against the text. */
export const GOLDEN_HEADINGS = [
  'Sprint Notes #46',
  'News from the team',
  'We held our first regional roadshow in Newcastle',
  'We delivered a training programme on digital transformation',
  'More blog posts you might have missed',
  'We were joined by a new team member',
  'News from our funded projects',
  'Community Grants Service (Newcastle City Council)',
  'Children’s Social Care Demand Modelling (East Sussex County Council)',
  'Data Exchange with VCS (Camden and Bedfordshire Councils)',
  'Digital Inclusion Toolkit (Leeds City Council)',
  'Digital Waste Service (Rugby Borough Council)',
  'Family Context (Stockport Council)',
  'Future Work Design (East Riding of Yorkshire Council)',
  'Housing Repairs (City of Lincoln Council)',
  'Low Code Solutions for Housing Management (Redbridge Council)',
  'Open Referral UK',
  'Revs and Bens (Teignbridge District Council)',
  'Quality Data for Children in Care (Wigan Council)',
  'Scalable Approach to Vulnerability Via Interoperability (SAVVI) (Tameside and Sedgemoor Councils)',
  'SEND top-up (Bristol City Council)',
  'Task Management for Neighbourhood Planning Services (Colchester)',
];

/** Where each heading is among the lines, each after the one before; -1 from the first that is not. */
export function positionsInOrder(lines: readonly string[], wanted: readonly string[]): number[] {
  let from = 0;
  return wanted.map((line) => {
    const at = from === -1 ? -1 : lines.indexOf(line, from);
    from = at === -1 ? -1 : at + 1;
    return at;
  });
}

/** The paragraphs and list items: its lines less its headings. */
export function goldenBody(lines: readonly string[]): string[] {
  const headingLines = new Set(positionsInOrder(lines, GOLDEN_HEADINGS));
  return lines.filter((_, index) => !headingLines.has(index));
}
