import { Hono } from 'hono';
import * as z from 'zod/mini';
import { idFromPath } from '../../../src/domain/id';
import { type UpdateStatus, updateStatusSchema } from '../../../src/domain/project';
import {
  newUpdateSchema,
  returnUpdateSchema,
  type SavedUpdate,
  type UpdateInReview,
  updateChangesSchema,
  updateStepSchema,
} from '../../../src/domain/update';
import type { ResolvedDeps } from '../../app-deps';
import type { AppEnv, CurrentUser } from '../../app-env';
import { authorise, requireUser } from '../../auth/authorise';
import { isoNow } from '../../auth/clock';
import { can, type ProjectScope } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { type Change, recordChange } from '../../db/history';
import { loadProjectScope, loadProjectScopeById } from '../../db/queries/projects';
import { refreshProjects } from '../../db/queries/project-derived';
import {
  countUpdates,
  type LoadedUpdate,
  listUpdatesByStatus,
  loadLeads,
  loadUpdate,
  projectsOfOrganisations,
  QUEUE_PAGE_SIZE,
  replaceLinks,
  unpublishedUpdatesOf,
} from '../../db/queries/updates';
import { deleteVersioned, saveVersioned } from '../../db/versioned';
import { lockKeys } from '../../db/dialect';
import { sprintNoteTitle } from '../../../src/domain/sprint-notes';
import { ApiError, ConflictError, notFound, parseOr400 } from '../../http/api-error';
import { namedChanges } from '../../http/changes';
import { presentParams, readPaging } from '../../http/query-params';
import { readJson } from '../../http/read-json';

/** The fields history keeps of an update: its links as text, one per line, since history holds plain values. */
function fieldsOf(update: UpdateInReview) {
  return {
    headline: update.headline,
    bodyMarkdown: update.bodyMarkdown,
    links: update.links.map((link) => `${link.title} <${link.url}>`).join('\n'),
    status: update.status,
    publishedOn: update.publishedOn,
    reviewComment: update.reviewComment,
  };
}

/**
 * What a person may do with an update, the one statement of the workflow's rules:
 * - its writers (council staff of the project, engagement staff, managers) change it, submit it when
 *   it is a draft or was returned, and delete it until it is published;
 * - reviewers (engagement staff and managers) approve or return a submitted one, and alone may
 *   correct or delete a published one.
 */
function whatMay(user: CurrentUser | null, status: UpdateStatus, scope: ProjectScope | undefined): SavedUpdate['can'] {
  const writes = can(user, 'update:write', scope);
  const reviews = can(user, 'update:review', scope);
  const published = status === 'approved';
  return {
    edit: published ? reviews : writes,
    submit: writes && (status === 'draft' || status === 'returned'),
    review: reviews && status === 'submitted',
    delete: published ? reviews : writes,
  };
}

const queueFiltersSchema = z.object({ status: z.optional(updateStatusSchema) });
const QUEUE_FILTERS = new Set(['status']);

/**
 * Updates, written by the people closest to each project and reviewed by engagement staff
 * before they are public. Every step names the version the person saw (decision 0012) and is
 * recorded in the history with who took it.
 */
export function updatesRoutes({ db, today, now }: ResolvedDeps) {
  const scopeOf = async (projectId: number | null): Promise<ProjectScope | undefined> =>
    projectId === null ? undefined : loadProjectScopeById(db, projectId, today());

  /** The update an address names, with its project's scope; 404 for one the person may not see, as for one that is not there. */
  const findUpdate = async (user: CurrentUser | null, rawId: string | undefined) => {
    const id = idFromPath(rawId);
    const loaded = id === null ? undefined : await loadUpdate(db, id);
    if (id === null || loaded === undefined) throw notFound('Update');
    const scope = await scopeOf(loaded.projectId);
    if (loaded.update.status !== 'approved' && !can(user, 'update:read-unpublished', scope)) {
      // Someone signed in learns no more than a visitor: an unpublished update is not there for them.
      throw notFound('Update');
    }
    return { id, loaded, scope };
  };

  const reply = (user: CurrentUser | null, update: UpdateInReview, scope: ProjectScope | undefined): SavedUpdate => ({
    update,
    can: whatMay(user, update.status, scope),
  });

  /**
   * Refuses a step the person's rights (403) or the update's state (409) do not allow. A stale
   * version is checked first: a page that is out of date hears that someone else changed the
   * update, and sees it as it now stands.
   */
  const allowStep = (loaded: LoadedUpdate, version: number, step: { permitted: boolean; refusal?: string; inState: boolean; wrongState: string }) => {
    if (loaded.update.version !== version) throw new ConflictError(loaded.update);
    if (!step.permitted) throw new ApiError(403, step.refusal ?? 'You do not have permission to do that');
    if (!step.inState) throw new ApiError(409, step.wrongState);
  };

  const history = (user: CurrentUser, loaded: LoadedUpdate, action: Change['action']): Omit<Change, 'after'> => ({
    actor: user,
    at: isoNow(now()),
    projectId: loaded.projectId,
    recordType: 'update',
    recordId: loaded.update.id,
    action,
    before: fieldsOf(loaded.update),
  });

  const loadForSave = (id: number) => async (from: Db) => (await loadUpdate(from, id))?.update;

  /** The projects a person works on now: those their organisations lead or take part in at present. */
  const yourProjects = async (user: CurrentUser) => {
    const candidates = await projectsOfOrganisations(db, user.organisationIds);
    const scopes = await Promise.all(candidates.map((project) => loadProjectScopeById(db, project.id, today())));
    return candidates.filter((_project, index) => scopes[index]?.organisationIds.some((id) => user.organisationIds.includes(id)));
  };

  /** Sprint Notes is assembled from news that has happened: a date after the server's today is refused. */
  const refuseFutureDate = (publishedOn: string | undefined) => {
    if (publishedOn !== undefined && publishedOn > today()) {
      throw new ApiError(422, 'Check the date of the update', { publishedOn: ['The date of the update must be today or in the past'] });
    }
  };

  /** A new draft, of a project or (projectId null) team news, with its creation in the history. */
  const createDraft = async (user: CurrentUser, projectId: number | null, input: z.output<typeof newUpdateSchema>) => {
    refuseFutureDate(input.publishedOn);
    const at = isoNow(now());
    return db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto('updates')
        .values({
          projectId,
          authorId: user.id,
          headline: input.headline,
          bodyMarkdown: input.bodyMarkdown,
          status: 'draft',
          publishedOn: input.publishedOn ?? today(),
          createdAt: at,
          updatedAt: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await replaceLinks(trx, id, input.links ?? []);
      const created = await loadUpdate(trx, id);
      if (created === undefined) throw notFound('Update');
      await recordChange(trx, { ...history(user, created, 'create'), before: null, after: fieldsOf(created.update) });
      return created.update;
    });
  };

  return new Hono<AppEnv>()
    .post('/projects/:slug/updates', async (c) => {
      const scope = await loadProjectScope(db, c.req.param('slug'), today());
      if (scope === null) throw notFound('Project');
      const user = authorise(c, 'update:write', scope);
      const saved = await createDraft(user, scope.id, await readJson(c, newUpdateSchema));
      return c.json(reply(user, saved, scope), 201);
    })
    .post('/updates', async (c) => {
      // Team news has no project whose council staff could write it: without a scope, the
      // permission table leaves it to engagement staff and managers.
      const user = authorise(c, 'update:write');
      const saved = await createDraft(user, null, await readJson(c, newUpdateSchema));
      return c.json(reply(user, saved, undefined), 201);
    })
    .get('/updates', async (c) => {
      authorise(c, 'update:review');
      const query = c.req.query();
      const { status } = parseOr400(queueFiltersSchema, presentParams(query, QUEUE_FILTERS), 'Check the filters');
      return c.json(await listUpdatesByStatus(db, status ?? 'submitted', readPaging(query, QUEUE_PAGE_SIZE)));
    })
    .get('/updates/counts', async (c) => {
      // Like the session, an answer for everyone: the navigation may ask once more just as a session
      // ends, and a 401 would be logged by the browser as an error.
      const user = c.get('user');
      if (user === null) return c.json({ awaitingReview: null, returnedToYou: 0 });
      const projects = await yourProjects(user);
      const [awaitingReview, returnedToYou] = await Promise.all([
        can(user, 'update:review') ? countUpdates(db, { status: 'submitted' }) : null,
        countUpdates(db, { status: 'returned', projectIds: projects.map((project) => project.id) }),
      ]);
      return c.json({ awaitingReview, returnedToYou });
    })
    .get('/your-projects', async (c) => {
      const user = requireUser(c);
      const projects = await yourProjects(user);
      const ids = projects.map((project) => project.id);
      const [updates, leads] = await Promise.all([unpublishedUpdatesOf(db, ids), loadLeads(db, ids)]);
      return c.json({
        projects: projects.map(({ id, slug, name }) => ({ slug, name, leads: leads.get(id) ?? [], updates: updates.get(id) ?? [] })),
      });
    })
    .get('/updates/:id', async (c) => {
      const user = c.get('user');
      const { loaded, scope } = await findUpdate(user, c.req.param('id'));
      return c.json(reply(user, loaded.update, scope));
    })
    .patch('/updates/:id', async (c) => {
      const user = requireUser(c);
      const { id, loaded, scope } = await findUpdate(user, c.req.param('id'));
      if (!whatMay(user, loaded.update.status, scope).edit) {
        throw new ApiError(
          403,
          loaded.update.status === 'approved' ? 'Only engagement staff and managers can change a published update' : 'You do not have permission to do that',
        );
      }
      const { version, links, ...fields } = await readJson(c, updateChangesSchema);
      refuseFutureDate(fields.publishedOn);
      const changes = namedChanges(fields);
      const named = Object.keys(changes).length > 0 || links !== undefined;
      const saved = await saveVersioned(db, {
        table: 'updates',
        id,
        version,
        // Links live in their own table: a change to them alone still raises the update's version.
        changes: named ? { ...changes, updatedAt: isoNow(now()) } : {},
        what: 'Update',
        load: loadForSave(id),
        history: history(user, loaded, 'update'),
        fieldsOf,
        alsoInTransaction: async (trx) => {
          if (links !== undefined) await replaceLinks(trx, id, links);
          // A published update's date may be its project's latest, on which the current phase depends.
          if (fields.publishedOn !== undefined && loaded.update.status === 'approved' && loaded.projectId !== null) {
            await refreshProjects(trx, [loaded.projectId], today());
          }
        },
      });
      return c.json(reply(user, saved, scope));
    })
    .post('/updates/:id/submit', async (c) => {
      const user = requireUser(c);
      const { id, loaded, scope } = await findUpdate(user, c.req.param('id'));
      const { version } = await readJson(c, updateStepSchema);
      allowStep(loaded, version, {
        permitted: can(user, 'update:write', scope),
        inState: loaded.update.status === 'draft' || loaded.update.status === 'returned',
        wrongState: 'This update has already been submitted',
      });
      const at = isoNow(now());
      const saved = await saveVersioned(db, {
        table: 'updates',
        id,
        version,
        changes: { status: 'submitted', submittedAt: at, updatedAt: at },
        what: 'Update',
        load: loadForSave(id),
        history: history(user, loaded, 'submit'),
        fieldsOf,
      });
      return c.json(reply(user, saved, scope));
    })
    .post('/updates/:id/approve', async (c) => {
      const user = requireUser(c);
      const { id, loaded, scope } = await findUpdate(user, c.req.param('id'));
      const { version } = await readJson(c, updateStepSchema);
      allowStep(loaded, version, reviewStep(user, loaded.update.status, scope));
      const saved = await saveVersioned(db, {
        table: 'updates',
        id,
        version,
        // The date stays as its writer gave it: it says when the news is from, which decides the
        // Sprint Notes issue it belongs in. Published, it may be the project's latest update, and so
        // move its current phase.
        changes: { status: 'approved', reviewComment: null, updatedAt: isoNow(now()) },
        what: 'Update',
        load: loadForSave(id),
        history: history(user, loaded, 'approve'),
        fieldsOf,
        alsoInTransaction: async (trx) => {
          if (loaded.projectId !== null) await refreshProjects(trx, [loaded.projectId], today());
        },
      });
      return c.json(reply(user, saved, scope));
    })
    .post('/updates/:id/return', async (c) => {
      const user = requireUser(c);
      const { id, loaded, scope } = await findUpdate(user, c.req.param('id'));
      const { version, comment } = await readJson(c, returnUpdateSchema);
      allowStep(loaded, version, reviewStep(user, loaded.update.status, scope));
      const saved = await saveVersioned(db, {
        table: 'updates',
        id,
        version,
        changes: { status: 'returned', reviewComment: comment, updatedAt: isoNow(now()) },
        what: 'Update',
        load: loadForSave(id),
        history: history(user, loaded, 'return'),
        fieldsOf,
      });
      return c.json(reply(user, saved, scope));
    })
    .delete('/updates/:id', async (c) => {
      const user = requireUser(c);
      const { id, loaded, scope } = await findUpdate(user, c.req.param('id'));
      const { version } = await readJson(c, updateStepSchema);
      allowStep(loaded, version, {
        permitted: whatMay(user, loaded.update.status, scope).delete,
        refusal: loaded.update.status === 'approved' ? 'Only engagement staff and managers can delete a published update' : undefined,
        inState: true,
        wrongState: '',
      });
      await deleteVersioned(db, {
        table: 'updates',
        id,
        version,
        what: 'Update',
        load: loadForSave(id),
        history: history(user, loaded, 'delete'),
        fieldsOf,
        checkFirst: async (trx) => {
          // Publishing takes this lock too, so an update cannot be taken by an issue as it goes.
          await lockKeys(trx, ['sprint-notes-publish']);
          const used = await trx
            .selectFrom('updates')
            .innerJoin('sprintNotes', 'sprintNotes.id', 'updates.sprintNoteId')
            .select('sprintNotes.number')
            .where('updates.id', '=', id)
            .executeTakeFirst();
          if (used !== undefined) {
            throw new ApiError(409, `This update was published in ${sprintNoteTitle(used.number)}, which keeps it as it was: it cannot be deleted`);
          }
        },
        alsoInTransaction: async (trx) => {
          // A published update was perhaps the project's latest, on which its current phase depends.
          if (loaded.update.status === 'approved' && loaded.projectId !== null) await refreshProjects(trx, [loaded.projectId], today());
        },
      });
      return c.body(null, 204);
    });
}

/** Approving and returning: for reviewers, and only while the update waits for review. */
function reviewStep(user: CurrentUser, status: UpdateStatus, scope: ProjectScope | undefined) {
  return {
    permitted: can(user, 'update:review', scope),
    refusal: 'Only engagement staff and managers can review updates',
    inState: status === 'submitted',
    wrongState: status === 'approved' ? 'This update has already been approved' : 'Only an update waiting for review can be approved or returned',
  };
}
