import type { Session } from './user';

/**
 * Where someone lands after signing in when they came from nowhere in particular: council staff
 * on their own projects, reviewers on the updates waiting for them, managers on the portfolio.
 */
export function homeFor(session: Session): string {
  if (session.user.organisations.length > 0) return '/your-projects';
  if (session.allowed.includes('update:review') && !session.allowed.includes('users:manage')) return '/review';
  return '/';
}
