import { Hono } from 'hono';
import type { AppConfig } from '../../../src/domain/user';
import type { ResolvedDeps } from '../../app-deps';
import type { AppEnv } from '../../app-env';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../db/demo-accounts';

/** What the app needs to know about this installation before anyone signs in. */
export function configRoutes({ demo }: ResolvedDeps) {
  return new Hono<AppEnv>().get('/', (c) => {
    const config: AppConfig = demo
      ? {
          demo: true,
          demoAccounts: DEMO_ACCOUNTS.map(({ email, description }) => ({ email, description })),
          demoPassword: DEMO_PASSWORD,
        }
      : { demo: false, demoAccounts: [], demoPassword: null };
    return c.json(config);
  });
}
