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
import { saveVersioned } from '../../db/versioned';
import { loadProjectScope, loadProjectScopeById } from '../../db/queries/projects';
import { notFound } from '../../http/api-error';
import { namedChanges, storedValue } from '../../http/changes';
import { readJson } from '../../http/read-json';

async function loadShowAndTell(db: Db, id: number): Promise<(ShowAndTell & { projectId: number }) | undefined> {
  return db
    .selectFrom('showAndTells')
    .select(['id', 'version', 'projectId', 'heldOn', 'title', 'sprint', 'summary', 'slidesUrl', 'recordingUrl'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A show and tell as replies show it: the project is the one in the address. */
function withoutProjectId(record: (ShowAndTell & { projectId: number }) | undefined): ShowAndTell | undefined {
  if (record === undefined) return undefined;
  const { projectId: _projectId, ...showAndTell } = record;
  return showAndTell;
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
          summary: storedValue(input.summary),
          slidesUrl: storedValue(input.slidesUrl),
          recordingUrl: storedValue(input.recordingUrl),
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
      const saved = await saveVersioned(db, {
        table: 'showAndTells',
        id,
        version,
        changes: namedChanges(input),
        what: 'Show and tell',
        load: async (from: Db) => withoutProjectId(await loadShowAndTell(from, id)),
        history: {
          actor: user,
          at: isoNow(now()),
          projectId: before.projectId,
          recordType: 'show-and-tell',
          recordId: id,
          action: 'update',
          before: fieldsOf(before),
        },
        fieldsOf,
      });
      return c.json({ showAndTell: saved });
    });
}
