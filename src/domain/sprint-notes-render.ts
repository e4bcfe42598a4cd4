import type { Parents as HastParents, Root as HastRoot } from 'hast';
import type { BlockContent, Heading, ListItem, Root as MdastRoot, Nodes, Paragraph, PhrasingContent, RootContent, Text } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toMarkdown } from 'mdast-util-to-markdown';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { isSafeUrl } from './safe-url';
import type { NoteUpdate } from './sprint-notes';
import type { SprintNotesDocument } from './sprint-notes-document';

// An issue is written once as Markdown, and everything else is drawn from that one string: the
// app's preview (react-markdown with SPRINT_NOTES_SANITIZE_SCHEMA), the HTML export (renderHtml)
// and the text people paste into Medium. So the Markdown is kept to what all three show alike.

/**
 * What HTML an issue may contain: the tags Medium's editor keeps on paste, and web or email
 * links. Every key is given, because rehype-sanitize fills a missing one from GitHub's far wider
 * default.
 */
export const SPRINT_NOTES_SANITIZE_SCHEMA: SanitizeSchema = {
  tagNames: ['h2', 'h3', 'p', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'blockquote'],
  attributes: { a: ['href'] },
  protocols: { href: ['http', 'https', 'mailto'] },
  ancestors: { li: ['ol', 'ul'] },
  required: {},
  // No ids or names are allowed, so nothing can clobber a page's globals and nothing needs a prefix.
  clobber: [],
  clobberPrefix: '',
  // Their content is code or styling, never words meant for the reader.
  strip: ['script', 'style'],
  allowComments: false,
  allowDoctypes: false,
};

const text = (value: string): Text => ({ type: 'text', value });

/** People's headings as one line of literal text: Markdown in them stays as typed. */
function headingNode(depth: 2 | 3, value: string): Heading {
  return { type: 'heading', depth, children: [text(value.replace(/\s+/g, ' ').trim())] };
}

interface Context {
  definitions: ReadonlyMap<string, string>;
  inLink: boolean;
  inEmphasis: boolean;
  inStrong: boolean;
}

/** Reference links and images point at their text's own definitions, so one body's [1] cannot pick up another's. */
function definitionsOf(root: MdastRoot): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (node: Nodes) => {
    // The first definition of a label wins, as CommonMark reads it.
    if (node.type === 'definition' && !found.has(node.identifier)) found.set(node.identifier, node.url);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return found;
}

function linkTo(url: string, children: PhrasingContent[], context: Context): PhrasingContent[] {
  // A link inside a link is not Markdown; an unsafe address would be refused on export anyway.
  if (context.inLink || !isSafeUrl(url)) return children;
  return [{ type: 'link', url, title: null, children }];
}

function imageAsLink(url: string | undefined, alt: string | null | undefined, context: Context): PhrasingContent[] {
  if (url === undefined || !isSafeUrl(url)) return [];
  const label = alt?.trim() ?? '';
  // Inside a link the image's words are all that can stay.
  if (context.inLink) return label === '' ? [] : [text(label)];
  return [{ type: 'link', url, title: null, children: [text(label === '' ? url : label)] }];
}

function phrasing(nodes: readonly PhrasingContent[], context: Context): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const push = (node: PhrasingContent) => {
    const last = out.at(-1);
    // Joined so the serialiser sees whole words when it decides what to escape.
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else out.push(node);
  };
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        push(text(node.value));
        break;
      case 'inlineCode':
        push(text(node.value));
        break;
      case 'break':
        push(text('\n'));
        break;
      case 'emphasis': {
        // Emphasis inside emphasis would be written as strong text.
        const children = phrasing(node.children, { ...context, inEmphasis: true });
        if (context.inEmphasis) children.forEach(push);
        else if (children.length > 0) push({ type: 'emphasis', children });
        break;
      }
      case 'strong': {
        const children = phrasing(node.children, { ...context, inStrong: true });
        if (context.inStrong) children.forEach(push);
        else if (children.length > 0) push({ type: 'strong', children });
        break;
      }
      case 'link':
        linkTo(node.url, phrasing(node.children, { ...context, inLink: true }), context).forEach(push);
        break;
      case 'linkReference': {
        const children = phrasing(node.children, { ...context, inLink: true });
        const url = context.definitions.get(node.identifier);
        (url === undefined ? children : linkTo(url, children, context)).forEach(push);
        break;
      }
      case 'image':
        imageAsLink(node.url, node.alt, context).forEach(push);
        break;
      case 'imageReference':
        imageAsLink(context.definitions.get(node.identifier), node.alt, context).forEach(push);
        break;
      // Raw HTML, and anything else outside the vocabulary (footnotes, GFM), is dropped.
      default:
        break;
    }
  }
  return out;
}

/** Leading and trailing spaces mean nothing in a paragraph, and the serialiser would encode them. */
function trimmed(children: PhrasingContent[]): PhrasingContent[] {
  const first = children[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = children.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return children.filter((child) => child.type !== 'text' || child.value !== '');
}

function paragraphOf(children: PhrasingContent[]): Paragraph[] {
  const kept = trimmed(children);
  return kept.length === 0 ? [] : [{ type: 'paragraph', children: kept }];
}

function blocks(nodes: readonly RootContent[], context: Context): BlockContent[] {
  const out: BlockContent[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        out.push(...paragraphOf(phrasing(node.children, context)));
        break;
      case 'heading': {
        // A body's heading would outrank the issue's own; it keeps its emphasis as bold text.
        const children = trimmed(phrasing(node.children, { ...context, inStrong: true }));
        if (children.length > 0) out.push({ type: 'paragraph', children: [{ type: 'strong', children }] });
        break;
      }
      case 'code': {
        // Indentation means nothing in a paragraph, and leading spaces would be encoded.
        const lines = node.value
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== '');
        out.push(...paragraphOf([text(lines.join('\n'))]));
        break;
      }
      case 'blockquote': {
        const children = blocks(node.children, context);
        if (children.length > 0) out.push({ type: 'blockquote', children });
        break;
      }
      case 'list': {
        const items = node.children.flatMap((item): ListItem[] => {
          const children = blocks(item.children, context);
          return children.length === 0 ? [] : [{ type: 'listItem', spread: item.spread, checked: null, children }];
        });
        if (items.length > 0) out.push({ type: 'list', ordered: node.ordered, start: node.start, spread: node.spread, children: items });
        break;
      }
      // Definitions are resolved where they are used; raw HTML and rules are not kept.
      default:
        break;
    }
  }
  return out;
}

// Parsing is most of the work, and the composer renders the whole issue again after every change
// to one item, so each text's blocks are remembered. The serialiser only reads them, so one copy
// can serve every render.
const BODY_CACHE_MAX = 5_000;
const bodyCache = new Map<string, readonly BlockContent[]>();

/** A person's Markdown, cut down to the issue's vocabulary. */
function bodyBlocks(markdown: string): readonly BlockContent[] {
  const cached = bodyCache.get(markdown);
  if (cached !== undefined) return cached;
  let made: readonly BlockContent[] = [];
  if (markdown.trim() !== '') {
    const root = fromMarkdown(markdown);
    made = blocks(root.children, { definitions: definitionsOf(root), inLink: false, inEmphasis: false, inStrong: false });
  }
  // A Map keeps insertion order, so its first key is the oldest.
  if (bodyCache.size >= BODY_CACHE_MAX) bodyCache.delete(bodyCache.keys().next().value ?? '');
  bodyCache.set(markdown, made);
  return made;
}

function linkList(links: NoteUpdate['links']): BlockContent[] {
  const items = links.map((link): ListItem => {
    const title = link.title.trim() === '' ? link.url : link.title.trim();
    // A stored link may predate today's checks; its title still says what it was.
    const content: PhrasingContent = isSafeUrl(link.url) ? { type: 'link', url: link.url, title: null, children: [text(title)] } : text(title);
    return { type: 'listItem', spread: false, checked: null, children: [{ type: 'paragraph', children: [content] }] };
  });
  return items.length === 0 ? [] : [{ type: 'list', ordered: false, spread: false, children: items }];
}

const MARKDOWN_OPTIONS = { bullet: '-', bulletOther: '*', bulletOrdered: '.', listItemIndent: 'one', resourceLink: true } as const;

function partOf(children: RootContent[]): string {
  return toMarkdown({ type: 'root', children }, MARKDOWN_OPTIONS).trimEnd();
}

/**
 * The issue's Markdown a piece at a time: the opening, then each section's heading and opening
 * line, each block, and the closing line. Pieces meet only at headings, where Markdown starts
 * afresh, so joined with blank lines they are the whole text; the composer's preview draws them
 * a few at a time, so a long issue never holds up the page.
 */
export function* markdownParts(document: SprintNotesDocument, options: { title: boolean }): Generator<string> {
  const opening: RootContent[] = [];
  if (options.title) opening.push(headingNode(2, document.title));
  opening.push({ type: 'paragraph', children: [text(document.coverage)] }, ...bodyBlocks(document.intro));
  yield partOf(opening);
  for (const section of document.sections) {
    yield partOf([headingNode(2, section.name), ...bodyBlocks(section.intro)]);
    for (const block of section.blocks) {
      const children: RootContent[] = [headingNode(3, block.heading)];
      for (const entry of block.entries) children.push(...bodyBlocks(entry.bodyMarkdown), ...linkList(entry.links));
      yield partOf(children);
    }
  }
  const closing = bodyBlocks(document.closing);
  if (closing.length > 0) yield partOf([...closing]);
}

/**
 * The issue as one Markdown text. With `title`, it opens with the issue's title; without, with
 * its coverage line, for pages that give the title as their own heading.
 */
export function renderMarkdown(document: SprintNotesDocument, options: { title: boolean }): string {
  return `${[...markdownParts(document, options)].join('\n\n')}\n`;
}

// The HTML standard's serialisation of text, which a DOM's innerHTML (and so DOMPurify) gives back.
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '\u00a0': '&nbsp;', '<': '&lt;', '>': '&gt;' };

function escapeText(value: string): string {
  return value.replace(/[&\u00a0<>]/g, (character) => TEXT_ESCAPES[character] ?? character);
}

/**
 * Writes text as a browser would serialise it, so exported HTML survives a round trip through
 * a DOM (or DOMPurify) unchanged; rehype-stringify leaves `>` and no-break spaces bare. The
 * serialiser is told to pass raw nodes through for this, so any raw node this did not make is
 * dropped here, though the sanitiser before it has already dropped them.
 */
function textAsBrowsersWriteIt() {
  const visit = (node: HastParents) => {
    for (let index = node.children.length - 1; index >= 0; index -= 1) {
      const child = node.children[index];
      if (child?.type === 'raw') node.children.splice(index, 1);
      else if (child?.type === 'text') node.children[index] = { type: 'raw', value: escapeText(child.value) };
      else if (child?.type === 'element') visit(child);
    }
  };
  return (tree: HastRoot) => {
    visit(tree);
  };
}

const htmlProcessor = unified()
  .use(remarkParse)
  // As react-markdown does, so raw HTML is dropped by the sanitiser in both, leaving the same
  // line breaks around where it was.
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeSanitize, SPRINT_NOTES_SANITIZE_SCHEMA)
  .use(textAsBrowsersWriteIt)
  .use(rehypeStringify, { allowDangerousHtml: true, characterReferences: { useNamedReferences: true } })
  .freeze();

// micromark slows down more than in proportion on long texts (an issue of 1.7 MB took about three
// times as long whole as in pieces), so an issue is parsed a block at a time. A top-level ATX heading after a blank line
// ends any list, block quote or paragraph before it, so cutting there changes nothing, unless
// the text has something that reaches across it: a fenced code or HTML block that a heading does
// not end, or a reference definition, which counts for the whole text. renderMarkdown writes
// none of those; other text is parsed whole.
const CUT_BEFORE_HEADING = /\n[ \t]*\n(?=#{1,6}[ \t])/;
const REACHES_ACROSS_CUTS = /^ {0,3}(?:`{3}|~{3}|<)|\]:/m;

function parseIssue(markdown: string): MdastRoot {
  if (REACHES_ACROSS_CUTS.test(markdown)) return htmlProcessor.parse(markdown);
  const children = markdown.split(CUT_BEFORE_HEADING).flatMap((part) => htmlProcessor.parse(part).children);
  return { type: 'root', children };
}

/** The issue's Markdown as HTML, cut to SPRINT_NOTES_SANITIZE_SCHEMA exactly as the app's preview cuts it. */
export function renderHtml(markdown: string): string {
  return htmlProcessor.stringify(htmlProcessor.runSync(parseIssue(markdown)));
}
