import { Hono } from 'hono';
import { DEFAULT_PAGE_SIZE } from '../../../src/domain/paging';
import { type ProjectDetail, projectLinksSchema } from '../../../src/domain/project';
import { portfolioCsv } from '../../../src/domain/portfolio-csv';
import { newProjectSchema, projectChangesSchema } from '../../../src/domain/project-input';
import { slugFromName, uniqueSlug } from '../../../src/domain/slug';
import type { ResolvedDeps } from '../../app-deps';
import type { AppEnv, CurrentUser } from '../../app-env';
import { authorise } from '../../auth/authorise';
import { allowedActions, can } from '../../auth/permissions';
import { isoNow } from '../../auth/clock';
import type { Db } from '../../db/database';
import { lockKeys } from '../../db/dialect';
import { recordChange } from '../../db/history';
import { saveVersioned } from '../../db/versioned';
import type { RecordFields } from '../../db/history';
import type { Database } from '../../db/schema';
import type { UpdateObject } from 'kysely';
import { ORGANISATIONS_LOCK_KEY, organisationFor } from '../../db/queries/organisation-choice';
import { refreshProjects } from '../../db/queries/project-derived';
import { loadPartnershipRecord, partnershipFields } from '../../db/queries/records';
import { HISTORY_PAGE_SIZE, loadHistory } from '../../db/queries/history';
import { loadRatings } from '../../db/queries/ratings';
import {
  allProjectCards,
  type LoadedProject,
  listProjectCards,
  loadProjectDetail,
  loadProjectScope,
  loadUpdatePage,
  UPDATES_PAGE_SIZE,
} from '../../db/queries/projects';
import { ApiError, notFound } from '../../http/api-error';
import { namedChanges, storedValue } from '../../http/changes';
import { readProjectFilters } from '../../http/project-filters';
import { readPaging } from '../../http/query-params';
import { readJson } from '../../http/read-json';

/** Addresses under /projects/ the app uses for its own pages: no project may take them. */
const RESERVED_PROJECT_SLUGS = ['new'];

/** Taken (lockKeys) while a new project's slug is chosen, so two projects of one name get two slugs. */
const NEW_PROJECT_LOCK_KEY = 'projects:new';

/** The fields history keeps of a project itself (its links are kept by the links route). */
function projectFields({ name, summary, status, fundingStream }: Pick<ProjectDetail, 'name' | 'summary' | 'status' | 'fundingStream'>) {
  return { name, summary, status, fundingStream };
}

export function projectsRoutes({ db, today, now, publicUrl }: ResolvedDeps) {
  /** Saves a change to a project's own fields from the version read, recorded in the history; answers the project as this person sees it. */
  const saveProjectFields = ({
    slug,
    before,
    user,
    version,
    changes,
    fieldsOf,
    alsoInTransaction,
  }: {
    slug: string;
    before: LoadedProject;
    user: CurrentUser;
    version: number;
    changes: UpdateObject<Database, 'projects'>;
    fieldsOf: (project: LoadedProject['project']) => RecordFields;
    alsoInTransaction?: (trx: Db) => Promise<void>;
  }) =>
    saveVersioned(db, {
      table: 'projects',
      id: before.id,
      version,
      changes,
      what: 'Project',
      load: async (from: Db) => {
        const loaded = await loadProjectDetail(from, slug, today());
        return loaded === null ? undefined : asSeenBy(from, loaded, user);
      },
      history: {
        actor: user,
        at: isoNow(now()),
        projectId: before.id,
        recordType: 'project',
        recordId: before.id,
        action: 'update',
        before: fieldsOf(before.project),
      },
      fieldsOf,
      ...(alsoInTransaction === undefined ? {} : { alsoInTransaction }),
    });

  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const { withConfidence, ...filters } = await readProjectFilters(c, db);
      const paging = readPaging(c.req.query(), DEFAULT_PAGE_SIZE);
      const organisationIds = c.get('user')?.organisationIds ?? [];
      return c.json(await listProjectCards(db, filters, paging, today(), { withConfidence, organisationIds }));
    })
    // Before `/:slug`, which would otherwise take it for a project.
    .get('/export.csv', async (c) => {
      const { withConfidence, ...filters } = await readProjectFilters(c, db);
      const csv = await portfolioCsv(allProjectCards(db, filters, today(), { withConfidence }), { withConfidence, today: today(), publicUrl });
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="portfolio-${today()}.csv"`);
      return c.body(csv);
    })
    .post('/', async (c) => {
      const user = authorise(c, 'project:create');
      const input = await readJson(c, newProjectSchema);
      const at = isoNow(now());
      const slug = await db.transaction().execute(async (trx) => {
        const addsOrganisations = input.leads.some((lead) => lead.newOrganisation !== undefined);
        await lockKeys(trx, [NEW_PROJECT_LOCK_KEY, ...(addsOrganisations ? [ORGANISATIONS_LOCK_KEY] : [])]);
        const base = slugFromName(input.name);
        // Slugs hold only a-z, 0-9 and hyphens, so none of LIKE's wildcards can be in `base`.
        const taken = await trx
          .selectFrom('projects')
          .select('slug')
          .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
          .execute();
        const fields = {
          slug: uniqueSlug(base, new Set([...RESERVED_PROJECT_SLUGS, ...taken.map((row) => row.slug)])),
          name: input.name,
          summary: storedValue(input.summary),
          status: input.status,
          fundingStream: storedValue(input.fundingStream),
        };
        // The day it was added: until QUIET_AFTER_WEEKS have passed, no update yet is not yet quiet.
        const { id } = await trx.insertInto('projects').values({ ...fields, createdOn: today() }).returning('id').executeTakeFirstOrThrow();
        await recordChange(trx, {
          actor: user,
          at,
          projectId: id,
          recordType: 'project',
          recordId: id,
          action: 'create',
          before: null,
          after: { slug: fields.slug, ...projectFields(fields) },
        });
        const leadIds = new Set<number>();
        for (const [index, lead] of input.leads.entries()) {
          const organisation = await organisationFor(trx, lead, `leads.${String(index)}.`);
          if (leadIds.has(organisation.id)) {
            throw new ApiError(400, 'Check the details you entered', { [`leads.${String(index)}.organisation`]: [`${organisation.name} is already a lead`] });
          }
          leadIds.add(organisation.id);
          const partnership = await trx
            .insertInto('partnerships')
            .values({ projectId: id, organisationId: organisation.id, role: 'lead', phaseId: null, joinedOn: null, leftOn: null, note: null })
            .returning('id')
            .executeTakeFirstOrThrow();
          const added = await loadPartnershipRecord(trx, partnership.id);
          if (added === undefined) throw notFound('Partnership');
          await recordChange(trx, {
            actor: user,
            at,
            projectId: id,
            recordType: 'partnership',
            recordId: partnership.id,
            action: 'create',
            before: null,
            after: partnershipFields(added),
          });
        }
        await refreshProjects(trx, [id], today());
        return fields.slug;
      });
      const created = await loadProjectDetail(db, slug, today());
      if (created === null) throw notFound('Project');
      return c.json(await asSeenBy(db, created, user), 201);
    })
    .get('/:slug', async (c) => {
      const loaded = await loadProjectDetail(db, c.req.param('slug'), today());
      if (loaded === null) throw notFound('Project');
      return c.json(await asSeenBy(db, loaded, c.get('user')));
    })
    .get('/:slug/updates', async (c) => {
      const paging = readPaging(c.req.query(), UPDATES_PAGE_SIZE);
      const scope = await loadProjectScope(db, c.req.param('slug'), today());
      if (scope === null) throw notFound('Project');
      return c.json(
        await loadUpdatePage(db, scope.id, {
          includeUnpublished: can(c.get('user'), 'update:read-unpublished', scope),
          ...paging,
        }),
      );
    })
    .patch('/:slug/links', async (c) => {
      const slug = c.req.param('slug');
      const before = await loadProjectDetail(db, slug, today());
      if (before === null) throw notFound('Project');
      const user = authorise(c, 'project-links:edit', before);
      const { version, ...links } = await readJson(c, projectLinksSchema);
      const linksOf = ({ websiteUrl, repositoryUrl, blogUrl }: Pick<ProjectDetail, 'websiteUrl' | 'repositoryUrl' | 'blogUrl'>) => ({
        websiteUrl,
        repositoryUrl,
        blogUrl,
      });
      return c.json(await saveProjectFields({ slug, before, user, version, changes: namedChanges(links), fieldsOf: linksOf }));
    })
    .patch('/:slug', async (c) => {
      const slug = c.req.param('slug');
      const before = await loadProjectDetail(db, slug, today());
      if (before === null) throw notFound('Project');
      const user = authorise(c, 'project:edit', before);
      const { version, ...input } = await readJson(c, projectChangesSchema);
      // The slug stays when the name changes: links to the project, in Sprint Notes and bookmarks, keep working.
      return c.json(
        await saveProjectFields({
          slug,
          before,
          user,
          version,
          changes: namedChanges(input),
          fieldsOf: projectFields,
          // Its name and summary are what the portfolio sorts and searches by.
          alsoInTransaction: (trx) => refreshProjects(trx, [before.id], today()),
        }),
      );
    })
    .get('/:slug/history', async (c) => {
      const paging = readPaging(c.req.query(), HISTORY_PAGE_SIZE);
      const scope = await loadProjectScope(db, c.req.param('slug'), today());
      if (scope === null) throw notFound('Project');
      authorise(c, 'history:read', scope);
      return c.json(await loadHistory(db, { projectId: scope.id }, paging));
    });
}

/** A project as this person may see it: its newest updates (drafts and submitted ones only if allowed), and what they may do. */
async function asSeenBy(db: Db, { id, project, organisationIds }: LoadedProject, user: CurrentUser | null): Promise<ProjectDetail> {
  const scope = { organisationIds };
  const { updates, total } = await loadUpdatePage(db, id, {
    includeUnpublished: can(user, 'update:read-unpublished', scope),
    page: 1,
    pageSize: UPDATES_PAGE_SIZE,
  });
  return {
    ...project,
    updates,
    updateCount: total,
    ...(can(user, 'confidence:read', scope) ? { ratings: await loadRatings(db, id) } : {}),
    allowed: allowedActions(user, scope),
  };
}
