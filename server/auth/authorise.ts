import type { Context } from 'hono';
import type { AppEnv, CurrentUser } from '../app-env';
import { ApiError } from '../http/api-error';
import type { Action } from '../../src/domain/actions';
import { can, type ProjectScope } from './permissions';

/** Throws 401 for someone not signed in and 403 for someone signed in without the right. */
export function authorise(c: Context<AppEnv>, action: Action, project?: ProjectScope): CurrentUser {
  const user = requireUser(c);
  if (!can(user, action, project)) throw new ApiError(403, 'You do not have permission to do that');
  return user;
}

export function requireUser(c: Context<AppEnv>): CurrentUser {
  const user = c.get('user');
  if (user === null) throw new ApiError(401, 'Sign in to continue');
  return user;
}
