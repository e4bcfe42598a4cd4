import { createSetupLink } from './auth/setup-links';
import type { Db } from './db/database';

/**
 * With no accounts at all, nobody could sign in to create one, and a built-in account with a
 * known password would be a door left open. Instead each start prints a one-time link, valid
 * for 24 hours, that sets up the first manager.
 */
export async function printFirstRunLink(db: Db, baseUrl: string, log: (line: string) => void): Promise<void> {
  const anyone = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (anyone !== undefined) return;
  const link = await createSetupLink(db, { userId: null, role: 'manager' }, new Date(), baseUrl);
  log('');
  log('No accounts yet. Set up the first LDCU manager account with this one-time link (valid for 24 hours):');
  log(`  ${link.url}`);
  log('');
}
