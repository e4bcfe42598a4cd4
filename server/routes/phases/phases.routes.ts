import { Hono } from 'hono';
import { issuesByField } from '../../../src/domain/form-fields';
import { idFromPath } from '../../../src/domain/id';
import { formatPartialDate, isCertainlyBefore } from '../../../src/domain/partial-date';
import { nextPhaseSchema, newPhaseSchema, phaseChangesSchema, phaseRuleIssues } from '../../../src/domain/phase-input';
import type { Phase } from '../../../src/domain/project';
import { removalSchema } from '../../../src/domain/version';
import type { ResolvedDeps } from '../../app-deps';
import type { AppEnv, CurrentUser } from '../../app-env';
import { authorise } from '../../auth/authorise';
import { isoNow } from '../../auth/clock';
import type { Db } from '../../db/database';
import { lockKeys } from '../../db/dialect';
import { recordChange } from '../../db/history';
import { refreshProjects } from '../../db/queries/project-derived';
import { loadProjectScope, loadProjectScopeById } from '../../db/queries/projects';
import { loadPhaseRecord, nextPhasePosition, projectLockKey, withoutProject } from '../../db/queries/records';
import { deleteVersioned, saveVersioned } from '../../db/versioned';
import { ApiError, ConflictError, conflictOrGone, notFound } from '../../http/api-error';
import { namedChanges, storedValue } from '../../http/changes';
import { readJson } from '../../http/read-json';

/** The fields history keeps of a phase. */
function fieldsOf({ position, kind, label, status, startedOn, plannedWeeks, plannedEndOn, endedOn, fundingAmountPounds, fundingStream, outcome }: Phase) {
  return { position, kind, label, status, startedOn, plannedWeeks, plannedEndOn, endedOn, fundingAmountPounds, fundingStream, outcome };
}

function checkRules(phase: Parameters<typeof phaseRuleIssues>[0]): void {
  const issues = phaseRuleIssues(phase);
  if (issues.length > 0) throw new ApiError(400, 'Check the details you entered', issuesByField(issues));
}

/** "Adur & Worthing Councils, Devon County Council and Essex County Council". */
function listOfNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

type NewPhaseRow = Omit<Phase, 'id' | 'version' | 'position' | 'reportedWeek' | 'reportedOn'>;

/** Adds a phase after a project's last, in the transaction, with its history entry. */
async function addPhase(trx: Db, projectId: number, values: NewPhaseRow, change: { actor: CurrentUser; at: string }): Promise<Phase> {
  await lockKeys(trx, [projectLockKey(projectId)]);
  const position = await nextPhasePosition(trx, projectId);
  const { id } = await trx
    .insertInto('phases')
    .values({ ...values, projectId, position, reportedWeek: null, reportedOn: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const phase = withoutProject(await loadPhaseRecord(trx, id));
  if (phase === undefined) throw notFound('Phase');
  await recordChange(trx, { ...change, projectId, recordType: 'phase', recordId: id, action: 'create', before: null, after: fieldsOf(phase) });
  return phase;
}

/**
 * A project's phases, as LDCU managers correct them: add one, change one, remove one, and start
 * the next (which ends the one under way on the day the new one starts). Each change names the
 * version read, is recorded in the history, and works out the project's current phase again in
 * the same transaction, so `?phase=` always finds it where it now is.
 */
export function phasesRoutes({ db, today, now }: ResolvedDeps) {
  return new Hono<AppEnv>()
    .post('/projects/:slug/phases', async (c) => {
      const scope = await loadProjectScope(db, c.req.param('slug'), today());
      if (scope === null) throw notFound('Project');
      const user = authorise(c, 'project:edit', scope);
      const input = await readJson(c, newPhaseSchema);
      const phase = await db.transaction().execute(async (trx) => {
        const added = await addPhase(
          trx,
          scope.id,
          {
            kind: input.kind,
            label: storedValue(input.label),
            status: input.status ?? null,
            startedOn: storedValue(input.startedOn),
            plannedWeeks: input.plannedWeeks ?? null,
            plannedEndOn: storedValue(input.plannedEndOn),
            endedOn: storedValue(input.endedOn),
            fundingAmountPounds: input.fundingAmountPounds ?? null,
            fundingStream: storedValue(input.fundingStream),
            outcome: storedValue(input.outcome),
          },
          { actor: user, at: isoNow(now()) },
        );
        await refreshProjects(trx, [scope.id], today());
        return added;
      });
      return c.json({ phase }, 201);
    })
    .post('/projects/:slug/phases/next', async (c) => {
      const scope = await loadProjectScope(db, c.req.param('slug'), today());
      if (scope === null) throw notFound('Project');
      const user = authorise(c, 'project:edit', scope);
      const { ending, startedOn, ...next } = await readJson(c, nextPhaseSchema);
      const at = isoNow(now());
      const started = await db.transaction().execute(async (trx) => {
        await lockKeys(trx, [projectLockKey(scope.id)]);
        let ended: Phase | null = null;
        if (ending !== null) {
          const current = await loadPhaseRecord(trx, ending.id);
          if (current?.projectId !== scope.id) {
            throw new ApiError(400, 'Check the details you entered', { ending: ['Choose a phase of this project to end'] });
          }
          const before = withoutProject(current) as Phase;
          if (current.version !== ending.version) throw new ConflictError(before);
          if (current.startedOn !== null && isCertainlyBefore(startedOn, current.startedOn)) {
            throw new ApiError(400, 'Check the details you entered', {
              startedOn: [`The next phase must start on or after the day the one it follows started (${formatPartialDate(current.startedOn)})`],
            });
          }
          // Conditional like every versioned write, though the lock and the check above already hold it.
          const updated = await trx
            .updateTable('phases')
            .set((eb) => ({ endedOn: startedOn, status: 'completed', version: eb('version', '+', 1) }))
            .where('id', '=', current.id)
            .where('version', '=', ending.version)
            .executeTakeFirst();
          if (updated.numUpdatedRows === 0n) throw conflictOrGone(withoutProject(await loadPhaseRecord(trx, current.id)), 'Phase');
          ended = withoutProject(await loadPhaseRecord(trx, current.id)) ?? null;
          if (ended === null) throw notFound('Phase');
          await recordChange(trx, {
            actor: user,
            at,
            projectId: scope.id,
            recordType: 'phase',
            recordId: current.id,
            action: 'update',
            before: fieldsOf(before),
            after: fieldsOf(ended),
          });
        }
        const phase = await addPhase(
          trx,
          scope.id,
          {
            kind: next.kind,
            label: storedValue(next.label),
            status: 'in_progress',
            startedOn,
            plannedWeeks: next.plannedWeeks ?? null,
            plannedEndOn: storedValue(next.plannedEndOn),
            endedOn: null,
            fundingAmountPounds: next.fundingAmountPounds ?? null,
            fundingStream: storedValue(next.fundingStream),
            outcome: null,
          },
          { actor: user, at },
        );
        await refreshProjects(trx, [scope.id], today());
        return { ended, phase };
      });
      return c.json(started, 201);
    })
    .patch('/phases/:id', async (c) => {
      const id = idFromPath(c.req.param('id'));
      const before = id === null ? undefined : await loadPhaseRecord(db, id);
      if (id === null || before === undefined) throw notFound('Phase');
      const user = authorise(c, 'project:edit', await loadProjectScopeById(db, before.projectId, today()));
      const { version, ...input } = await readJson(c, phaseChangesSchema);
      const load = async (from: Db) => withoutProject(await loadPhaseRecord(from, id));
      // The rules are checked against the phase this change is written over: only the version read can be.
      if (before.version !== version) throw new ConflictError(withoutProject(before));
      const changes = namedChanges(input);
      checkRules({ ...before, ...changes });
      const saved = await saveVersioned(db, {
        table: 'phases',
        id,
        version,
        changes,
        what: 'Phase',
        load,
        history: {
          actor: user,
          at: isoNow(now()),
          projectId: before.projectId,
          recordType: 'phase',
          recordId: id,
          action: 'update',
          before: fieldsOf(before),
        },
        fieldsOf,
        alsoInTransaction: (trx) => refreshProjects(trx, [before.projectId], today()),
      });
      return c.json({ phase: saved });
    })
    .delete('/phases/:id', async (c) => {
      const id = idFromPath(c.req.param('id'));
      const found = id === null ? undefined : await loadPhaseRecord(db, id);
      if (id === null || found === undefined) throw notFound('Phase');
      const user = authorise(c, 'project:edit', await loadProjectScopeById(db, found.projectId, today()));
      const { version } = await readJson(c, removalSchema);
      await deleteVersioned(db, {
        table: 'phases',
        id,
        version,
        what: 'Phase',
        load: async (from: Db) => withoutProject(await loadPhaseRecord(from, id)),
        history: { actor: user, at: isoNow(now()), projectId: found.projectId, recordType: 'phase', recordId: id, action: 'delete' },
        fieldsOf,
        checkFirst: async (trx) => {
          // Nobody may tie a partnership to the phase between the look below and its removal.
          await lockKeys(trx, [projectLockKey(found.projectId)]);
          // Removing the phase would remove these with it (the database cascades), and with them who
          // took part in the project: they are changed or removed first, each in the history.
          const tied = await trx
            .selectFrom('partnerships')
            .innerJoin('organisations', 'organisations.id', 'partnerships.organisationId')
            .select('organisations.name')
            .where('partnerships.projectId', '=', found.projectId)
            .where('partnerships.phaseId', '=', id)
            .orderBy('partnerships.id')
            .execute();
          if (tied.length > 0) {
            const names = listOfNames([...new Set(tied.map((row) => row.name))]);
            throw new ApiError(400, 'This phase cannot be removed yet', {
              phase: [`${names} took part in this phase only. Change or remove ${tied.length === 1 ? 'that partnership' : 'those partnerships'} first.`],
            });
          }
        },
        alsoInTransaction: (trx) => refreshProjects(trx, [found.projectId], today()),
      });
      return c.body(null, 204);
    });
}
