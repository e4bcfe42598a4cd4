import { Hono } from 'hono';
import { createUserSchema, updateUserSchema } from '../../../src/domain/user';
import type { ResolvedDeps } from '../../app-deps';
import type { AppEnv } from '../../app-env';
import { createAccount, organisationIdsFor, requireCouncilOrganisations, setUserOrganisations } from '../../auth/accounts';
import { authorise } from '../../auth/authorise';
import { isoNow } from '../../auth/clock';
import { endAllSessions } from '../../auth/sessions';
import { createSetupLink, revokeSetupLinks } from '../../auth/setup-links';
import { loadUser, loadUsers, publicUser } from '../../auth/users';
import { ApiError, notFound } from '../../http/api-error';
import { readJson } from '../../http/read-json';
import { parseId } from '../../http/path-params';

/** Accounts, managed by LDCU managers only. People choose their own password through a one-time link. */
export function usersRoutes({ db, now, publicUrl }: ResolvedDeps) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      authorise(c, 'users:manage');
      const users = await loadUsers(db);
      return c.json({ users: users.map(publicUser) });
    })
    .post('/', async (c) => {
      authorise(c, 'users:manage');
      const input = await readJson(c, createUserSchema);
      const { id, setupLink } = await createAccount(db, input, now(), publicUrl);
      const user = await loadUser(db, id);
      if (user === null) throw notFound('User');
      return c.json({ user: publicUser(user), setupLink }, 201);
    })
    .patch('/:id', async (c) => {
      const manager = authorise(c, 'users:manage');
      const id = parseId(c.req.param('id'), 'User');
      const input = await readJson(c, updateUserSchema);
      const user = await loadUser(db, id);
      if (user === null) throw notFound('User');
      if (id === manager.id && (input.disabled === true || (input.role !== undefined && input.role !== 'manager'))) {
        // Otherwise the last manager could lock everyone out of managing accounts.
        throw new ApiError(409, 'You cannot disable your own account or remove your own manager role');
      }
      const role = input.role ?? user.role;
      const organisationIds = input.organisations === undefined ? user.organisationIds : await organisationIdsFor(db, input.organisations);
      requireCouncilOrganisations(role, organisationIds);

      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({
            role,
            displayName: input.displayName ?? user.displayName,
            ...(input.disabled === undefined ? {} : { disabledAt: input.disabled ? isoNow(now()) : null }),
          })
          .where('id', '=', id)
          .execute();
        if (input.organisations !== undefined) await setUserOrganisations(trx, id, organisationIds);
      });
      if (input.disabled === true) {
        await endAllSessions(db, id);
        await revokeSetupLinks(db, id, now());
      }
      const updated = await loadUser(db, id);
      if (updated === null) throw notFound('User');
      return c.json({ user: publicUser(updated) });
    })
    .post('/:id/setup-link', async (c) => {
      authorise(c, 'users:manage');
      const id = parseId(c.req.param('id'), 'User');
      const user = await loadUser(db, id);
      if (user === null) throw notFound('User');
      if (user.disabled) throw new ApiError(409, 'Enable the account before sending a new link');
      const setupLink = await createSetupLink(db, { userId: id, role: user.role }, now(), publicUrl);
      return c.json({ user: publicUser(user), setupLink }, 201);
    });
}
