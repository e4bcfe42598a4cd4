import { describe, expect, it } from 'vitest';
import type { NoteUpdate, SprintNoteItem } from './sprint-notes';
import { documentOf, formatCoverage, missingUpdates, projectHeading, type SprintNotesIssue } from './sprint-notes-document';

describe('projectHeading', () => {
  it('names a single lead in full', () => {
    expect(projectHeading('Community Grants Service', [{ name: 'Newcastle City Council', kind: 'council' }])).toBe(
      'Community Grants Service (Newcastle City Council)',
    );
    expect(projectHeading('Revs and Bens', [{ name: 'Teignbridge District Council', kind: 'council' }])).toBe(
      'Revs and Bens (Teignbridge District Council)',
    );
  });

  it('is just the name when there is no lead', () => {
    expect(projectHeading('Open Referral UK', [])).toBe('Open Referral UK');
  });

  it('shortens joint council leads to their places', () => {
    expect(
      projectHeading('Data Exchange with VCS', [
        { name: 'Camden Council', kind: 'council' },
        { name: 'Bedfordshire', kind: 'council' },
      ]),
    ).toBe('Data Exchange with VCS (Camden and Bedfordshire Councils)');
    expect(
      projectHeading('Scalable Approach to Vulnerability Via Interoperability (SAVVI)', [
        { name: 'Tameside Council', kind: 'council' },
        { name: 'Sedgemoor District Council', kind: 'council' },
      ]),
    ).toBe('Scalable Approach to Vulnerability Via Interoperability (SAVVI) (Tameside and Sedgemoor Councils)');
  });

  it('strips each kind of council from the places, and lists three with commas', () => {
    expect(
      projectHeading('Joint', [
        { name: 'Leeds City Council', kind: 'council' },
        { name: 'Essex County Council', kind: 'council' },
        { name: 'Rugby Borough Council', kind: 'council' },
      ]),
    ).toBe('Joint (Leeds, Essex and Rugby Councils)');
    expect(
      projectHeading('Joint', [
        { name: 'Tameside Metropolitan Borough Council', kind: 'council' },
        { name: 'Adur & Worthing Councils', kind: 'council' },
      ]),
    ).toBe('Joint (Tameside and Adur & Worthing Councils)');
  });

  it('keeps the whole name of a council that is nothing but "Council"', () => {
    expect(
      projectHeading('Joint', [
        { name: 'Council', kind: 'council' },
        { name: 'Wigan Council', kind: 'council' },
      ]),
    ).toBe('Joint (Council and Wigan Councils)');
  });

  it('joins full names when not every lead is a council', () => {
    expect(
      projectHeading('Joint', [
        { name: 'Camden Council', kind: 'council' },
        { name: 'Greater Manchester Combined Authority', kind: 'combined_authority' },
      ]),
    ).toBe('Joint (Camden Council and Greater Manchester Combined Authority)');
    expect(
      projectHeading('Joint', [
        { name: 'Camden Council', kind: 'council' },
        { name: 'University of Hull', kind: 'university' },
        { name: 'Wigan Council', kind: 'council' },
      ]),
    ).toBe('Joint (Camden Council, University of Hull and Wigan Council)');
  });

  it('names a lead recorded twice once', () => {
    expect(
      projectHeading('Family Context', [
        { name: 'Stockport Council', kind: 'council' },
        { name: 'Stockport Council', kind: 'council' },
      ]),
    ).toBe('Family Context (Stockport Council)');
  });
});

describe('formatCoverage', () => {
  it.each([
    ['2022-03-17', '2022-05-11', 'Covering 17 March to 11 May 2022'],
    ['2022-05-12', '2022-05-25', 'Covering 12 to 25 May 2022'],
    ['2021-12-20', '2022-01-11', 'Covering 20 December 2021 to 11 January 2022'],
    ['2022-05-12', '2022-05-12', 'Covering 12 May 2022'],
    ['2022-05-01', '2022-05-09', 'Covering 1 to 9 May 2022'],
  ])('%s to %s', (from, to, expected) => {
    expect(formatCoverage(from, to)).toBe(expected);
  });

  it('refuses text that is not a day', () => {
    expect(() => formatCoverage('2022-13-01', '2022-05-11')).toThrow(RangeError);
    expect(() => formatCoverage('17 March 2022', '2022-05-11')).toThrow(RangeError);
  });
});

function update(id: number, headline: string, project: string | null, links: NoteUpdate['links'] = []): NoteUpdate {
  return {
    id,
    headline,
    bodyMarkdown: `Body of ${String(id)}.`,
    links,
    publishedOn: '2022-05-11',
    project: project === null ? null : { slug: project, name: `Project ${project}`, heading: `Project ${project} (Lead Council)` },
  };
}

const item = (updateId: number, edits: Partial<SprintNoteItem> = {}): SprintNoteItem => ({ updateId, headline: null, bodyMarkdown: null, ...edits });

function issue(sections: SprintNotesIssue['sections'], headings: SprintNotesIssue['headings'] = []): SprintNotesIssue {
  return { number: 47, coversFrom: '2022-05-12', coversTo: '2022-05-25', intro: 'Welcome.', closing: 'Bye.', sections, headings };
}

const updates = new Map(
  [
    update(1, 'Roadshow in Leeds', null),
    update(2, 'New starter', null),
    update(3, 'Alpha done', 'alpha', [{ title: 'Report', url: 'https://example.org/report' }]),
    update(4, 'Beta begins', 'alpha'),
    update(5, 'Discovery', 'beta'),
    update(6, 'Later alpha news', 'alpha'),
  ].map((each) => [each.id, each]),
);

describe('documentOf', () => {
  it('gives the title, coverage, intro and closing', () => {
    const document = documentOf(issue([]), updates);
    expect(document).toEqual({ title: 'Sprint Notes #47', coverage: 'Covering 12 to 25 May 2022', intro: 'Welcome.', closing: 'Bye.', sections: [] });
  });

  it('heads each team item with its headline, or the one written for this issue', () => {
    const document = documentOf(
      issue([{ kind: 'team', name: 'News from the team', intro: 'Our news.', items: [item(1), item(2, { headline: 'Welcome, Izy', bodyMarkdown: 'Edited.' }), item(3)] }]),
      updates,
    );
    expect(document.sections).toEqual([
      {
        name: 'News from the team',
        intro: 'Our news.',
        blocks: [
          { heading: 'Roadshow in Leeds', projectSlug: null, entries: [{ updateId: 1, bodyMarkdown: 'Body of 1.', links: [] }] },
          { heading: 'Welcome, Izy', projectSlug: null, entries: [{ updateId: 2, bodyMarkdown: 'Edited.', links: [] }] },
          // A project's update in team news is still headed by its own headline.
          {
            heading: 'Alpha done',
            projectSlug: null,
            entries: [{ updateId: 3, bodyMarkdown: 'Body of 3.', links: [{ title: 'Report', url: 'https://example.org/report' }] }],
          },
        ],
      },
    ]);
  });

  it('heads a project once over all its items, with its heading, not the updates’ headlines', () => {
    const document = documentOf(
      issue([{ kind: 'projects', name: 'Projects', intro: '', items: [item(3), item(4, { headline: 'Ignored here' }), item(5)] }]),
      updates,
    );
    expect(document.sections[0]?.blocks).toEqual([
      {
        heading: 'Project alpha (Lead Council)',
        projectSlug: 'alpha',
        entries: [
          { updateId: 3, bodyMarkdown: 'Body of 3.', links: [{ title: 'Report', url: 'https://example.org/report' }] },
          { updateId: 4, bodyMarkdown: 'Body of 4.', links: [] },
        ],
      },
      { heading: 'Project beta (Lead Council)', projectSlug: 'beta', entries: [{ updateId: 5, bodyMarkdown: 'Body of 5.', links: [] }] },
    ]);
  });

  it('uses the heading written for this issue for a project', () => {
    const document = documentOf(
      issue([{ kind: 'projects', name: 'Projects', intro: '', items: [item(5), item(3)] }], [{ projectSlug: 'alpha', heading: 'Alpha (Colchester)' }]),
      updates,
    );
    expect(document.sections[0]?.blocks.map((block) => block.heading)).toEqual(['Project beta (Lead Council)', 'Alpha (Colchester)']);
  });

  it('keeps a project’s items together where its first item is, as the contract orders them', () => {
    const document = documentOf(issue([{ kind: 'projects', name: 'Projects', intro: '', items: [item(3), item(5), item(6)] }]), updates);
    expect(document.sections[0]?.blocks.map((block) => [block.projectSlug, block.entries.map((entry) => entry.updateId)])).toEqual([
      ['alpha', [3, 6]],
      ['beta', [5]],
    ]);
  });

  it('heads team news in a project section with its headline', () => {
    const document = documentOf(issue([{ kind: 'projects', name: 'Projects', intro: '', items: [item(5), item(1)] }]), updates);
    expect(document.sections[0]?.blocks.map((block) => [block.heading, block.projectSlug])).toEqual([
      ['Project beta (Lead Council)', 'beta'],
      ['Roadshow in Leeds', null],
    ]);
  });

  it('leaves out a section with nothing in it, heading and opening line too', () => {
    const document = documentOf(
      issue([
        { kind: 'team', name: 'News from the team', intro: 'Our news.', items: [item(98)] },
        { kind: 'projects', name: 'News from our funded projects', intro: 'Find them all on our website.', items: [item(5)] },
      ]),
      updates,
    );
    expect(document.sections.map((section) => section.name)).toEqual(['News from our funded projects']);
  });

  it('leaves out items whose update is missing, and missingUpdates lists them once each', () => {
    const content = issue([
      { kind: 'team', name: 'Team', intro: '', items: [item(99), item(1)] },
      { kind: 'projects', name: 'Projects', intro: '', items: [item(3), item(98), item(99)] },
    ]);
    const document = documentOf(content, updates);
    expect(document.sections.map((section) => section.blocks.flatMap((block) => block.entries.map((entry) => entry.updateId)))).toEqual([[1], [3]]);
    expect(missingUpdates(content, updates)).toEqual([99, 98]);
    expect(missingUpdates(issue([{ kind: 'team', name: 'Team', intro: '', items: [item(1)] }]), updates)).toEqual([]);
  });
});
