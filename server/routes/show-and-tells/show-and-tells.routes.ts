import { Hono } from 'hono';
import { idFromPath } from '../../../src/domain/id';
import type { ShowAndTell } from '../../../src/domain/project';
import { newShowAndTellSchema, showAndTellChangesSchema } from '../../../src/domain/show-and-tell';
import type { ResolvedDeps } from '../../app-deps';
import type { AppEnv } from '../../app-env';
import { authorise } from '../../auth/authorise';
import { isoNow } from '../../auth/clock';
import type { Db } from '../../db/database';
import { recordChange } from '../../db/history';
import { loadProjectScope, loadProjectScopeById } from '../../db/queries/projects';
import { ConflictError, notFound } from '../../http/api-error';
import { readJson } from '../../http/read-json';

/** An empty box removes the value: stored as null, never "". */
function blankToNull<T>(value: T | '' | null | undefined): T | null | undefined {
  return value === '' ? null : value;
}

async function loadShowAndTell(db: Db, id: number): Promise<(ShowAndTell & { projectId: number }) | undefined> {
  return db
    .selectFrom('showAndTells')
    .select(['id', 'version', 'projectId', 'heldOn', 'title', 'sprint', 'summary', 'slidesUrl', 'recordingUrl'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The fields history keeps of a show and tell. */
function fieldsOf({ heldOn, title, sprint, summary, slidesUrl, recordingUrl }: ShowAndTell) {
  return { heldOn, title, sprint, summary, slidesUrl, recordingUrl };
}

/**
 * Show and tells: a project's own council staff and managers schedule one, then add what was
 * shown, the slides and the recording afterwards. Every change names the version it read and is
 * recorded in the history (decision 0012).
 */
export function showAndTellsRoutes({ db, today, now }: ResolvedDeps) {
  return new Hono<AppEnv>()
    .post('/projects/:slug/show-and-tells', async (c) => {
      const scope = await loadProjectScope(db, c.req.param('slug'), today());
      if (scope === null) throw notFound('Project');
      const user = authorise(c, 'show-and-tell:write', scope);
      const input = await readJson(c, newShowAndTellSchema);
      const saved = await db.transaction().execute(async (trx) => {
        const values = {
          projectId: scope.id,
          heldOn: input.heldOn,
          title: input.title,
          sprint: input.sprint ?? null,
          summary: blankToNull(input.summary) ?? null,
          slidesUrl: blankToNull(input.slidesUrl) ?? null,
          recordingUrl: blankToNull(input.recordingUrl) ?? null,
        };
        const { id } = await trx.insertInto('showAndTells').values(values).returning('id').executeTakeFirstOrThrow();
        const showAndTell = await loadShowAndTell(trx, id);
        if (showAndTell === undefined) throw notFound('Show and tell');
        await recordChange(trx, {
          actor: user,
          at: isoNow(now()),
          projectId: scope.id,
          recordType: 'show-and-tell',
          recordId: id,
          action: 'create',
          before: null,
          after: fieldsOf(showAndTell),
        });
        return showAndTell;
      });
      const { projectId: _projectId, ...showAndTell } = saved;
      return c.json({ showAndTell }, 201);
    })
    .patch('/show-and-tells/:id', async (c) => {
      const id = idFromPath(c.req.param('id'));
      const before = id === null ? undefined : await loadShowAndTell(db, id);
      if (id === null || before === undefined) throw notFound('Show and tell');
      const user = authorise(c, 'show-and-tell:write', await loadProjectScopeById(db, before.projectId, today()));
      const { version, ...input } = await readJson(c, showAndTellChangesSchema);
      const changes = {
        ...(input.heldOn === undefined ? {} : { heldOn: input.heldOn }),
        ...(input.title === undefined ? {} : { title: input.title }),
        ...(input.sprint === undefined ? {} : { sprint: input.sprint }),
        ...(input.summary === undefined ? {} : { summary: blankToNull(input.summary) }),
        ...(input.slidesUrl === undefined ? {} : { slidesUrl: blankToNull(input.slidesUrl) }),
        ...(input.recordingUrl === undefined ? {} : { recordingUrl: blankToNull(input.recordingUrl) }),
      };
      const saved = await db.transaction().execute(async (trx) => {
        // Conditional on the version read: of two saves from one version, one wins and the other is told (decision 0012).
        const updated = await trx
          .updateTable('showAndTells')
          .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
          .where('id', '=', id)
          .where('version', '=', version)
          .executeTakeFirst();
        if (updated.numUpdatedRows === 0n) return undefined;
        const after = await loadShowAndTell(trx, id);
        if (after === undefined) return undefined;
        await recordChange(trx, {
          actor: user,
          at: isoNow(now()),
          projectId: before.projectId,
          recordType: 'show-and-tell',
          recordId: id,
          action: 'update',
          before: fieldsOf(before),
          after: fieldsOf(after),
        });
        return after;
      });
      if (saved === undefined) {
        const current = await loadShowAndTell(db, id);
        if (current === undefined) throw notFound('Show and tell');
        const { projectId: _projectId, ...showAndTell } = current;
        throw new ConflictError(showAndTell);
      }
      const { projectId: _projectId, ...showAndTell } = saved;
      return c.json({ showAndTell });
    });
}
