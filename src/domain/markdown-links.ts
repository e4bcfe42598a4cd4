import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import * as z from 'zod/mini';
import { isSafeUrl } from './safe-url';

/**
 * The link destinations in Markdown text that are not web or email links, as Markdown itself
 * reads them: inline links, autolinks, reference definitions and images. A scan of the text for
 * "javascript:" would miss entity-encoded ones and refuse ones inside code, which are harmless.
 */
export function unsafeMarkdownLinks(markdown: string): string[] {
  const found: string[] = [];
  const visit = (node: Nodes) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) found.push(node.url);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(fromMarkdown(markdown));
  return found;
}

/** The check every Markdown field shares: refused, naming the first bad link, unless each link is a web or email link. */
export function safeMarkdownLinks(links: string) {
  return z.superRefine((value: string, context) => {
    const [unsafe] = unsafeMarkdownLinks(value);
    if (unsafe !== undefined) {
      context.issues.push({
        code: 'custom',
        input: value,
        message: `${links} must start with https://, http:// or mailto: (${unsafe.slice(0, 40)} does not)`,
      });
    }
  });
}
