import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import * as z from 'zod/mini';
import { headingOverrideSchema, sectionKindSchema, type SprintNoteContent } from '../../domain/sprint-notes';

/**
 * What the browser's storage holds is read like any other input. Loosely: text that a newer
 * rule would refuse still comes back, for the server to explain, rather than vanishing.
 */
const storedContentSchema = z.object({
  coversFrom: z.string(),
  coversTo: z.string(),
  intro: z.string(),
  closing: z.string(),
  sections: z.array(
    z.object({
      kind: sectionKindSchema,
      name: z.string(),
      intro: z.string(),
      items: z.array(z.object({ updateId: z.int(), headline: z.nullable(z.string()), bodyMarkdown: z.nullable(z.string()) })),
    }),
  ),
  headings: z.array(headingOverrideSchema),
});

const storedDraftsSchema = z.object({
  drafts: z.record(z.string(), z.object({ baseVersion: z.int(), content: storedContentSchema, keptAt: z.string() })),
});

/** An issue as one person is composing it: the content, and the version of the issue it started from. */
export interface ComposerDraft {
  /** The version this content was based on: what a save names, so a change someone else saved meanwhile is a 409, not lost. */
  baseVersion: number;
  content: SprintNoteContent;
  keptAt: string;
}

interface ComposerDrafts {
  drafts: Record<string, ComposerDraft>;
  keep: (key: string, baseVersion: number, content: SprintNoteContent) => void;
  change: (key: string, edit: (content: SprintNoteContent) => SprintNoteContent) => void;
  forget: (key: string) => void;
}

/** Whose composing, of which issue: one person's choices never show on another's screen on a shared computer. */
export function composerKey(userId: number, number: number): string {
  return `${String(userId)}:${String(number)}`;
}

export const COMPOSER_STORAGE = 'local-digital-portfolio:sprint-notes-composer';

/**
 * The composer's selection, order and edits, kept in the browser's storage as they are made, so
 * a reload, a lost connection or a failed save loses nothing. Saving sends them to the server as
 * the draft; the kept copy goes once the server has it.
 */
export const useComposerDrafts = create<ComposerDrafts>()(
  persist(
    (set) => ({
      drafts: {},
      keep: (key, baseVersion, content) => {
        set((state) => ({ drafts: { ...state.drafts, [key]: { baseVersion, content, keptAt: new Date().toISOString() } } }));
      },
      change: (key, edit) => {
        set((state) => {
          const draft = state.drafts[key];
          if (draft === undefined) return state;
          return { drafts: { ...state.drafts, [key]: { ...draft, content: edit(draft.content), keptAt: new Date().toISOString() } } };
        });
      },
      forget: (key) => {
        set((state) => {
          const { [key]: _forgotten, ...rest } = state.drafts;
          return { drafts: rest };
        });
      },
    }),
    {
      name: COMPOSER_STORAGE,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ drafts: state.drafts }),
      merge: (persisted, current) => {
        const stored = storedDraftsSchema.safeParse(persisted);
        return stored.success ? { ...current, drafts: stored.data.drafts } : current;
      },
    },
  ),
);

/** The content of an issue as the server holds it, in the shape the composer edits. */
export function contentOf(note: SprintNoteContent): SprintNoteContent {
  return {
    coversFrom: note.coversFrom,
    coversTo: note.coversTo,
    intro: note.intro,
    closing: note.closing,
    sections: note.sections,
    headings: note.headings,
  };
}

/** Whether what is kept differs from what the server holds: what "unsaved changes" means. */
export function sameContent(a: SprintNoteContent, b: SprintNoteContent): boolean {
  return JSON.stringify(contentOf(a)) === JSON.stringify(contentOf(b));
}
