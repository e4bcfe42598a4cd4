import { Hono } from 'hono';
import { idFromPath } from '../../../src/domain/id';
import { newOutputSchema, outputChangesSchema } from '../../../src/domain/output-input';
import type { Output } from '../../../src/domain/project';
import { removalSchema } from '../../../src/domain/version';
import type { ResolvedDeps } from '../../app-deps';
import type { AppEnv } from '../../app-env';
import { authorise } from '../../auth/authorise';
import { isoNow } from '../../auth/clock';
import type { Db } from '../../db/database';
import { recordChange } from '../../db/history';
import { loadProjectScope, loadProjectScopeById } from '../../db/queries/projects';
import { loadOutputRecord, withoutProject } from '../../db/queries/records';
import { deleteVersioned, saveVersioned } from '../../db/versioned';
import { notFound } from '../../http/api-error';
import { namedChanges, storedValue } from '../../http/changes';
import { readJson } from '../../http/read-json';

/** The fields history keeps of an output or event. */
function fieldsOf({ kind, title, description, url, date }: Output) {
  return { kind, title, description, url, date };
}

/**
 * A project's outputs and events (reports, videos, code, talks, events): kept by its own council
 * staff and managers, like its show and tells. Each change names the version read and is
 * recorded in the history. Outputs feed none of a project's stored fields, so nothing else is
 * worked out again.
 */
export function outputsRoutes({ db, today, now }: ResolvedDeps) {
  return new Hono<AppEnv>()
    .post('/projects/:slug/outputs', async (c) => {
      const scope = await loadProjectScope(db, c.req.param('slug'), today());
      if (scope === null) throw notFound('Project');
      const user = authorise(c, 'output:write', scope);
      const input = await readJson(c, newOutputSchema);
      const output = await db.transaction().execute(async (trx) => {
        const { id } = await trx
          .insertInto('outputs')
          .values({
            projectId: scope.id,
            kind: input.kind,
            title: input.title,
            description: storedValue(input.description),
            url: storedValue(input.url),
            occursOn: storedValue(input.date),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const added = withoutProject(await loadOutputRecord(trx, id));
        if (added === undefined) throw notFound('Output');
        await recordChange(trx, {
          actor: user,
          at: isoNow(now()),
          projectId: scope.id,
          recordType: 'output',
          recordId: id,
          action: 'create',
          before: null,
          after: fieldsOf(added),
        });
        return added;
      });
      return c.json({ output }, 201);
    })
    .patch('/outputs/:id', async (c) => {
      const id = idFromPath(c.req.param('id'));
      const before = id === null ? undefined : await loadOutputRecord(db, id);
      if (id === null || before === undefined) throw notFound('Output');
      const user = authorise(c, 'output:write', await loadProjectScopeById(db, before.projectId, today()));
      const { version, date, ...input } = await readJson(c, outputChangesSchema);
      const saved = await saveVersioned(db, {
        table: 'outputs',
        id,
        version,
        // The API calls it the date; the table, the day it occurs on.
        changes: namedChanges({ ...input, occursOn: date }),
        what: 'Output',
        load: async (from: Db) => withoutProject(await loadOutputRecord(from, id)),
        history: {
          actor: user,
          at: isoNow(now()),
          projectId: before.projectId,
          recordType: 'output',
          recordId: id,
          action: 'update',
          before: fieldsOf(before),
        },
        fieldsOf,
      });
      return c.json({ output: saved });
    })
    .delete('/outputs/:id', async (c) => {
      const id = idFromPath(c.req.param('id'));
      const found = id === null ? undefined : await loadOutputRecord(db, id);
      if (id === null || found === undefined) throw notFound('Output');
      const user = authorise(c, 'output:write', await loadProjectScopeById(db, found.projectId, today()));
      const { version } = await readJson(c, removalSchema);
      await deleteVersioned(db, {
        table: 'outputs',
        id,
        version,
        what: 'Output',
        load: async (from: Db) => withoutProject(await loadOutputRecord(from, id)),
        history: { actor: user, at: isoNow(now()), projectId: found.projectId, recordType: 'output', recordId: id, action: 'delete' },
        fieldsOf,
      });
      return c.body(null, 204);
    });
}
