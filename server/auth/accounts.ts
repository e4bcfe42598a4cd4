import type { createUserSchema } from '../../src/domain/user';
import type * as z from 'zod/mini';
import type { Db } from '../db/database';
import { lockKeys } from '../db/dialect';
import { ApiError } from '../http/api-error';
import { isoNow } from './clock';
import { createSetupLink, type SetupLink } from './setup-links';

export async function organisationIdsFor(db: Db, slugs: readonly string[]): Promise<number[]> {
  if (slugs.length === 0) return [];
  const rows = await db.selectFrom('organisations').select(['id', 'slug']).where('slug', 'in', slugs).execute();
  const unknown = slugs.filter((slug) => !rows.some((row) => row.slug === slug));
  if (unknown.length > 0) {
    throw new ApiError(400, 'Check the details you entered', { organisations: [`No organisation has the slug ${unknown.join(', ')}`] });
  }
  return rows.map((row) => row.id);
}

/** Replaces the organisations a person acts for; two changes at once take turns rather than both inserting. */
export async function setUserOrganisations(db: Db, userId: number, organisationIds: readonly number[]): Promise<void> {
  await lockKeys(db, [`user:${String(userId)}`]);
  await db.deleteFrom('userOrganisations').where('userId', '=', userId).execute();
  if (organisationIds.length === 0) return;
  await db
    .insertInto('userOrganisations')
    .values(organisationIds.map((organisationId) => ({ userId, organisationId })))
    .execute();
}

/** Council staff act for a council; without one they could do nothing, so it is required. */
export function requireCouncilOrganisations(role: string, organisationIds: readonly number[]): void {
  if (role === 'council' && organisationIds.length === 0) {
    throw new ApiError(400, 'Check the details you entered', { organisations: ['Choose the council this person works for'] });
  }
}

/**
 * Creates an account with no password and a one-time link for its owner to choose one, so
 * nobody else ever knows it. Used by managers in the app and by `npm run user:add`.
 */
export async function createAccount(
  db: Db,
  account: z.output<typeof createUserSchema>,
  now: Date,
  baseUrl: string,
): Promise<{ id: number; setupLink: SetupLink }> {
  const organisationIds = await organisationIdsFor(db, account.organisations);
  requireCouncilOrganisations(account.role, organisationIds);
  return db.transaction().execute(async (trx) => {
    // Under a lock on the address, so two requests for one address at once get one account and a 409, not a constraint failure.
    await lockKeys(trx, [`user-email:${account.email}`]);
    const existing = await trx.selectFrom('users').select('id').where('email', '=', account.email).executeTakeFirst();
    if (existing !== undefined) {
      throw new ApiError(409, 'Check the details you entered', { email: ['An account with this email address already exists'] });
    }
    const { id } = await trx
      .insertInto('users')
      .values({
        email: account.email,
        displayName: account.displayName,
        role: account.role,
        passwordHash: null,
        disabledAt: null,
        createdAt: isoNow(now),
        passwordChangedAt: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await setUserOrganisations(trx, id, organisationIds);
    const setupLink = await createSetupLink(trx, { userId: id, role: account.role }, now, baseUrl);
    return { id, setupLink };
  });
}
