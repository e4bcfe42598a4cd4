import type { Role } from '../../src/domain/user';
import { organisationIdsFor, setUserOrganisations } from '../auth/accounts';
import { hashPassword, type ScryptCost } from '../auth/passwords';
import { isoNow } from '../auth/clock';
import type { Db } from './database';

/** Shown on the sign-in page in demo mode only; a demo database is never a real one. */
export const DEMO_PASSWORD = 'demo-demo-demo';

export const DEMO_ACCOUNTS: readonly {
  email: string;
  displayName: string;
  role: Role;
  organisations: readonly string[];
  description: string;
}[] = [
  { email: 'manager@demo.test', displayName: 'Demo Manager', role: 'manager', organisations: [], description: 'LDCU manager' },
  { email: 'engagement@demo.test', displayName: 'Demo Engagement', role: 'engagement', organisations: [], description: 'Engagement staff' },
  {
    email: 'rugby@demo.test',
    displayName: 'Demo Rugby',
    role: 'council',
    organisations: ['rugby-borough-council'],
    description: 'Council staff, Rugby Borough Council',
  },
  {
    email: 'lincoln@demo.test',
    displayName: 'Demo Lincoln',
    role: 'council',
    organisations: ['city-of-lincoln-council'],
    description: 'Council staff, City of Lincoln Council',
  },
];

const DEMO_EMAILS = DEMO_ACCOUNTS.map((account) => account.email);

/** A database with the demo accounts is a demo database: `npm start` refuses it, so a published password never guards real data. */
export async function hasDemoAccounts(db: Db): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('email', 'in', DEMO_EMAILS).limit(1).executeTakeFirst()) !== undefined;
}

export class NotADemoDatabaseError extends Error {
  constructor() {
    super(
      'This database has accounts and none of them is a demo account: it looks like a real one, and demo mode would remove its accounts. Demo mode runs only on a database of its own: set DATABASE_URL to another file.',
    );
    this.name = 'NotADemoDatabaseError';
  }
}

/**
 * Anyone may add accounts in a shared demo, and those people then hold sessions and links on a
 * database whose manager password is published: each start takes them away again. Only on a demo
 * database, one with a demo account or no account at all; one with other accounts and no demo
 * account is a real database that DATABASE_URL happens to name, and is refused untouched.
 * Returns how many accounts were removed.
 */
async function removeOtherAccounts(db: Db): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const demoAccount = await trx.selectFrom('users').select('id').where('email', 'in', DEMO_EMAILS).limit(1).executeTakeFirst();
    const others = trx.selectFrom('users').select('id').where('email', 'not in', DEMO_EMAILS);
    const other = await others.limit(1).executeTakeFirst();
    if (other === undefined) return 0;
    if (demoAccount === undefined) throw new NotADemoDatabaseError();
    // Deleted one table at a time rather than left to ON DELETE CASCADE, which SQLite honours
    // only on connections that turned foreign keys on.
    await trx.deleteFrom('sessions').where('userId', 'in', others).execute();
    await trx.deleteFrom('setupLinks').where('userId', 'in', others).execute();
    await trx.deleteFrom('userOrganisations').where('userId', 'in', others).execute();
    const removed = await trx.deleteFrom('users').where('email', 'not in', DEMO_EMAILS).executeTakeFirst();
    return Number(removed.numDeletedRows);
  });
}

/**
 * Puts the demo accounts back as the sign-in page describes them, on every demo start: removes
 * every other account (see removeOtherAccounts), adds any demo account that is missing and resets
 * the rest (password, role, organisations, enabled), because anyone may change them in a shared
 * demo. Refuses a database that has other accounts and no demo one.
 */
export async function ensureDemoAccounts(db: Db, now: Date, cost?: ScryptCost): Promise<{ added: number; removed: number }> {
  const removed = await removeOtherAccounts(db);
  let added = 0;
  for (const account of DEMO_ACCOUNTS) {
    const passwordHash = await hashPassword(DEMO_PASSWORD, cost);
    const isNew = await db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('users').select('id').where('email', '=', account.email).executeTakeFirst();
      const fields = {
        displayName: account.displayName,
        role: account.role,
        passwordHash,
        disabledAt: null,
        passwordChangedAt: isoNow(now),
      };
      const id =
        existing?.id ??
        (
          await trx
            .insertInto('users')
            .values({ ...fields, email: account.email, createdAt: isoNow(now) })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
      if (existing !== undefined) {
        await trx.updateTable('users').set(fields).where('id', '=', id).execute();
        await trx.deleteFrom('setupLinks').where('userId', '=', id).execute();
      }
      await setUserOrganisations(trx, id, await organisationIdsFor(trx, account.organisations));
      return existing === undefined;
    });
    if (isNew) added += 1;
  }
  return { added, removed };
}
