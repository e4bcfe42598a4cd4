import type { NoteUpdate, SprintNoteContent, SprintNoteItem, SprintNoteSection } from '../../domain/sprint-notes';

/**
 * The composer's edits to an issue's content, as pure functions of it: what the store applies
 * and what the tests check. In a projects section a project's items stay together, so moving a
 * project moves all of them, and an item moves only among its project's.
 */

export type Direction = -1 | 1;

/** A run of items under one heading: a project's, or one team item's own. */
export interface ItemGroup {
  /** The project's slug, or `update-<id>` for an item of its own. */
  key: string;
  project: NoteUpdate['project'];
  items: SprintNoteItem[];
}

export function groupsOf(section: SprintNoteSection, updates: ReadonlyMap<number, NoteUpdate>): ItemGroup[] {
  const groups: ItemGroup[] = [];
  for (const item of section.items) {
    const project = updates.get(item.updateId)?.project ?? null;
    const last = groups.at(-1);
    if (section.kind === 'projects' && project !== null && last?.project?.slug === project.slug) last.items.push(item);
    else groups.push({ key: project === null || section.kind === 'team' ? `update-${String(item.updateId)}` : project.slug, project, items: [item] });
  }
  return groups;
}

function withSection(content: SprintNoteContent, index: number, items: SprintNoteItem[]): SprintNoteContent {
  return { ...content, sections: content.sections.map((section, at) => (at === index ? { ...section, items } : section)) };
}

/** The section an update belongs in: team news in the team section, the rest in the projects section. */
export function sectionFor(content: SprintNoteContent, update: NoteUpdate): number {
  return content.sections.findIndex((section) => section.kind === (update.project === null ? 'team' : 'projects'));
}

export function isSelected(content: SprintNoteContent, updateId: number): boolean {
  return content.sections.some((section) => section.items.some((item) => item.updateId === updateId));
}

/** How projects sort by default: by name, as people read them, without regard to case. */
const byName = new Intl.Collator('en-GB', { sensitivity: 'base' });

/**
 * Adds updates to the issue. A project already in it takes them after its own; a new project goes
 * where its name puts it among those there, so the default order is by name. Choosing a whole
 * section adds thousands at once, so the work is one pass over the issue, not one per update.
 */
export function addUpdates(content: SprintNoteContent, added: readonly NoteUpdate[], updates: ReadonlyMap<number, NoteUpdate>): SprintNoteContent {
  const present = new Set(content.sections.flatMap((section) => section.items.map((item) => item.updateId)));
  const fresh = added.filter((update) => !present.has(update.id) && (present.add(update.id), true));
  if (fresh.length === 0) return content;
  return {
    ...content,
    sections: content.sections.map((section) => {
      const mine = fresh.filter((update) => (update.project === null) === (section.kind === 'team'));
      if (mine.length === 0) return section;
      const itemOf = (update: NoteUpdate): SprintNoteItem => ({ updateId: update.id, headline: null, bodyMarkdown: null });
      if (section.kind === 'team') return { ...section, items: [...section.items, ...mine.map(itemOf)] };

      const groups = groupsOf(section, updates).map((group) => ({ ...group, items: [...group.items] }));
      const bySlug = new Map(groups.map((group) => [group.key, group]));
      const newGroups: ItemGroup[] = [];
      for (const update of mine) {
        const slug = update.project?.slug ?? `update-${String(update.id)}`;
        const group = bySlug.get(slug);
        if (group !== undefined) group.items.push(itemOf(update));
        else {
          const created: ItemGroup = { key: slug, project: update.project, items: [itemOf(update)] };
          bySlug.set(slug, created);
          newGroups.push(created);
        }
      }
      newGroups.sort((a, b) => byName.compare(a.project?.name ?? '', b.project?.name ?? ''));
      // Each new project goes before the first project there whose name comes after its own.
      const merged: ItemGroup[] = [];
      let next = 0;
      for (const group of groups) {
        while (next < newGroups.length && byName.compare(newGroups[next]?.project?.name ?? '', group.project?.name ?? '') < 0) {
          merged.push(newGroups[next] as ItemGroup);
          next += 1;
        }
        merged.push(group);
      }
      merged.push(...newGroups.slice(next));
      return { ...section, items: merged.flatMap((group) => group.items) };
    }),
  };
}

export function removeUpdates(content: SprintNoteContent, ids: ReadonlySet<number>): SprintNoteContent {
  const sections = content.sections.map((section) => ({ ...section, items: section.items.filter((item) => !ids.has(item.updateId)) }));
  // A heading written for a project that has left the issue would be kept for nothing.
  return { ...content, sections };
}

/** Moves a whole group (a project, or a team item) one place up or down among its section's groups. */
export function moveGroup(content: SprintNoteContent, sectionIndex: number, key: string, direction: Direction, updates: ReadonlyMap<number, NoteUpdate>): SprintNoteContent {
  const section = content.sections[sectionIndex];
  if (section === undefined) return content;
  const groups = groupsOf(section, updates);
  const from = groups.findIndex((group) => group.key === key);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= groups.length) return content;
  const moved = [...groups];
  [moved[from], moved[to]] = [moved[to] as ItemGroup, moved[from] as ItemGroup];
  return withSection(content, sectionIndex, moved.flatMap((group) => group.items));
}

/** Moves one item among its project's items. */
export function moveItem(content: SprintNoteContent, sectionIndex: number, updateId: number, direction: Direction, updates: ReadonlyMap<number, NoteUpdate>): SprintNoteContent {
  const section = content.sections[sectionIndex];
  if (section === undefined) return content;
  const from = section.items.findIndex((item) => item.updateId === updateId);
  const to = from + direction;
  const project = updates.get(updateId)?.project?.slug;
  const neighbour = section.items[to];
  if (from < 0 || neighbour === undefined || project === undefined || updates.get(neighbour.updateId)?.project?.slug !== project) return content;
  const items = [...section.items];
  [items[from], items[to]] = [neighbour, items[from] as SprintNoteItem];
  return withSection(content, sectionIndex, items);
}

/** This issue's own words for an item; null for the update's own. */
export function editItem(content: SprintNoteContent, updateId: number, words: Pick<SprintNoteItem, 'headline' | 'bodyMarkdown'>): SprintNoteContent {
  return {
    ...content,
    sections: content.sections.map((section) => ({
      ...section,
      items: section.items.map((item) => (item.updateId === updateId ? { ...item, ...words } : item)),
    })),
  };
}

/** A project's heading for this issue; an empty one goes back to the heading made from its leads. */
export function setHeading(content: SprintNoteContent, projectSlug: string, heading: string): SprintNoteContent {
  const others = content.headings.filter((entry) => entry.projectSlug !== projectSlug);
  return { ...content, headings: heading.trim() === '' ? others : [...others, { projectSlug, heading }] };
}
