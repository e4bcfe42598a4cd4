// @vitest-environment jsdom
// jsdom gives the DOM that DOMPurify and the tag checks below need.
import createDOMPurify from 'dompurify';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import Markdown from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import { describe, expect, it } from 'vitest';
import type { SprintNotesBlock, SprintNotesDocument } from './sprint-notes-document';
import { renderHtml, renderMarkdown, SPRINT_NOTES_SANITIZE_SCHEMA } from './sprint-notes-render';

const ALLOWED_TAGS = new Set(['H2', 'H3', 'P', 'STRONG', 'EM', 'A', 'UL', 'OL', 'LI', 'BLOCKQUOTE']);

function documentWith(blocks: SprintNotesBlock[], fields: Partial<SprintNotesDocument> = {}): SprintNotesDocument {
  return {
    title: 'Sprint Notes #47',
    coverage: 'Covering 12 to 25 May 2022',
    intro: '',
    closing: '',
    sections: [{ name: 'News from the team', intro: '', blocks }],
    ...fields,
  };
}

function oneBody(bodyMarkdown: string, heading = 'A headline', links: SprintNotesBlock['entries'][number]['links'] = []): SprintNotesDocument {
  return documentWith([{ heading, projectSlug: null, entries: [{ updateId: 1, bodyMarkdown, links }] }]);
}

/** What follows the fixed opening of a one-item document without its title. */
function bodyOf(bodyMarkdown: string, heading?: string): string {
  const opening = 'Covering 12 to 25 May 2022\n\n## News from the team\n\n';
  const markdown = renderMarkdown(oneBody(bodyMarkdown, heading), { title: false });
  expect(markdown.startsWith(opening)).toBe(true);
  return markdown.slice(opening.length);
}

function elementsOf(html: string): Element[] {
  const container = document.createElement('div');
  container.innerHTML = html;
  return [...container.querySelectorAll('*')];
}

/** Fails unless the HTML holds only the allowed tags, and links only to web and email addresses. */
function expectOnlyAllowed(html: string) {
  for (const element of elementsOf(html)) {
    expect(ALLOWED_TAGS.has(element.tagName), element.tagName).toBe(true);
    const attributes = [...element.attributes].map((attribute) => attribute.name);
    expect(attributes).toEqual(element.tagName === 'A' && element.hasAttribute('href') ? ['href'] : []);
    if (element.tagName === 'A' && element.hasAttribute('href')) {
      expect(element.getAttribute('href')).toMatch(/^(?:https?:\/\/|mailto:)/i);
    }
  }
}

const purify = createDOMPurify(window);

describe('renderMarkdown', () => {
  const issue: SprintNotesDocument = {
    title: 'Sprint Notes #46',
    coverage: 'Covering 17 March to 11 May 2022',
    intro: 'Welcome back to our *Sprint Notes*!',
    closing: 'That’s it for this sprint. Follow us on [Twitter](https://twitter.com/LDgovUK).',
    sections: [
      {
        name: 'News from the team',
        intro: '',
        blocks: [
          {
            heading: 'We held our first regional roadshow',
            projectSlug: null,
            entries: [{ updateId: 1, bodyMarkdown: 'On Thursday 31 March we met.', links: [{ title: 'Register', url: 'https://example.org/register' }] }],
          },
        ],
      },
      {
        name: 'News from our funded projects',
        intro: 'Find all our projects on [our website](https://www.localdigital.gov.uk/funded-projects/).',
        blocks: [
          {
            heading: 'Housing Repairs (City of Lincoln Council)',
            projectSlug: 'housing-repairs',
            entries: [
              { updateId: 2, bodyMarkdown: 'The public beta will focus on:\n\n* appointments\n* communal repairs', links: [] },
              { updateId: 3, bodyMarkdown: 'Get in touch.', links: [] },
            ],
          },
        ],
      },
    ],
  };

  it('writes the title, coverage, intro, sections, blocks, bodies, links and closing in order', () => {
    expect(renderMarkdown(issue, { title: true })).toBe(`## Sprint Notes #46

Covering 17 March to 11 May 2022

Welcome back to our *Sprint Notes*!

## News from the team

### We held our first regional roadshow

On Thursday 31 March we met.

- [Register](https://example.org/register)

## News from our funded projects

Find all our projects on [our website](https://www.localdigital.gov.uk/funded-projects/).

### Housing Repairs (City of Lincoln Council)

The public beta will focus on:

- appointments
- communal repairs

Get in touch.

That’s it for this sprint. Follow us on [Twitter](https://twitter.com/LDgovUK).
`);
  });

  it('starts with the coverage line when the page gives the title', () => {
    expect(renderMarkdown(issue, { title: false }).split('\n\n').slice(0, 2)).toEqual([
      'Covering 17 March to 11 May 2022',
      'Welcome back to our *Sprint Notes*!',
    ]);
  });

  it('gives the HTML the same outline', () => {
    expect(renderHtml(renderMarkdown(issue, { title: true }))).toBe(`<h2>Sprint Notes #46</h2>
<p>Covering 17 March to 11 May 2022</p>
<p>Welcome back to our <em>Sprint Notes</em>!</p>
<h2>News from the team</h2>
<h3>We held our first regional roadshow</h3>
<p>On Thursday 31 March we met.</p>
<ul>
<li><a href="https://example.org/register">Register</a></li>
</ul>
<h2>News from our funded projects</h2>
<p>Find all our projects on <a href="https://www.localdigital.gov.uk/funded-projects/">our website</a>.</p>
<h3>Housing Repairs (City of Lincoln Council)</h3>
<p>The public beta will focus on:</p>
<ul>
<li>appointments</li>
<li>communal repairs</li>
</ul>
<p>Get in touch.</p>
<p>That’s it for this sprint. Follow us on <a href="https://twitter.com/LDgovUK">Twitter</a>.</p>`);
  });

  it('keeps Markdown in headings as literal text', () => {
    const markdown = renderMarkdown(
      documentWith(
        [
          { heading: '# Hacked', projectSlug: null, entries: [{ updateId: 1, bodyMarkdown: 'a', links: [] }] },
          { heading: '1. Foo', projectSlug: null, entries: [{ updateId: 2, bodyMarkdown: 'b', links: [] }] },
          { heading: 'Close #', projectSlug: null, entries: [{ updateId: 3, bodyMarkdown: 'c', links: [] }] },
          { heading: '[x](javascript:alert(1)) <b>*bold*</b>', projectSlug: null, entries: [{ updateId: 4, bodyMarkdown: 'd', links: [] }] },
          { heading: 'Two\nlines', projectSlug: null, entries: [{ updateId: 5, bodyMarkdown: 'e', links: [] }] },
        ],
        { sections: [{ name: '- Section *one*', intro: '', blocks: [] }] },
      ),
      { title: true },
    );
    expect(markdown).toBe('## Sprint Notes #47\n\nCovering 12 to 25 May 2022\n\n## - Section \\*one\\*\n');
    const headings = renderMarkdown(
      documentWith([
        { heading: '# Hacked', projectSlug: null, entries: [{ updateId: 1, bodyMarkdown: 'a', links: [] }] },
        { heading: '1. Foo', projectSlug: null, entries: [{ updateId: 2, bodyMarkdown: 'b', links: [] }] },
        { heading: 'Close #', projectSlug: null, entries: [{ updateId: 3, bodyMarkdown: 'c', links: [] }] },
        { heading: '[x](javascript:alert(1)) <b>*bold*</b>', projectSlug: null, entries: [{ updateId: 4, bodyMarkdown: 'd', links: [] }] },
        { heading: 'Two\nlines', projectSlug: null, entries: [{ updateId: 5, bodyMarkdown: 'e', links: [] }] },
      ]),
      { title: false },
    );
    expect(headings).toBe(`Covering 12 to 25 May 2022

## News from the team

### # Hacked

a

### 1. Foo

b

### Close \\#

c

### \\[x]\\(javascript:alert(1)) \\<b>\\*bold\\*\\</b>

d

### Two lines

e
`);
    expect(renderHtml(headings)).toBe(`<p>Covering 12 to 25 May 2022</p>
<h2>News from the team</h2>
<h3># Hacked</h3>
<p>a</p>
<h3>1. Foo</h3>
<p>b</p>
<h3>Close #</h3>
<p>c</p>
<h3>[x](javascript:alert(1)) &lt;b&gt;*bold*&lt;/b&gt;</h3>
<p>d</p>
<h3>Two lines</h3>
<p>e</p>`);
  });

  it('drops raw HTML from a body, keeping the words between inline tags', () => {
    const markdown = bodyOf('Before <script>alert(1)</script> after.\n\n<script>\nalert(2)\n</script>\n\n<div onclick="x()">Block</div>\n\nEnd.');
    expect(markdown).toBe('### A headline\n\nBefore alert(1) after.\n\nEnd.\n');
    expect(renderHtml(markdown)).toBe('<h3>A headline</h3>\n<p>Before alert(1) after.</p>\n<p>End.</p>');
  });

  it('turns a link that is not to a web or email address into its text', () => {
    expect(bodyOf('Click [x](javascript:alert(1)) or [*y*](data:text/html,hi) or [z](/relative) or [mail](mailto:team@example.gov.uk).')).toBe(
      '### A headline\n\nClick x or *y* or z or [mail](mailto:team@example.gov.uk).\n',
    );
  });

  it('drops a link’s title attribute, which the HTML may not carry', () => {
    expect(bodyOf('[Report](https://example.org/report "The report")')).toBe('### A headline\n\n[Report](https://example.org/report)\n');
  });

  it('turns images into links titled with their alt text, and drops unsafe ones', () => {
    expect(bodyOf('See ![A photo of the roadshow](https://example.org/photo.jpg) and ![](https://example.org/chart.png) and ![bad](javascript:alert(1)).')).toBe(
      '### A headline\n\nSee [A photo of the roadshow](https://example.org/photo.jpg) and [https://example.org/chart.png](https://example.org/chart.png) and .\n',
    );
  });

  it('keeps a linked image as the link, with the image’s words', () => {
    expect(bodyOf('[![Logo](https://example.org/logo.png)](https://example.org/)')).toBe('### A headline\n\n[Logo](https://example.org/)\n');
  });

  it('resolves reference links and images against the body’s own definitions', () => {
    const document = documentWith([
      {
        heading: 'One',
        projectSlug: null,
        entries: [
          { updateId: 1, bodyMarkdown: 'Read [the post][1] and see ![chart][c].\n\n[1]: https://example.org/one\n[c]: https://example.org/chart.png', links: [] },
          { updateId: 2, bodyMarkdown: 'Read [the other post][1].\n\n[1]: https://example.org/two', links: [] },
          { updateId: 3, bodyMarkdown: 'A [dangling][1] reference and a [bad one][2].\n\n[2]: javascript:alert(1)', links: [] },
        ],
      },
    ]);
    expect(renderMarkdown(document, { title: false })).toBe(`Covering 12 to 25 May 2022

## News from the team

### One

Read [the post](https://example.org/one) and see [chart](https://example.org/chart.png).

Read [the other post](https://example.org/two).

A \\[dangling]\\[1] reference and a bad one.
`);
  });

  it('turns a body’s headings into bold paragraphs, and drops rules', () => {
    expect(bodyOf('# Nested *heading*\n\nText\n\n---\n\n## **Bold** already\n\nSetext\n======')).toBe(
      '### A headline\n\n**Nested _heading_**\n\nText\n\n**Bold already**\n\n**Setext**\n',
    );
  });

  it('turns code into plain text, and hard breaks into line breaks', () => {
    expect(bodyOf('Run `npm test` now.\n\n```js\n  # not a heading\n1. not a list\n```\n\n    indented code\n\nLine one  \nline two\\\nline three')).toBe(
      '### A headline\n\nRun npm test now.\n\n\\# not a heading\n1\\. not a list\n\nindented code\n\nLine one\nline two\nline three\n',
    );
  });

  it('keeps emphasis, block quotes and lists, without nesting emphasis in itself', () => {
    expect(bodyOf('*a *b* c* and **d **e** f**\n\n> Quoted *words*\n\n3. three\n4. four\n\n- [ ] not a task list in CommonMark')).toBe(
      '### A headline\n\n*a b c* and **d e f**\n\n> Quoted *words*\n\n3. three\n4. four\n\n- \\[ ] not a task list in CommonMark\n',
    );
  });

  it('keeps Markdown that people escaped as literal', () => {
    expect(bodyOf('\\# Not a heading, 2 \\* 3 and \\<b>')).toBe('### A headline\n\n\\# Not a heading, 2 \\* 3 and \\<b>\n');
  });

  it('writes an update’s links as a list, and a stored unsafe link as its title only', () => {
    const markdown = renderMarkdown(
      oneBody('Body.\n\n- a list the links must not join', 'Links', [
        { title: 'The report', url: 'https://example.org/report?a=1&b=2' },
        { title: 'Old link', url: 'javascript:alert(1)' },
        { title: ' ', url: 'mailto:team@example.gov.uk' },
      ]),
      { title: false },
    );
    expect(markdown).toBe(`Covering 12 to 25 May 2022

## News from the team

### Links

Body.

- a list the links must not join

* [The report](https://example.org/report?a=1\\&b=2)
* Old link
* [mailto:team@example.gov.uk](mailto:team@example.gov.uk)
`);
    expect(renderHtml(markdown)).toBe(`<p>Covering 12 to 25 May 2022</p>
<h2>News from the team</h2>
<h3>Links</h3>
<p>Body.</p>
<ul>
<li>a list the links must not join</li>
</ul>
<ul>
<li><a href="https://example.org/report?a=1&amp;b=2">The report</a></li>
<li>Old link</li>
<li><a href="mailto:team@example.gov.uk">mailto:team@example.gov.uk</a></li>
</ul>`);
  });

  it('leaves out empty intros, bodies and closings', () => {
    expect(renderMarkdown(oneBody('  \n\n<!-- only a comment -->'), { title: false })).toBe(
      'Covering 12 to 25 May 2022\n\n## News from the team\n\n### A headline\n',
    );
  });

  it('gives the same text for the same document twice, as the remembered bodies are not changed by writing them', () => {
    const document = oneBody('Text with *emphasis*, a [link](https://example.org/) and\n\n- a list');
    const first = renderMarkdown(document, { title: true });
    expect(renderMarkdown(document, { title: true })).toBe(first);
  });
});

describe('renderHtml', () => {
  const hostile = [
    '<script>alert(1)</script>',
    '<img src="x" onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a> and [y](javascript:alert(1)) and <javascript:alert(1)>',
    '<iframe src="https://example.org"></iframe><style>body{}</style>',
    '# Top heading\n\n#### Small heading\n\n![image](https://example.org/i.png)',
    '```\n<b>code</b>\n```\n\n`inline`',
    '<p id="x" class="y" style="color:red" onclick="x()">Paragraph</p>',
    '<div><form action="https://evil.example.org"><input name="q"></form></div>',
    '[link](https://example.org "title") <a href="https://example.org" target="_blank" rel="opener" id="clobber">a</a>',
    '<table><tr><td>cell</td></tr></table>\n\n---\n\n<details><summary>s</summary>d</details>',
    'A&nbsp;B &amp; C > D < E "quoted" \'single\'',
    // Things that reach across a heading, so the text cannot be parsed a block at a time.
    '```\ncode\n\n## not a heading\n```',
    '<pre>\n\n## not a heading\n</pre>',
    'See [the post][1].\n\n## A heading\n\n[1]: https://example.org/post',
  ];

  it.each(hostile)('keeps only the allowed tags and links from %j', (markdown) => {
    const html = renderHtml(markdown);
    expectOnlyAllowed(html);
    expect(purify.sanitize(html)).toBe(html);
  });

  it('writes what the sanitiser keeps, with text escaped as a browser writes it', () => {
    expect(renderHtml('# Top heading\n\n#### Small heading\n\n![image](https://example.org/i.png)\n\n<img src="x" onerror="alert(1)">')).toBe(
      'Top heading\nSmall heading\n<p></p>\n',
    );
    expect(renderHtml('A\u00a0B &amp; C > D < E "quoted"')).toBe('<p>A&nbsp;B &amp; C &gt; D &lt; E "quoted"</p>');
    expect(renderHtml('<a href="javascript:alert(1)">x</a> and [y](javascript:alert(1))')).toBe('<p>x and <a>y</a></p>');
  });

  it('allows only the tags Medium keeps and web and email links', () => {
    expect(SPRINT_NOTES_SANITIZE_SCHEMA.tagNames).toEqual(['h2', 'h3', 'p', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'blockquote']);
    expect(SPRINT_NOTES_SANITIZE_SCHEMA.attributes).toEqual({ a: ['href'] });
    expect(SPRINT_NOTES_SANITIZE_SCHEMA.protocols).toEqual({ href: ['http', 'https', 'mailto'] });
  });

  it('renders an issue rendered from hostile updates safely, and DOMPurify finds nothing to change', () => {
    const markdown = renderMarkdown(
      documentWith([
        {
          heading: '<img src=x onerror=alert(1)>',
          projectSlug: null,
          entries: hostile.map((bodyMarkdown, index) => ({ updateId: index, bodyMarkdown, links: [{ title: '<b>t</b>', url: 'javascript:alert(1)' }] })),
        },
      ]),
      { title: true },
    );
    const html = renderHtml(markdown);
    expectOnlyAllowed(html);
    expect(purify.sanitize(html)).toBe(html);
    expect(elementsOf(html).map((element) => element.tagName)).not.toContain('IMG');
  });

  it('draws the same HTML as the app’s preview, react-markdown with the same schema', () => {
    const markdowns = [
      renderMarkdown(
        documentWith([
          {
            heading: 'Everything',
            projectSlug: null,
            entries: [
              ...hostile.map((bodyMarkdown, index) => ({ updateId: index, bodyMarkdown, links: [] })),
              { updateId: 99, bodyMarkdown: 'A > B & "C"\u00a0D\n\n> quote\n\n1. one\n2. two', links: [{ title: 'Site', url: 'https://example.org/?a=1&b=2' }] },
            ],
          },
        ]),
        { title: true },
      ),
      ...hostile,
    ];
    for (const markdown of markdowns) {
      const preview = renderToStaticMarkup(createElement(Markdown, { rehypePlugins: [[rehypeSanitize, SPRINT_NOTES_SANITIZE_SCHEMA]] }, markdown));
      // React writes quotes in text as entities; a DOM reads both the same.
      const container = document.createElement('div');
      container.innerHTML = preview;
      expect(renderHtml(markdown)).toBe(container.innerHTML);
    }
  });
});

describe('rendering a long issue', () => {
  it('renders 500 entries as Markdown and HTML, every one of them in order under its heading', () => {
    const body =
      'The team held its show and tell, and *presented*:\n\n- a review of their [user research](https://example.org/research)\n- a demonstration of the new service\n\nThe partner councils have agreed to fund two more sprints of work, from Wednesday 11 May to Tuesday 7 June.';
    const blocks: SprintNotesBlock[] = Array.from({ length: 50 }, (_, block) => ({
      heading: `Project ${String(block)} (Council)`,
      projectSlug: `project-${String(block)}`,
      entries: Array.from({ length: 10 }, (__, entry) => ({
        updateId: block * 10 + entry,
        // Each body differs, so none is read from the remembered ones.
        bodyMarkdown: `${body} Entry ${String(block * 10 + entry)}.`,
        links: [{ title: 'Slides', url: `https://example.org/slides/${String(entry)}` }],
      })),
    }));
    const html = renderHtml(renderMarkdown(documentWith(blocks), { title: true }));
    expect(html.split('<h3>').length - 1).toBe(50);
    expect(html.match(/Entry \d+\./g)).toEqual(Array.from({ length: 500 }, (_, index) => `Entry ${String(index)}.`));
    // No bound on the time, which varies threefold with what else the machine runs. Most of it is
    // micromark, parsing each body and then the whole issue a block at a time.
  }, 30_000);
});
