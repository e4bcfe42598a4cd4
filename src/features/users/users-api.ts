import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { createdUserSchema, type Role, type UpdateUser, userListSchema, userSchema } from '../../domain/user';
import { getJson, sendJson } from '../../lib/api-client';

export const userQueries = {
  all: ['users'] as const,
  list: () =>
    queryOptions({
      queryKey: [...userQueries.all, 'list'] as const,
      queryFn: ({ signal }) => getJson('/api/users', userListSchema, signal),
    }),
};

/**
 * What the add-account form sends. The role may be missing: the server's answer to that is the
 * message the form shows, so the rule lives in one place.
 */
export interface UserDraft {
  email: string;
  displayName: string;
  role?: Role;
  organisations: string[];
}

const updatedUserSchema = z.object({ user: userSchema });
export type CreatedUser = z.infer<typeof createdUserSchema>;

export const createUser = (draft: UserDraft) => sendJson('POST', '/api/users', draft, createdUserSchema);
export const updateUser = (id: number, changes: UpdateUser) => sendJson('PATCH', `/api/users/${id}`, changes, updatedUserSchema);
export const createSetupLink = (id: number) => sendJson('POST', `/api/users/${id}/setup-link`, {}, createdUserSchema);
