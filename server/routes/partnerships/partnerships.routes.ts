import { Hono } from 'hono';
import { issuesByField } from '../../../src/domain/form-fields';
import { idFromPath } from '../../../src/domain/id';
import { newPartnershipSchema, partnershipChangesSchema, partnershipRuleIssues } from '../../../src/domain/partnership-input';
import { partnershipRoleLabels, type Partnership } from '../../../src/domain/project';
import { removalSchema } from '../../../src/domain/version';
import type { ResolvedDeps } from '../../app-deps';
import type { AppEnv } from '../../app-env';
import { authorise } from '../../auth/authorise';
import { isoNow } from '../../auth/clock';
import type { Db } from '../../db/database';
import { lockKeys } from '../../db/dialect';
import { recordChange } from '../../db/history';
import { ORGANISATIONS_LOCK_KEY, organisationFor } from '../../db/queries/organisation-choice';
import { refreshProjects } from '../../db/queries/project-derived';
import { loadProjectScope, loadProjectScopeById } from '../../db/queries/projects';
import { loadPartnershipRecord, partnershipFields, projectLockKey } from '../../db/queries/records';
import { deleteVersioned, saveVersioned } from '../../db/versioned';
import { ApiError, ConflictError, notFound } from '../../http/api-error';
import { namedChanges, storedValue } from '../../http/changes';
import { readJson } from '../../http/read-json';

type LoadedPartnership = NonNullable<Awaited<ReturnType<typeof loadPartnershipRecord>>>;

/** A partnership as replies show it: its organisation by slug and name, not by id, and no project (the page names it). */
function asReplied(record: LoadedPartnership | undefined): Partnership | undefined {
  if (record === undefined) return undefined;
  const { projectId: _projectId, organisationId: _organisationId, ...reply } = record;
  return reply;
}

function refuse(fields: Record<string, string[]>): never {
  throw new ApiError(400, 'Check the details you entered', fields);
}

/** A phase named for a partnership must be one of its project's. Call it holding the project's lock, so the phase stays. */
async function checkPhase(trx: Db, projectId: number, phaseId: number | null | undefined): Promise<void> {
  if (phaseId === undefined || phaseId === null) return;
  const phase = await trx.selectFrom('phases').select('id').where('id', '=', phaseId).where('projectId', '=', projectId).executeTakeFirst();
  if (phase === undefined) refuse({ phaseId: ['Choose a phase of this project'] });
}

/**
 * Who takes part in a project, as LDCU managers correct it: add an organisation (one already in
 * the portfolio, or a new one), change its role, dates or phase, or remove it. Leads are the
 * partnerships whose role is `lead`. Each change names the version read, is recorded in the
 * history, and refreshes the project's stored search text (it holds its organisations' names).
 */
export function partnershipsRoutes({ db, today, now }: ResolvedDeps) {
  return new Hono<AppEnv>()
    .post('/projects/:slug/partnerships', async (c) => {
      const scope = await loadProjectScope(db, c.req.param('slug'), today());
      if (scope === null) throw notFound('Project');
      const user = authorise(c, 'project:edit', scope);
      const input = await readJson(c, newPartnershipSchema);
      const partnership = await db.transaction().execute(async (trx) => {
        await lockKeys(trx, [projectLockKey(scope.id), ...(input.newOrganisation === undefined ? [] : [ORGANISATIONS_LOCK_KEY])]);
        const organisation = await organisationFor(trx, input, '');
        await checkPhase(trx, scope.id, input.phaseId);
        const phaseId = input.phaseId ?? null;
        // The same organisation in the same role and phase, and still taking part, is a second click, not a second partnership.
        const twin = await trx
          .selectFrom('partnerships')
          .select('id')
          .where('projectId', '=', scope.id)
          .where('organisationId', '=', organisation.id)
          .where('role', '=', input.role)
          .where('phaseId', phaseId === null ? 'is' : '=', phaseId)
          .where('leftOn', 'is', null)
          .executeTakeFirst();
        if (twin !== undefined) {
          refuse({ organisation: [`${organisation.name} is already in this project as ${partnershipRoleLabels[input.role].toLowerCase()}`] });
        }
        const { id } = await trx
          .insertInto('partnerships')
          .values({
            projectId: scope.id,
            organisationId: organisation.id,
            role: input.role,
            phaseId,
            joinedOn: storedValue(input.joinedOn),
            leftOn: storedValue(input.leftOn),
            note: storedValue(input.note),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const added = await loadPartnershipRecord(trx, id);
        if (added === undefined) throw notFound('Partnership');
        await recordChange(trx, {
          actor: user,
          at: isoNow(now()),
          projectId: scope.id,
          recordType: 'partnership',
          recordId: id,
          action: 'create',
          before: null,
          after: partnershipFields(added),
        });
        await refreshProjects(trx, [scope.id], today());
        return added;
      });
      return c.json({ partnership: asReplied(partnership) }, 201);
    })
    .patch('/partnerships/:id', async (c) => {
      const id = idFromPath(c.req.param('id'));
      const before = id === null ? undefined : await loadPartnershipRecord(db, id);
      if (id === null || before === undefined) throw notFound('Partnership');
      const user = authorise(c, 'project:edit', await loadProjectScopeById(db, before.projectId, today()));
      const { version, ...input } = await readJson(c, partnershipChangesSchema);
      // The dates are checked against the partnership this change is written over: only the version read can be.
      if (before.version !== version) throw new ConflictError(asReplied(before));
      const changes = namedChanges(input);
      const issues = partnershipRuleIssues({ ...before, ...changes });
      if (issues.length > 0) refuse(issuesByField(issues));
      const saved = await saveVersioned(db, {
        table: 'partnerships',
        id,
        version,
        changes,
        what: 'Partnership',
        load: async (from: Db) => asReplied(await loadPartnershipRecord(from, id)),
        history: {
          actor: user,
          at: isoNow(now()),
          projectId: before.projectId,
          recordType: 'partnership',
          recordId: id,
          action: 'update',
          before: partnershipFields(before),
        },
        fieldsOf: partnershipFields,
        checkFirst: async (trx) => {
          // The phase it moves to must still be there when it is written (a phase is removed only when nobody is tied to it).
          await lockKeys(trx, [projectLockKey(before.projectId)]);
          await checkPhase(trx, before.projectId, changes.phaseId);
        },
        alsoInTransaction: (trx) => refreshProjects(trx, [before.projectId], today()),
      });
      return c.json({ partnership: saved });
    })
    .delete('/partnerships/:id', async (c) => {
      const id = idFromPath(c.req.param('id'));
      const found = id === null ? undefined : await loadPartnershipRecord(db, id);
      if (id === null || found === undefined) throw notFound('Partnership');
      const user = authorise(c, 'project:edit', await loadProjectScopeById(db, found.projectId, today()));
      const { version } = await readJson(c, removalSchema);
      await deleteVersioned(db, {
        table: 'partnerships',
        id,
        version,
        what: 'Partnership',
        load: async (from: Db) => asReplied(await loadPartnershipRecord(from, id)),
        history: { actor: user, at: isoNow(now()), projectId: found.projectId, recordType: 'partnership', recordId: id, action: 'delete' },
        fieldsOf: partnershipFields,
        alsoInTransaction: (trx) => refreshProjects(trx, [found.projectId], today()),
      });
      return c.body(null, 204);
    });
}
