import type { NoteUpdate, SprintNoteContent } from '../../domain/sprint-notes';
import { addUpdates, moveGroup, moveItem, removeUpdates, setHeading } from './composer-order';

function update(id: number, project: string | null): NoteUpdate {
  return {
    id,
    headline: `Update ${String(id)}`,
    bodyMarkdown: 'Text.',
    links: [],
    publishedOn: '2022-05-16',
    project: project === null ? null : { slug: project.toLowerCase().replace(/\W+/g, '-'), name: project, heading: `${project} (Council)` },
  };
}

const UPDATES = [
  update(1, 'Housing Repairs'),
  update(2, 'Digital Waste Service'),
  update(3, 'Housing Repairs'),
  update(4, null),
  update(5, 'Family Context'),
  update(6, 'adult social care'),
  update(7, null),
];
const BY_ID = new Map(UPDATES.map((entry) => [entry.id, entry]));

const EMPTY: SprintNoteContent = {
  coversFrom: '2022-05-12',
  coversTo: '2022-05-25',
  intro: '',
  closing: '',
  headings: [],
  sections: [
    { kind: 'team', name: 'News from the team', intro: '', items: [] },
    { kind: 'projects', name: 'News from our funded projects', intro: '', items: [] },
  ],
};

const ids = (content: SprintNoteContent, section: number) => content.sections[section]?.items.map((item) => item.updateId);
const pick = (...wanted: number[]) => wanted.map((id) => BY_ID.get(id) as NoteUpdate);

describe('the composer’s running order', () => {
  it('puts team news in the team section in the order chosen, and projects by name whatever the case, a project’s items together', () => {
    const content = addUpdates(EMPTY, pick(1, 2, 4, 3, 7, 5, 6), BY_ID);
    expect(ids(content, 0)).toEqual([4, 7]);
    expect(ids(content, 1)).toEqual([6, 2, 5, 1, 3]);
  });

  it('adds a new project where its name falls among those already there, and a known project’s update after its own', () => {
    const reordered = moveGroup(addUpdates(EMPTY, pick(1, 2), BY_ID), 1, 'housing-repairs', -1, BY_ID);
    expect(ids(reordered, 1)).toEqual([1, 2]);
    // Family Context goes before the first project there whose name comes after its own: Housing Repairs, now first.
    const more = addUpdates(reordered, pick(5, 3), BY_ID);
    expect(ids(more, 1)).toEqual([5, 1, 3, 2]);
  });

  it('takes each update once, however often it is chosen', () => {
    const once = addUpdates(addUpdates(EMPTY, pick(1, 1), BY_ID), pick(1), BY_ID);
    expect(ids(once, 1)).toEqual([1]);
  });

  it('moves whole projects, and items only among their project’s, never past the ends', () => {
    const content = addUpdates(EMPTY, pick(1, 2, 3, 5), BY_ID);
    expect(ids(content, 1)).toEqual([2, 5, 1, 3]);
    expect(ids(moveGroup(content, 1, 'digital-waste-service', 1, BY_ID), 1)).toEqual([5, 2, 1, 3]);
    expect(ids(moveGroup(content, 1, 'housing-repairs', -1, BY_ID), 1)).toEqual([2, 1, 3, 5]);
    expect(moveGroup(content, 1, 'digital-waste-service', -1, BY_ID)).toBe(content);
    expect(ids(moveItem(content, 1, 3, -1, BY_ID), 1)).toEqual([2, 5, 3, 1]);
    // Item 1 is its project's first: up would take it into Family Context's.
    expect(moveItem(content, 1, 1, -1, BY_ID)).toBe(content);
  });

  it('removes items, and keeps a heading written for one issue until it is emptied', () => {
    const content = setHeading(addUpdates(EMPTY, pick(1, 2, 3), BY_ID), 'housing-repairs', 'Housing Repairs (Lincoln)');
    expect(content.headings).toEqual([{ projectSlug: 'housing-repairs', heading: 'Housing Repairs (Lincoln)' }]);
    expect(ids(removeUpdates(content, new Set([1, 2])), 1)).toEqual([3]);
    expect(setHeading(content, 'housing-repairs', '  ').headings).toEqual([]);
  });
});
