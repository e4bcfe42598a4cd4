import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seedDataSchema } from '../../server/db/seed-schema';
import { sprintNotes46Seed } from '../../server/db/seed/sprint-notes-46';
import { GOLDEN_HEADINGS, goldenBody, goldenLines, normaliseText, outlineOf, positionsInOrder, readGolden } from '../../test/sprint-notes-golden';
import { sprintNoteContentSchema, type NoteUpdate } from './sprint-notes';
import { documentOf, projectHeading, type SprintNotesIssue } from './sprint-notes-document';
import { renderMarkdown } from './sprint-notes-render';

// The seed transcribes Sprint Notes #46; rendered, it must read as the issue Medium published.

/** Issue #46 and its updates, resolved from the seed as the server resolves a stored issue. */
function issue46(): { issue: SprintNotesIssue; updatesById: Map<number, NoteUpdate> } {
  const seed = seedDataSchema.parse(sprintNotes46Seed);
  const organisations = new Map(seed.organisations.map((organisation) => [organisation.slug, organisation]));
  const updates: NoteUpdate[] = [];
  const add = (update: (typeof seed.teamUpdates)[number], project: NoteUpdate['project']) => {
    const id = updates.length + 1;
    updates.push({ id, headline: update.headline, bodyMarkdown: update.bodyMarkdown, links: update.links, publishedOn: update.publishedOn, project });
    return id;
  };
  const teamIds = seed.teamUpdates.map((update) => add(update, null));
  const projectIds = new Map(
    seed.projects.map((project) => {
      const leads = project.partnerships.filter((partnership) => partnership.role === 'lead').map((partnership) => organisations.get(partnership.organisation)!);
      const noteProject = { slug: project.slug, name: project.name, heading: projectHeading(project.name, leads) };
      return [project.slug, project.updates.map((update) => add(update, noteProject))];
    }),
  );
  const [note] = seed.sprintNotes;
  if (note?.number !== 46) throw new Error('The seed must hold issue #46');
  const content = sprintNoteContentSchema.parse({
    coversFrom: note.coversFrom,
    coversTo: note.coversTo,
    intro: note.intro,
    closing: note.closing,
    sections: note.sections.map((section) => ({
      kind: section.kind,
      name: section.name,
      intro: section.intro,
      items: section.items.map((item) => ({
        updateId: 'team' in item ? teamIds[item.team - 1] : projectIds.get(item.project)?.[item.update - 1],
        headline: null,
        bodyMarkdown: null,
      })),
    })),
    headings: note.headings.map((heading) => ({ projectSlug: heading.project, heading: heading.heading })),
  });
  return { issue: { number: note.number, ...content }, updatesById: new Map(updates.map((update) => [update.id, update])) };
}

describe('Sprint Notes #46 rendered from the seed', () => {
  const golden = goldenLines(readGolden());
  const { issue, updatesById } = issue46();
  const outline = outlineOf(renderMarkdown(documentOf(issue, updatesById), { title: true }));

  // The original lives outside the repository, so a clean clone has only the copy: its digest,
  // taken from the original (sha256sum), says the copy is that text, byte for byte, wherever the test runs.
  it('reads a copy of the shared original that is the same, byte for byte', () => {
    expect(createHash('sha256').update(readGolden(), 'utf8').digest('hex')).toBe('6b79ed8243133d70bbd2367f5c5addfa7669416183b13f75f0e2dc05bca9ec1c');
  });

  it('takes the issue’s lines from the published text, without its furniture, captions or bullets', () => {
    expect(golden.slice(0, 5)).toEqual([
      'Sprint Notes #46',
      'Covering 17 March to 11 May 2022',
      'Welcome back to our Sprint Notes! In this bumper issue — our first following the pre-election period — get up to speed on all the events, blog posts and team news you may have missed. Plus, find out what our funded projects have been working on since our last issue on Wednesday 16 March.',
      'News from the team',
      'We held our first regional roadshow in Newcastle',
    ]);
    expect(golden).toContain('conducted research and conversations with a wide range of peers about options for the long term viability of the service');
    expect(golden).toContain('Change of a tenant’s details, such as their phone number');
    expect(golden.filter((line) => line.startsWith('A tweet about') || line.startsWith('•'))).toEqual([]);
    expect(golden.at(-1)).toBe(
      'That’s it for this sprint, thanks for reading! For the daily download on all things #LocalDigital, be sure to follow us on Twitter.',
    );
  });

  it('has the issue’s headings, in its order', () => {
    expect(outline.headings).toEqual(GOLDEN_HEADINGS);
    expect(positionsInOrder(golden, GOLDEN_HEADINGS)).not.toContain(-1);
  });

  it('has the issue’s paragraphs and list items, in its order', () => {
    expect(outline.blocks.map(normaliseText)).toEqual(goldenBody(golden).map(normaliseText));
  });
});

describe('normaliseText', () => {
  it('makes quotes plain and white space single', () => {
    expect(normaliseText('  ‘Out of the box’\u00a0 and  “single LA”\n')).toBe('\'Out of the box\' and "single LA"');
  });
});

describe('outlineOf', () => {
  it('lists headings, and paragraphs and list items as the reader meets them', () => {
    expect(outlineOf('## One\n\nA *b* [c](https://example.org/).\n\n- d\n- e\n\n  more of e\n\n> f\n\n### Two\n\n1. g')).toEqual({
      headings: ['One', 'Two'],
      blocks: ['A b c.', 'd', 'e more of e', 'f', 'g'],
    });
  });
});
