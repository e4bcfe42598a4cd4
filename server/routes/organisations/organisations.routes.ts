import { Hono } from 'hono';
import type { OrganisationProject } from '../../../src/domain/organisation-detail';
import type { PartnershipRole } from '../../../src/domain/project';
import type { ResolvedDeps } from '../../app-deps';
import type { AppEnv } from '../../app-env';
import { notFound } from '../../http/api-error';
import { projectCardsByIds } from '../projects/project-queries';

export function organisationsRoutes({ db, today }: ResolvedDeps) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const rows = await db
        .selectFrom('organisations')
        .leftJoin('partnerships', 'partnerships.organisationId', 'organisations.id')
        .select((eb) => [
          'organisations.slug',
          'organisations.name',
          'organisations.kind',
          'organisations.website',
          eb.fn
            .count<number | string>('partnerships.projectId')
            .filterWhere('partnerships.role', '=', 'lead')
            .distinct()
            .as('leadCount'),
          eb.fn
            .count<number | string>('partnerships.projectId')
            .filterWhere('partnerships.role', '!=', 'lead')
            .distinct()
            .as('partnerCount'),
        ])
        .groupBy(['organisations.id', 'organisations.slug', 'organisations.name', 'organisations.kind', 'organisations.website'])
        .orderBy('organisations.name')
        .execute();
      return c.json({
        organisations: rows.map((row) => ({ ...row, leadCount: Number(row.leadCount), partnerCount: Number(row.partnerCount) })),
      });
    })
    .get('/:slug', async (c) => {
      const organisation = await db
        .selectFrom('organisations')
        .selectAll()
        .where('slug', '=', c.req.param('slug'))
        .executeTakeFirst();
      if (organisation === undefined) throw notFound('Organisation');

      const partnerships = await db
        .selectFrom('partnerships')
        .select(['projectId', 'role', 'joinedOn', 'leftOn'])
        .where('organisationId', '=', organisation.id)
        .orderBy('id')
        .execute();
      const cards = await projectCardsByIds(db, [...new Set(partnerships.map((p) => p.projectId))], today());

      // One entry per project, however many phases the organisation took part in.
      const byProject = new Map<number, { roles: Set<PartnershipRole>; joinedOn: string | null; leftOn: string | null; stillIn: boolean }>();
      for (const partnership of partnerships) {
        const entry = byProject.get(partnership.projectId) ?? { roles: new Set(), joinedOn: null, leftOn: null, stillIn: false };
        entry.roles.add(partnership.role);
        if (partnership.joinedOn !== null && (entry.joinedOn === null || partnership.joinedOn < entry.joinedOn)) {
          entry.joinedOn = partnership.joinedOn;
        }
        if (partnership.leftOn === null) entry.stillIn = true;
        else if (entry.leftOn === null || partnership.leftOn > entry.leftOn) entry.leftOn = partnership.leftOn;
        byProject.set(partnership.projectId, entry);
      }

      const leads: OrganisationProject[] = [];
      const partners: OrganisationProject[] = [];
      for (const [projectId, card] of cards) {
        const entry = byProject.get(projectId);
        if (entry === undefined) continue;
        const item = { project: card, roles: [...entry.roles], joinedOn: entry.joinedOn, leftOn: entry.stillIn ? null : entry.leftOn };
        (entry.roles.has('lead') ? leads : partners).push(item);
      }
      const { id: _id, ...fields } = organisation;
      return c.json({ ...fields, leads, partners });
    });
}
