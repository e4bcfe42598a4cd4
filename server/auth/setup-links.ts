import type { Role } from '../../src/domain/user';
import { type Db, inTransaction } from '../db/database';
import { lockKeys } from '../db/dialect';
import { addMinutes, isoNow } from './clock';
import { digest, newToken } from './tokens';

export const SETUP_LINK_HOURS = 24;

export interface SetupLink {
  url: string;
  expiresAt: string;
}

/**
 * A one-time link to choose a password, valid for 24 hours. Without a user it sets up the very
 * first manager, who enters their own email address.
 */
export async function createSetupLink(
  db: Db,
  target: { userId: number | null; role: Role },
  now: Date,
  baseUrl: string,
): Promise<SetupLink> {
  const token = newToken();
  const expiresAt = isoNow(addMinutes(now, SETUP_LINK_HOURS * 60));
  await inTransaction(db, async (trx) => {
    // Only the newest link works: one sent to the wrong address stops working once another is
    // made. Under a lock, so two links made at once cannot both outlive the other's revocation.
    if (target.userId !== null) {
      await lockKeys(trx, [`setup-links:${String(target.userId)}`]);
      await revokeSetupLinks(trx, target.userId, now);
    }
    await trx
      .insertInto('setupLinks')
      .values({ tokenDigest: digest(token), userId: target.userId, role: target.role, createdAt: isoNow(now), expiresAt, usedAt: null })
      .execute();
  });
  return { url: `${baseUrl.replace(/\/$/, '')}/setup/${token}`, expiresAt };
}

/** Ends a person's unused links: when a new one is made, the account is disabled, or a password is set. */
export async function revokeSetupLinks(db: Db, userId: number, now: Date): Promise<void> {
  await db.updateTable('setupLinks').set({ usedAt: isoNow(now) }).where('userId', '=', userId).where('usedAt', 'is', null).execute();
}
