import { Hono } from 'hono';
import type { OrganisationProject } from '../../../src/domain/organisation-detail';
import { takesPartNow } from '../../../src/domain/partnership-rules';
import { currentPhase, informationDate, phaseName } from '../../../src/domain/phase-rules';
import type { PartnershipRole } from '../../../src/domain/project';
import type { ResolvedDeps } from '../../app-deps';
import type { AppEnv } from '../../app-env';
import { notFound } from '../../http/api-error';
import { projectCardsByIds } from '../../db/queries/projects';

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
        .select(['projectId', 'role', 'phaseId', 'joinedOn', 'leftOn'])
        .where('organisationId', '=', organisation.id)
        .orderBy('id')
        .execute();
      const day = today();
      const cards = await projectCardsByIds(db, [...new Set(partnerships.map((p) => p.projectId))], day);

      // The phase each project is in, as of its latest update: a partner of an earlier phase only is a former partner.
      const currentPhaseIds = new Map(
        [...cards].map(([projectId, card]) => [
          projectId,
          currentPhase(card.phases, informationDate(card.latestUpdateOn, day))?.id ?? null,
        ]),
      );

      // One entry per project, however many phases the organisation took part in.
      interface Entry {
        roles: Set<PartnershipRole>;
        phaseIds: Set<number>;
        joinedOn: string | null;
        leftOn: string | null;
        current: boolean;
      }
      const byProject = new Map<number, Entry>();
      for (const partnership of partnerships) {
        const entry: Entry = byProject.get(partnership.projectId) ?? {
          roles: new Set(),
          phaseIds: new Set(),
          joinedOn: null,
          leftOn: null,
          current: false,
        };
        entry.roles.add(partnership.role);
        if (partnership.phaseId !== null) entry.phaseIds.add(partnership.phaseId);
        if (partnership.joinedOn !== null && (entry.joinedOn === null || partnership.joinedOn < entry.joinedOn)) {
          entry.joinedOn = partnership.joinedOn;
        }
        if (takesPartNow(partnership, currentPhaseIds.get(partnership.projectId) ?? null)) entry.current = true;
        if (partnership.leftOn !== null && (entry.leftOn === null || partnership.leftOn > entry.leftOn)) entry.leftOn = partnership.leftOn;
        byProject.set(partnership.projectId, entry);
      }

      const leads: OrganisationProject[] = [];
      const partners: OrganisationProject[] = [];
      for (const [projectId, card] of cards) {
        const entry = byProject.get(projectId);
        if (entry === undefined) continue;
        const item: OrganisationProject = {
          project: card,
          roles: [...entry.roles],
          phases: card.phases.filter((phase) => entry.phaseIds.has(phase.id)).map(phaseName),
          joinedOn: entry.joinedOn,
          leftOn: entry.current ? null : entry.leftOn,
          current: entry.current,
        };
        (entry.roles.has('lead') ? leads : partners).push(item);
      }
      const { id: _id, ...fields } = organisation;
      return c.json({ ...fields, leads, partners });
    });
}
