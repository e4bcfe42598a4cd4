import { type Action, actions } from '../../src/domain/actions';
import type { Role } from '../../src/domain/user';

/**
 * Who may do what: the one place the rule is written. Every route asks `can()`; the app only
 * mirrors the answer to hide what a person may not do.
 *
 * - `all`: anywhere in the portfolio;
 * - `own`: only on projects that one of the person's organisations leads or partners in;
 * - `none`.
 */
export type Grant = 'all' | 'own' | 'none';
export type Actor = Role | 'anonymous';

export const PERMISSIONS: Record<Action, Record<Actor, Grant>> = {
  'update:read-unpublished': { anonymous: 'none', council: 'own', engagement: 'all', manager: 'all' },
  'update:write': { anonymous: 'none', council: 'own', engagement: 'all', manager: 'all' },
  'update:review': { anonymous: 'none', council: 'none', engagement: 'all', manager: 'all' },
  'show-and-tell:write': { anonymous: 'none', council: 'own', engagement: 'none', manager: 'all' },
  'project-links:edit': { anonymous: 'none', council: 'own', engagement: 'none', manager: 'all' },
  // What LDCU funds and agreed (phases, money, leads and partners, status) is corrected by its managers.
  'project:create': { anonymous: 'none', council: 'none', engagement: 'none', manager: 'all' },
  'project:edit': { anonymous: 'none', council: 'none', engagement: 'none', manager: 'all' },
  // What a project published or presents, like its show and tells, is kept by its own council staff too.
  'output:write': { anonymous: 'none', council: 'own', engagement: 'none', manager: 'all' },
  'sprint-notes:compose': { anonymous: 'none', council: 'none', engagement: 'all', manager: 'all' },
  'users:manage': { anonymous: 'none', council: 'none', engagement: 'none', manager: 'all' },
  // Staff see who changed what on the projects they work on; the whole portfolio's log is a manager's.
  'history:read': { anonymous: 'none', council: 'own', engagement: 'all', manager: 'all' },
  'history:read-all': { anonymous: 'none', council: 'none', engagement: 'none', manager: 'all' },
  // Delivery confidence is LDCU's own judgement of a project: its staff read it, its managers make it.
  'confidence:read': { anonymous: 'none', council: 'none', engagement: 'all', manager: 'all' },
  'confidence:rate': { anonymous: 'none', council: 'none', engagement: 'none', manager: 'all' },
};

export interface Principal {
  role: Role;
  organisationIds: readonly number[];
}

/** The organisations taking part in a project now: its leads and its current partners. */
export interface ProjectScope {
  organisationIds: readonly number[];
}

export function can(principal: Principal | null, action: Action, project?: ProjectScope): boolean {
  const grant = PERMISSIONS[action][principal?.role ?? 'anonymous'];
  if (grant === 'all') return true;
  if (grant === 'none' || principal === null || project === undefined) return false;
  return project.organisationIds.some((id) => principal.organisationIds.includes(id));
}

/** What the person may do here, so the app can offer only that; the server still checks each request. */
export function allowedActions(principal: Principal | null, project?: ProjectScope): Action[] {
  return actions.filter((action) => can(principal, action, project));
}
