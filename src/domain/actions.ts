import * as z from 'zod/mini';

/**
 * The things people can be allowed to do. Who may do which is decided on the server
 * (server/auth/permissions.ts); the API tells the app the answer for the current person.
 */
export const actions = [
  'update:read-unpublished',
  'update:write',
  'update:review',
  'show-and-tell:write',
  'project-links:edit',
  'project:create',
  'project:edit',
  'output:write',
  'sprint-notes:compose',
  'users:manage',
  'history:read',
  'history:read-all',
  'confidence:read',
  'confidence:rate',
] as const;
export const actionSchema = z.enum(actions);
export type Action = z.infer<typeof actionSchema>;
