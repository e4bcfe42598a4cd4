import { queryOptions } from '@tanstack/react-query';
import {
  candidatesSchema,
  missingSchema,
  type NewSprintNote,
  type PublishSprintNote,
  type SaveSprintNote,
  sprintNoteListSchema,
  sprintNoteSchema,
} from '../../domain/sprint-notes';
import { getJson, sendJson } from '../../lib/api-client';

const path = (number: number) => `/api/sprint-notes/${String(number)}`;

export const sprintNoteQueries = {
  all: ['sprint-notes'] as const,
  /** Published issues, newest first, and drafts too for those who compose. */
  list: () =>
    queryOptions({
      queryKey: [...sprintNoteQueries.all, 'list'] as const,
      queryFn: ({ signal }) => getJson('/api/sprint-notes', sprintNoteListSchema, signal),
    }),
  detail: (number: number) =>
    queryOptions({
      queryKey: [...sprintNoteQueries.all, 'detail', number] as const,
      queryFn: ({ signal }) => getJson(path(number), sprintNoteSchema, signal),
    }),
  /** What the issue may use for a period, which may be one the composer has not saved yet. */
  candidates: (number: number, from: string, to: string) =>
    queryOptions({
      queryKey: [...sprintNoteQueries.all, 'candidates', number, from, to] as const,
      queryFn: ({ signal }) => getJson(`${path(number)}/candidates?${new URLSearchParams({ from, to }).toString()}`, candidatesSchema, signal),
    }),
  missing: (number: number) =>
    queryOptions({
      queryKey: [...sprintNoteQueries.all, 'missing', number] as const,
      queryFn: ({ signal }) => getJson(`${path(number)}/missing`, missingSchema, signal),
    }),
};

export const exportPath = (number: number, format: 'md' | 'html') => `${path(number)}/export.${format}`;

export const startSprintNote = (period: NewSprintNote) => sendJson('POST', '/api/sprint-notes', period, sprintNoteSchema);

export const saveSprintNote = (number: number, content: SaveSprintNote) => sendJson('PUT', path(number), content, sprintNoteSchema);

export const publishSprintNote = (number: number, input: PublishSprintNote) => sendJson('POST', `${path(number)}/publish`, input, sprintNoteSchema);

export const deleteSprintNote = (number: number, version: number) => sendJson('DELETE', path(number), { version });
