import type { CurrentUser } from '../app-env';
import type { Db } from '../db/database';

/** Loads people with their organisations; the one reader of the users table for routes. */
export async function loadUsers(db: Db, ids?: readonly number[]): Promise<CurrentUser[]> {
  if (ids?.length === 0) return [];
  let query = db.selectFrom('users').select(['id', 'email', 'displayName', 'role', 'passwordHash', 'disabledAt']).orderBy('displayName');
  if (ids !== undefined) query = query.where('id', 'in', ids);
  const users = await query.execute();
  if (users.length === 0) return [];
  const memberships = await db
    .selectFrom('userOrganisations')
    .innerJoin('organisations', 'organisations.id', 'userOrganisations.organisationId')
    .select(['userOrganisations.userId', 'organisations.id', 'organisations.slug', 'organisations.name', 'organisations.kind'])
    .where(
      'userOrganisations.userId',
      'in',
      users.map((user) => user.id),
    )
    .orderBy('organisations.name')
    .execute();
  return users.map(({ passwordHash, disabledAt, ...user }) => {
    const own = memberships.filter((membership) => membership.userId === user.id);
    return {
      ...user,
      disabled: disabledAt !== null,
      active: passwordHash !== null,
      organisations: own.map(({ slug, name, kind }) => ({ slug, name, kind })),
      organisationIds: own.map((membership) => membership.id),
    };
  });
}

export async function loadUser(db: Db, id: number): Promise<CurrentUser | null> {
  return (await loadUsers(db, [id]))[0] ?? null;
}

/** What the API shows of a person: never the password hash, nor internal ids of organisations. */
export function publicUser({ organisationIds: _organisationIds, ...user }: CurrentUser) {
  return user;
}
