import { type Context, Hono } from 'hono';
import { idFromPath } from '../../../src/domain/id';
import {
  DEFAULT_CLOSING,
  DEFAULT_SECTIONS,
  newSprintNoteSchema,
  publishSprintNoteSchema,
  saveSprintNoteSchema,
  type SprintNote,
  type SprintNoteContent,
  sprintNoteTitle,
} from '../../../src/domain/sprint-notes';
import { documentOf } from '../../../src/domain/sprint-notes-document';
import { renderHtml, renderMarkdown } from '../../../src/domain/sprint-notes-render';
import type { ResolvedDeps } from '../../app-deps';
import type { AppEnv, CurrentUser } from '../../app-env';
import { authorise } from '../../auth/authorise';
import { isoNow } from '../../auth/clock';
import { can } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { lockKeys } from '../../db/dialect';
import { type Change, recordChange } from '../../db/history';
import {
  contactsOf,
  freezeAndClaim,
  listCandidates,
  listSprintNotes,
  type LoadedSprintNote,
  loadItemFacts,
  loadNoteUpdates,
  loadSprintNote,
  projectIdsBySlug,
  projectsWithoutCandidates,
  summaryOf,
  unapprovedInPeriod,
  writeContent,
} from '../../db/queries/sprint-notes';
import { loadLeads } from '../../db/queries/updates';
import { refreshDueProjects } from '../../db/queries/project-derived';
import { projectHeading } from '../../../src/domain/sprint-notes-document';
import { deleteVersioned, saveVersioned } from '../../db/versioned';
import { ApiError, ConflictError, notFound } from '../../http/api-error';
import { readJson } from '../../http/read-json';
import { parseOr400 } from '../../http/api-error';
import { removalSchema } from '../../../src/domain/version';
import { daySchema } from '../../../src/domain/day';
import * as z from 'zod/mini';

/** The fields history keeps of an issue: plain text, the sections and each item's own words for this issue written out. */
function fieldsOf(note: SprintNote) {
  return {
    number: note.number,
    status: note.status,
    coversFrom: note.coversFrom,
    coversTo: note.coversTo,
    intro: note.intro,
    closing: note.closing,
    sections: note.sections.map((section) => `${section.name}: ${section.intro}`).join('\n'),
    items: note.sections
      .flatMap((section) =>
        section.items.map((item) =>
          [`Update ${String(item.updateId)}`, item.headline, item.bodyMarkdown].filter((part) => part !== null).join(': '),
        ),
      )
      .join('\n'),
    headings: note.headings.map((heading) => heading.heading).join('\n'),
    publishedOn: note.publishedOn,
    publishedUrl: note.publishedUrl,
  };
}

function itemIds(sections: SprintNoteContent['sections']): number[] {
  return sections.flatMap((section) => section.items.map((item) => item.updateId));
}

const periodSchema = z.object({ from: z.optional(daySchema), to: z.optional(daySchema) });

type Problems = Record<string, string[]>;

function addProblem(problems: Problems, field: string, message: string) {
  (problems[field] ??= []).push(message);
}

/**
 * Sprint Notes issues: composed from approved updates by engagement staff and managers, public
 * once published. The rules for what an issue may use live here, and nowhere else (decision 0014).
 */
export function sprintNotesRoutes({ db, now, today }: ResolvedDeps) {
  const present = async (from: Db, loaded: LoadedSprintNote, user: CurrentUser | null): Promise<SprintNote> => {
    const composes = can(user, 'sprint-notes:compose');
    const draft = loaded.row.status === 'draft';
    return {
      ...summaryOf(loaded.row),
      intro: loaded.row.introMarkdown,
      closing: loaded.row.closingMarkdown,
      sections: loaded.sections,
      headings: loaded.headings,
      updates: await loadNoteUpdates(from, itemIds(loaded.sections)),
      can: { edit: composes, publish: composes && draft, delete: composes && draft },
    };
  };

  /** The issue an address names; a draft is not there for those who may not compose. */
  const findNote = async (user: CurrentUser | null, raw: string | undefined) => {
    // Issue numbers are spelled as ids are: "47", never "047" or "4.7e1".
    const number = idFromPath(raw);
    const loaded = number === null ? undefined : await loadSprintNote(db, number);
    if (number === null || loaded === undefined) throw notFound('Sprint Notes issue');
    if (loaded.row.status !== 'published' && !can(user, 'sprint-notes:compose')) throw notFound('Sprint Notes issue');
    return { number, loaded };
  };

  const loadForSave = (number: number, user: CurrentUser) => async (from: Db) => {
    const loaded = await loadSprintNote(from, number);
    return loaded === undefined ? undefined : present(from, loaded, user);
  };

  const history = (user: CurrentUser, note: SprintNote, id: number, action: Change['action']): Omit<Change, 'after'> => ({
    actor: user,
    at: isoNow(now()),
    projectId: null,
    recordType: 'sprint-notes',
    recordId: id,
    action,
    before: fieldsOf(note),
  });

  /**
   * What an issue may hold, checked against the database as it is when the change is written:
   * each update approved, dated in the period, not used by another published issue, once only,
   * in a section of its kind; a project's items together; one section of each kind.
   */
  const checkContent = async (from: Db, sprintNoteId: number, content: SprintNoteContent) => {
    const problems: Problems = {};
    if (content.coversTo < content.coversFrom) addProblem(problems, 'coversTo', 'The period must end on or after the day it starts');
    const kinds = new Set<string>();
    for (const [index, section] of content.sections.entries()) {
      if (kinds.has(section.kind)) addProblem(problems, `sections.${String(index)}.kind`, 'An issue has one section of each kind');
      kinds.add(section.kind);
    }
    const ids = itemIds(content.sections);
    const facts = new Map((await loadItemFacts(from, [...new Set(ids)])).map((fact) => [fact.id, fact]));
    const usedIn = new Map<number, number>();
    const takenBy = [...new Set([...facts.values()].flatMap((fact) => (fact.sprintNoteId !== null && fact.sprintNoteId !== sprintNoteId ? [fact.sprintNoteId] : [])))];
    if (takenBy.length > 0) {
      const rows = await from.selectFrom('sprintNotes').select(['id', 'number']).where('id', 'in', takenBy).execute();
      for (const row of rows) usedIn.set(row.id, row.number);
    }
    const seen = new Set<number>();
    for (const [sectionIndex, section] of content.sections.entries()) {
      const projectsDone = new Set<number>();
      let previousProject: number | null = null;
      for (const [itemIndex, item] of section.items.entries()) {
        const field = `sections.${String(sectionIndex)}.items.${String(itemIndex)}`;
        const fact = facts.get(item.updateId);
        const name = `Update ${String(item.updateId)}`;
        if (fact === undefined) {
          addProblem(problems, field, `${name} is not there: it may have been deleted`);
          continue;
        }
        const what = `“${fact.headline}”`;
        if (seen.has(item.updateId)) addProblem(problems, field, `${what} is in this issue twice`);
        seen.add(item.updateId);
        if (fact.status !== 'approved') addProblem(problems, field, `${what} is not approved`);
        else if (fact.publishedOn < content.coversFrom || fact.publishedOn > content.coversTo) {
          addProblem(problems, field, `${what} is dated outside the period the issue covers`);
        }
        const other = fact.sprintNoteId === null ? undefined : usedIn.get(fact.sprintNoteId);
        if (other !== undefined) addProblem(problems, field, `${what} was used in ${sprintNoteTitle(other)}`);
        if ((fact.projectId === null) !== (section.kind === 'team')) {
          addProblem(problems, field, fact.projectId === null ? `${what} is team news: it belongs in the team section` : `${what} is project news: it belongs in the projects section`);
        }
        if (section.kind === 'projects') {
          if (fact.projectId !== null && fact.projectId !== previousProject && projectsDone.has(fact.projectId)) {
            addProblem(problems, field, `Keep ${fact.projectName ?? 'a project'}’s updates together`);
          }
          if (fact.projectId !== null) projectsDone.add(fact.projectId);
          previousProject = fact.projectId;
        }
      }
    }
    const slugs = content.headings.map((heading) => heading.projectSlug);
    const projectIds = await projectIdsBySlug(from, slugs);
    for (const [index, heading] of content.headings.entries()) {
      if (!projectIds.has(heading.projectSlug)) addProblem(problems, `headings.${String(index)}.projectSlug`, `There is no project ${heading.projectSlug}`);
    }
    if (Object.keys(problems).length > 0) throw new ApiError(422, 'This issue cannot be saved as it is', problems);
    return projectIds;
  };

  /** The issue as a file to download: Markdown, or the HTML that Medium and mail clients keep. */
  const exported = async (c: Context<AppEnv>, format: 'md' | 'html') => {
    const user = c.get('user');
    const { number, loaded } = await findNote(user, c.req.param('number'));
    const note = await present(db, loaded, user);
    const markdown = renderMarkdown(documentOf(note, new Map(note.updates.map((update) => [update.id, update]))), { title: true });
    c.header('Content-Disposition', `attachment; filename="sprint-notes-${String(number)}.${format}"`);
    return format === 'md'
      ? c.body(markdown, 200, { 'Content-Type': 'text/markdown; charset=utf-8' })
      : c.body(renderHtml(markdown), 200, { 'Content-Type': 'text/html; charset=utf-8' });
  };

  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const rows = await listSprintNotes(db, can(c.get('user'), 'sprint-notes:compose'));
      return c.json({ issues: rows.map(summaryOf) });
    })
    .post('/', async (c) => {
      const user = authorise(c, 'sprint-notes:compose');
      const input = await readJson(c, newSprintNoteSchema);
      if (input.coversTo < input.coversFrom) throw new ApiError(422, 'Check the period', { coversTo: ['The period must end on or after the day it starts'] });
      const at = isoNow(now());
      const created = await db.transaction().execute(async (trx) => {
        // Two people starting an issue at once get two numbers, not one each.
        await lockKeys(trx, ['sprint-notes-number']);
        const last = await trx.selectFrom('sprintNotes').select(['id', 'number', 'closingMarkdown']).orderBy('number', 'desc').limit(1).executeTakeFirst();
        const previous = last === undefined ? undefined : await loadSprintNote(trx, last.number);
        const { id } = await trx
          .insertInto('sprintNotes')
          .values({
            number: (last?.number ?? 0) + 1,
            coversFrom: input.coversFrom,
            coversTo: input.coversTo,
            introMarkdown: '',
            // Section names and the sign-off change over the years: an issue starts with its predecessor's.
            closingMarkdown: last?.closingMarkdown ?? DEFAULT_CLOSING,
            status: 'draft',
            createdAt: at,
            updatedAt: at,
          })
          .returning(['id', 'number'])
          .executeTakeFirstOrThrow();
        const sections = (previous?.sections ?? DEFAULT_SECTIONS).map(({ kind, name, intro }) => ({ kind, name, intro, items: [] }));
        await writeContent(trx, id, { sections, headings: [] }, new Map());
        const loaded = await loadSprintNote(trx, (last?.number ?? 0) + 1);
        if (loaded === undefined) throw notFound('Sprint Notes issue');
        const note = await present(trx, loaded, user);
        await recordChange(trx, { ...history(user, note, id, 'create'), before: null, after: fieldsOf(note) });
        return note;
      });
      return c.json(created, 201);
    })
    .get('/:number', async (c) => {
      const user = c.get('user');
      const { loaded } = await findNote(user, c.req.param('number'));
      return c.json(await present(db, loaded, user));
    })
    .put('/:number', async (c) => {
      const user = authorise(c, 'sprint-notes:compose');
      const { number, loaded } = await findNote(user, c.req.param('number'));
      const { version, ...content } = await readJson(c, saveSprintNoteSchema);
      const before = await present(db, loaded, user);
      if (before.version !== version) throw new ConflictError(before);
      if (loaded.row.status === 'published') {
        // Published: the words may be corrected, but not what it used or the period it covered.
        const same =
          content.coversFrom === loaded.row.coversFrom &&
          content.coversTo === loaded.row.coversTo &&
          JSON.stringify(content.sections.map((section) => [section.kind, section.items.map((item) => item.updateId)])) ===
            JSON.stringify(loaded.sections.map((section) => [section.kind, section.items.map((item) => item.updateId)]));
        if (!same) throw new ApiError(409, 'A published issue’s period and updates cannot change: only its words can be corrected');
      }
      let projectIds = new Map<string, number>();
      const saved = await saveVersioned(db, {
        table: 'sprintNotes',
        id: loaded.row.id,
        version,
        changes: {
          coversFrom: content.coversFrom,
          coversTo: content.coversTo,
          introMarkdown: content.intro,
          closingMarkdown: content.closing,
          updatedAt: isoNow(now()),
        },
        what: 'Sprint Notes issue',
        load: loadForSave(number, user),
        history: history(user, before, loaded.row.id, 'update'),
        fieldsOf,
        checkFirst: async (trx) => {
          // Publishing takes the same lock: an update cannot be added here as another issue claims it.
          await lockKeys(trx, ['sprint-notes-publish']);
          projectIds = await checkContent(trx, loaded.row.id, content);
        },
        alsoInTransaction: (trx) => writeContent(trx, loaded.row.id, content, projectIds),
      });
      return c.json(saved);
    })
    .post('/:number/publish', async (c) => {
      const user = authorise(c, 'sprint-notes:compose');
      const { number, loaded } = await findNote(user, c.req.param('number'));
      const input = await readJson(c, publishSprintNoteSchema);
      const before = await present(db, loaded, user);
      if (before.version !== input.version) throw new ConflictError(before);
      if (loaded.row.status === 'published') throw new ApiError(409, 'This issue has already been published');
      if (input.publishedOn > today()) throw new ApiError(422, 'Check the date', { publishedOn: ['The date it was published cannot be in the future'] });
      if (itemIds(loaded.sections).length === 0) throw new ApiError(422, 'Add at least one update before publishing', { sections: ['Choose the updates this issue carries'] });
      const saved = await saveVersioned(db, {
        table: 'sprintNotes',
        id: loaded.row.id,
        version: input.version,
        changes: { status: 'published', publishedOn: input.publishedOn, publishedUrl: input.publishedUrl === undefined || input.publishedUrl === '' ? null : input.publishedUrl, updatedAt: isoNow(now()) },
        what: 'Sprint Notes issue',
        load: loadForSave(number, user),
        history: history(user, before, loaded.row.id, 'publish'),
        fieldsOf,
        checkFirst: async (trx) => {
          await lockKeys(trx, ['sprint-notes-publish']);
          // What was fine when the draft was saved may not be now: an update returned, re-dated or used by another issue.
          await checkContent(trx, loaded.row.id, { ...before, headings: before.headings });
        },
        alsoInTransaction: async (trx) => {
          const taken = await freezeAndClaim(trx, loaded.row.id);
          if (taken.length > 0) throw new ApiError(409, 'Another issue has used some of these updates', { sections: taken.map((id) => `Update ${String(id)} was used by another issue`) });
        },
      });
      return c.json(saved);
    })
    .delete('/:number', async (c) => {
      const user = authorise(c, 'sprint-notes:compose');
      const { number, loaded } = await findNote(user, c.req.param('number'));
      const { version } = await readJson(c, removalSchema);
      const before = await present(db, loaded, user);
      if (before.version !== version) throw new ConflictError(before);
      if (loaded.row.status === 'published') throw new ApiError(409, 'A published issue cannot be deleted: correct it instead');
      await deleteVersioned(db, {
        table: 'sprintNotes',
        id: loaded.row.id,
        version,
        what: 'Sprint Notes issue',
        load: loadForSave(number, user),
        history: { actor: user, at: isoNow(now()), projectId: null, recordType: 'sprint-notes', recordId: loaded.row.id, action: 'delete' },
        fieldsOf,
      });
      return c.body(null, 204);
    })
    .get('/:number/candidates', async (c) => {
      const user = authorise(c, 'sprint-notes:compose');
      const { loaded } = await findNote(user, c.req.param('number'));
      // The composer may ask for a period it has not saved yet, to show what a change of dates would offer.
      const period = parseOr400(periodSchema, c.req.query(), 'Check the period');
      const from = period.from ?? loaded.row.coversFrom;
      const to = period.to ?? loaded.row.coversTo;
      // Candidates come in the portfolio's order, by each project's sort key, which the calendar may have made due.
      await refreshDueProjects(db, today());
      return c.json({ updates: await listCandidates(db, { from, to, sprintNoteId: loaded.row.id }) });
    })
    .get('/:number/missing', async (c) => {
      const user = authorise(c, 'sprint-notes:compose');
      const { loaded } = await findNote(user, c.req.param('number'));
      const period = { from: loaded.row.coversFrom, to: loaded.row.coversTo, sprintNoteId: loaded.row.id };
      await refreshDueProjects(db, today());
      const projects = await projectsWithoutCandidates(db, period);
      const ids = projects.map((project) => project.id);
      const [unapproved, contacts, leads] = await Promise.all([unapprovedInPeriod(db, ids, period), contactsOf(db, ids), loadLeads(db, ids)]);
      return c.json({
        projects: projects.map((project) => {
          const updates = unapproved.get(project.id) ?? [];
          return {
            project: { slug: project.slug, name: project.name, heading: projectHeading(project.name, leads.get(project.id) ?? []) },
            state: updates.length > 0 ? 'unapproved' : 'none',
            updates,
            contacts: contacts.get(project.id) ?? [],
          };
        }),
      });
    })
    .get('/:number/export.md', (c) => exported(c, 'md'))
    .get('/:number/export.html', (c) => exported(c, 'html'));
}
