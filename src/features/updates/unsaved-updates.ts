import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import * as z from 'zod/mini';
import type { Link } from '../../domain/project';
import type { DateParts } from '../../lib/date-parts';

/** What the browser's storage holds is read like any other input: anything not of this shape is dropped. */
const storedTextsSchema = z.object({
  texts: z.record(
    z.string(),
    z.object({
      headline: z.string(),
      bodyMarkdown: z.string(),
      links: z.array(z.object({ title: z.string(), url: z.string() })),
      // Optional: text kept before updates had a date still reads back, and takes the form's date.
      publishedOn: z.optional(z.object({ day: z.string(), month: z.string(), year: z.string() })),
      keptAt: z.string(),
    }),
  ),
});

/** What a person has typed into an update's form and not yet saved. */
export interface UnsavedUpdate {
  headline: string;
  bodyMarkdown: string;
  links: Link[];
  /** The date's boxes as typed, so a date the server refused comes back as it was written. */
  publishedOn?: DateParts;
  /** When it was last typed, to tell the person which text they are being offered back. */
  keptAt: string;
}

interface UnsavedUpdates {
  texts: Record<string, UnsavedUpdate>;
  keep: (key: string, text: Omit<UnsavedUpdate, 'keptAt'>) => void;
  forget: (key: string) => void;
}

/**
 * Whose text, for which update: the person's id and the record ("new:<project>", "update:<id>", or
 * "team-news:new", which a project called Team cannot share), so one person never sees another's
 * text on a shared computer, and two forms never mix.
 */
export function unsavedKey(userId: number, record: string): string {
  return `${String(userId)}:${record}`;
}

/** The browser storage key the text is kept under. */
export const UNSAVED_UPDATES_STORAGE = 'local-digital-portfolio:unsaved-updates';

/**
 * Unsaved update text, kept in the browser's storage as it is typed, so it survives a reload, a
 * failed save, a lost connection and a session that ended. It is forgotten once saved.
 */
export const useUnsavedUpdates = create<UnsavedUpdates>()(
  persist(
    (set) => ({
      texts: {},
      keep: (key, text) => {
        set((state) => ({ texts: { ...state.texts, [key]: { ...text, keptAt: new Date().toISOString() } } }));
      },
      forget: (key) => {
        set((state) => {
          const { [key]: _forgotten, ...rest } = state.texts;
          return { texts: rest };
        });
      },
    }),
    {
      name: UNSAVED_UPDATES_STORAGE,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ texts: state.texts }),
      merge: (persisted, current) => {
        const stored = storedTextsSchema.safeParse(persisted);
        return stored.success ? { ...current, texts: stored.data.texts } : current;
      },
    },
  ),
);
