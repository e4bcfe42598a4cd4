import type { Role } from '../../src/domain/user';
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

/** Adds any demo account that is missing; run only by `npm run demo`, never by `npm start`. */
export async function ensureDemoAccounts(db: Db, now: Date, cost?: ScryptCost): Promise<number> {
  let added = 0;
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.selectFrom('users').select('id').where('email', '=', account.email).executeTakeFirst();
    if (existing !== undefined) continue;
    const passwordHash = await hashPassword(DEMO_PASSWORD, cost);
    await db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto('users')
        .values({
          email: account.email,
          displayName: account.displayName,
          role: account.role,
          passwordHash,
          disabledAt: null,
          createdAt: isoNow(now),
          passwordChangedAt: isoNow(now),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (account.organisations.length > 0) {
        const organisations = await trx.selectFrom('organisations').select('id').where('slug', 'in', account.organisations).execute();
        await trx
          .insertInto('userOrganisations')
          .values(organisations.map((organisation) => ({ userId: id, organisationId: organisation.id })))
          .execute();
      }
    });
    added += 1;
  }
  return added;
}
