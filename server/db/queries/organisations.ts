import type { OrganisationFilters, OrganisationListItem } from '../../../src/domain/organisation';
import type { OrganisationDetail, OrganisationProject } from '../../../src/domain/organisation-detail';
import { pageInfo, pageOffset } from '../../../src/domain/paging';
import { takesPartNow } from '../../../src/domain/partnership-rules';
import { phaseName } from '../../../src/domain/phase-rules';
import type { PartnershipRole } from '../../../src/domain/project';
import { searchText, searchWords } from '../../../src/domain/search-text';
import type { Db } from '../database';
import { loadOrganisationDiary } from './calendar';
import { refreshDueProjects } from './project-derived';
import { projectCardsByIds } from './projects';

/**
 * The ids of the organisations whose names hold every word of a search, matched as the
 * portfolio's search matches (searchWords, searchText): whatever the case, accents or
 * apostrophes, "&" as "and". Names are few and short, so they are read and compared here rather
 * than stored a second time as search text.
 */
async function organisationsNamed(db: Db, q: string): Promise<number[]> {
  const words = searchWords(q);
  // Text with no letters or digits ("%") names nothing, as in the portfolio's search.
  if (words.length === 0) return [];
  const rows = await db.selectFrom('organisations').select(['id', 'name']).execute();
  return rows.filter((row) => words.every((word) => searchText([row.name]).includes(word))).map((row) => row.id);
}

/**
 * Every organisation with how many projects it leads and partners in, or with `q` those whose
 * name holds every word of it. Each count is one step into the index on partnerships
 * (organisation_id, role, project_id), so the list costs the same however many partnerships
 * the portfolio holds.
 */
export async function listOrganisations(db: Db, filters: OrganisationFilters = {}): Promise<OrganisationListItem[]> {
  const q = filters.q?.trim() ?? '';
  const ids = q === '' ? null : await organisationsNamed(db, q);
  if (ids?.length === 0) return [];
  let query = db.selectFrom('organisations');
  if (ids !== null) query = query.where('organisations.id', 'in', ids);
  const rows = await query
    .select((eb) => [
      'organisations.slug',
      'organisations.name',
      'organisations.kind',
      'organisations.website',
      eb
        .selectFrom('partnerships')
        .select((inner) => inner.fn.count<number | string>('partnerships.projectId').distinct().as('count'))
        .whereRef('partnerships.organisationId', '=', 'organisations.id')
        .where('partnerships.role', '=', 'lead')
        .as('leadCount'),
      eb
        .selectFrom('partnerships')
        .select((inner) => inner.fn.count<number | string>('partnerships.projectId').distinct().as('count'))
        .whereRef('partnerships.organisationId', '=', 'organisations.id')
        .where('partnerships.role', '!=', 'lead')
        .as('partnerCount'),
    ])
    .orderBy('organisations.name')
    .execute();
  return rows.map((row) => ({ ...row, leadCount: Number(row.leadCount ?? 0), partnerCount: Number(row.partnerCount ?? 0) }));
}

/** Leads first, then current partners, then former ones: the order the organisation's page reads in. */
const STANDING_ORDER = { lead: 0, partner: 1, former: 2 } as const;
type Standing = keyof typeof STANDING_ORDER;

interface Entry {
  projectId: number;
  sortName: string;
  roles: Set<PartnershipRole>;
  phaseIds: Set<number>;
  joinedOn: string | null;
  leftOn: string | null;
  current: boolean;
}

function standingOf(entry: Entry): Standing {
  if (entry.roles.has('lead')) return 'lead';
  return entry.current ? 'partner' : 'former';
}

/**
 * One organisation and a page of the projects it takes part in, one entry per project however
 * many phases it joined. Whether it takes part now is judged against each project's stored
 * current phase, so only the page's projects are built into cards. With them, its next show and
 * tell and next talk or event across all its projects (loadOrganisationDiary).
 */
export async function loadOrganisationDetail(
  db: Db,
  slug: string,
  paging: { page: number; pageSize: number },
  today: string,
): Promise<OrganisationDetail | null> {
  const organisation = await db.selectFrom('organisations').selectAll().where('slug', '=', slug).executeTakeFirst();
  if (organisation === undefined) return null;
  await refreshDueProjects(db, today);

  const partnerships = await db
    .selectFrom('partnerships')
    .innerJoin('projects', 'projects.id', 'partnerships.projectId')
    .select([
      'partnerships.projectId',
      'partnerships.role',
      'partnerships.phaseId',
      'partnerships.joinedOn',
      'partnerships.leftOn',
      'projects.sortName',
      'projects.currentPhaseId',
    ])
    .where('partnerships.organisationId', '=', organisation.id)
    .orderBy('partnerships.id')
    .execute();

  const byProject = new Map<number, Entry>();
  for (const partnership of partnerships) {
    const entry: Entry = byProject.get(partnership.projectId) ?? {
      projectId: partnership.projectId,
      sortName: partnership.sortName,
      roles: new Set(),
      phaseIds: new Set(),
      joinedOn: null,
      leftOn: null,
      current: false,
    };
    entry.roles.add(partnership.role);
    if (partnership.phaseId !== null) entry.phaseIds.add(partnership.phaseId);
    if (partnership.joinedOn !== null && (entry.joinedOn === null || partnership.joinedOn < entry.joinedOn)) entry.joinedOn = partnership.joinedOn;
    if (partnership.leftOn !== null && (entry.leftOn === null || partnership.leftOn > entry.leftOn)) entry.leftOn = partnership.leftOn;
    if (takesPartNow(partnership, partnership.currentPhaseId)) entry.current = true;
    byProject.set(partnership.projectId, entry);
  }

  const entries = [...byProject.values()].sort(
    (a, b) =>
      STANDING_ORDER[standingOf(a)] - STANDING_ORDER[standingOf(b)] ||
      (a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : a.projectId - b.projectId),
  );
  const counts = { lead: 0, partner: 0, former: 0 };
  for (const entry of entries) counts[standingOf(entry)] += 1;

  const info = pageInfo(entries.length, paging.page, paging.pageSize);
  const onPage = entries.slice(pageOffset(paging), pageOffset(paging) + paging.pageSize);
  const cards = await projectCardsByIds(
    db,
    onPage.map((entry) => entry.projectId),
    today,
    // An organisation's page is public: delivery confidence is for the portfolio's own views.
    { withConfidence: false },
  );

  const leads: OrganisationProject[] = [];
  const partners: OrganisationProject[] = [];
  for (const entry of onPage) {
    const card = cards.get(entry.projectId);
    if (card === undefined) continue;
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
  const diary = await loadOrganisationDiary(db, organisation.id, today);
  const { id: _id, ...fields } = organisation;
  return { ...fields, ...info, leadCount: counts.lead, partnerCount: counts.partner, formerCount: counts.former, leads, partners, diary };
}
