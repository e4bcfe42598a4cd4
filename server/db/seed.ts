import type { Db } from './database';
import { lockKeys } from './dialect';
import { freezeAndClaim, projectIdsBySlug, writeContent } from './queries/sprint-notes';
import { type SeedDataInput, seedDataSchema } from './seed-schema';

export type SeedResult = { seeded: false } | { seeded: true; projects: number; organisations: number; updates: number };

/**
 * Loads seed data into an empty database, all or nothing. A database that already holds
 * organisations is left alone, so restarting the server never duplicates or overwrites data.
 */
export async function seedIfEmpty(db: Db, input: SeedDataInput): Promise<SeedResult> {
  const data = seedDataSchema.parse(input);

  return db.transaction().execute(async (trx) => {
    // Servers started at once on one empty PostgreSQL database take turns here, so one seeds and the rest find data.
    await lockKeys(trx, ['seed']);
    const existing = await trx.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
    if (existing !== undefined) return { seeded: false };

    const organisationIds = new Map<string, number>();
    for (const organisation of data.organisations) {
      const { id } = await trx.insertInto('organisations').values(organisation).returning('id').executeTakeFirstOrThrow();
      organisationIds.set(organisation.slug, id);
    }

    let updates = 0;
    const projectUpdateIds = new Map<string, number[]>();
    const teamUpdateIds: number[] = [];
    const insertUpdate = async (projectId: number | null, update: (typeof data.teamUpdates)[number]): Promise<number> => {
      const { links, ...fields } = update;
      const { id } = await trx
        .insertInto('updates')
        .values({ ...fields, projectId, status: 'approved' })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (links.length > 0) {
        await trx
          .insertInto('updateLinks')
          .values(links.map((link, index) => ({ ...link, updateId: id, position: index + 1 })))
          .execute();
      }
      updates += 1;
      return id;
    };

    for (const project of data.projects) {
      const { phases, partnerships, showAndTells, outputs, updates: projectUpdates, ...fields } = project;
      const { id: projectId } = await trx.insertInto('projects').values(fields).returning('id').executeTakeFirstOrThrow();

      const phaseIds: number[] = [];
      for (const [index, phase] of phases.entries()) {
        const { id } = await trx
          .insertInto('phases')
          .values({ ...phase, projectId, position: index + 1 })
          .returning('id')
          .executeTakeFirstOrThrow();
        phaseIds.push(id);
      }

      for (const partnership of partnerships) {
        const organisationId = organisationIds.get(partnership.organisation);
        if (organisationId === undefined) {
          throw new Error(`Seed: ${project.slug} names unknown organisation ${partnership.organisation}`);
        }
        const phaseId = partnership.phase === null ? null : phaseIds[partnership.phase - 1];
        if (phaseId === undefined) throw new Error(`Seed: ${project.slug} names phase ${partnership.phase} it lacks`);
        await trx
          .insertInto('partnerships')
          .values({
            projectId,
            organisationId,
            phaseId,
            role: partnership.role,
            joinedOn: partnership.joinedOn,
            leftOn: partnership.leftOn,
            note: partnership.note,
          })
          .execute();
      }

      if (showAndTells.length > 0) {
        await trx
          .insertInto('showAndTells')
          .values(showAndTells.map((showAndTell) => ({ ...showAndTell, projectId })))
          .execute();
      }
      if (outputs.length > 0) {
        await trx
          .insertInto('outputs')
          .values(outputs.map(({ date, ...output }) => ({ ...output, occursOn: date, projectId })))
          .execute();
      }
      const ids: number[] = [];
      for (const update of projectUpdates) ids.push(await insertUpdate(projectId, update));
      projectUpdateIds.set(project.slug, ids);
    }

    for (const update of data.teamUpdates) teamUpdateIds.push(await insertUpdate(null, update));

    for (const note of data.sprintNotes) {
      const { sections, headings, intro, closing, ...fields } = note;
      const { id } = await trx
        .insertInto('sprintNotes')
        .values({ ...fields, introMarkdown: intro, closingMarkdown: closing, status: 'published', createdAt: fields.updatedAt })
        .returning('id')
        .executeTakeFirstOrThrow();
      const updateIdOf = (item: (typeof sections)[number]['items'][number]) => {
        const updateId = 'team' in item ? teamUpdateIds[item.team - 1] : projectUpdateIds.get(item.project)?.[item.update - 1];
        if (updateId === undefined) throw new Error(`Seed: Sprint Notes #${String(note.number)} names an update the seed lacks`);
        return updateId;
      };
      const projectIds = await projectIdsBySlug(trx, headings.map((heading) => heading.project));
      await writeContent(
        trx,
        id,
        {
          sections: sections.map((section) => ({
            ...section,
            items: section.items.map((item) => ({ updateId: updateIdOf(item), headline: null, bodyMarkdown: null })),
          })),
          headings: headings.map(({ project, heading }) => ({ projectSlug: project, heading })),
        },
        projectIds,
      );
      const taken = await freezeAndClaim(trx, id);
      if (taken.length > 0) throw new Error(`Seed: Sprint Notes #${String(note.number)} uses updates another issue used`);
    }

    return { seeded: true, projects: data.projects.length, organisations: data.organisations.length, updates };
  });
}
