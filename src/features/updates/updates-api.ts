import { queryOptions } from '@tanstack/react-query';
import {
  type NewUpdate,
  savedUpdateSchema,
  type UpdateChanges,
  updateQueueSchema,
  yourProjectsSchema,
} from '../../domain/update';
import { getJson, sendJson } from '../../lib/api-client';
import { pageSearch } from '../../lib/page-param';
import { updateCountQueries } from './update-counts-api';

export const updateQueries = {
  all: updateCountQueries.all,
  detail: (id: number) =>
    queryOptions({
      queryKey: [...updateQueries.all, 'detail', id] as const,
      queryFn: ({ signal }) => getJson(`/api/updates/${String(id)}`, savedUpdateSchema, signal),
    }),
  /** Updates waiting for review across the portfolio, the longest waiting first. */
  queue: (page: number) =>
    queryOptions({
      queryKey: [...updateQueries.all, 'queue', page] as const,
      queryFn: ({ signal }) => getJson(`/api/updates${pageSearch(page, { status: 'submitted' })}`, updateQueueSchema, signal),
    }),
  /** The signed-in person's projects, each with its updates not yet published. */
  yours: () =>
    queryOptions({
      queryKey: [...updateQueries.all, 'yours'] as const,
      queryFn: ({ signal }) => getJson('/api/your-projects', yourProjectsSchema, signal),
    }),
};

export const createUpdate = (slug: string, update: NewUpdate) =>
  sendJson('POST', `/api/projects/${encodeURIComponent(slug)}/updates`, update, savedUpdateSchema);

export const changeUpdate = (id: number, changes: UpdateChanges) => sendJson('PATCH', `/api/updates/${String(id)}`, changes, savedUpdateSchema);

export const submitUpdate = (id: number, version: number) => sendJson('POST', `/api/updates/${String(id)}/submit`, { version }, savedUpdateSchema);

export const approveUpdate = (id: number, version: number) => sendJson('POST', `/api/updates/${String(id)}/approve`, { version }, savedUpdateSchema);

export const returnUpdate = (id: number, version: number, comment: string) =>
  sendJson('POST', `/api/updates/${String(id)}/return`, { version, comment }, savedUpdateSchema);

export const deleteUpdate = (id: number, version: number) => sendJson('DELETE', `/api/updates/${String(id)}`, { version });

/** Team news: an update about the team itself, with no project. */
export const createTeamUpdate = (update: NewUpdate) => sendJson('POST', '/api/updates', update, savedUpdateSchema);
