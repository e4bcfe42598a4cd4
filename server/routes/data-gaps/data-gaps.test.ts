import { describe, expect, it } from 'vitest';
import { dataGapsSchema } from '../../../src/domain/data-gaps';
import { readError, readJson, sendRequest } from '../../../test/api-request';
import { type EditingWorld, phaseIdOf, signedInWorld } from '../../../test/editing';
import { createAccountsTestApp, DEMO, signIn } from '../../../test/test-accounts';

async function gapsOf(world: Pick<EditingWorld, 'app' | 'manager'>, query: string) {
  return readJson(await sendRequest(world.app, 'GET', `/api/data-gaps${query}`, { cookie: world.manager }), dataGapsSchema);
}

const slugs = (gaps: { projects: { slug: string }[] }) => gaps.projects.map((project) => project.slug);

describe('GET /api/data-gaps', () => {
  it('counts what Sprint Notes #46 left unknown and lists each gap’s projects', async () => {
    const world = await signedInWorld();
    const first = await gapsOf(world, '');
    expect(first.counts).toEqual([
      { gap: 'no_standard_phase', projects: 6 },
      { gap: 'no_phase_dates', projects: 6 },
      { gap: 'no_funding_amount', projects: 15 },
      { gap: 'no_partner', projects: 9 },
      { gap: 'no_update_this_quarter', projects: 0 },
    ]);
    expect(first.gap).toBe('no_standard_phase');
    expect(slugs(first)).toEqual([
      'childrens-social-care-demand-modelling',
      'data-exchange-with-vcs',
      'digital-waste-service',
      'housing-repairs',
      'quality-data-for-children-in-care',
      'task-management-for-neighbourhood-planning-services',
    ]);
    expect(first.projects[2]?.leads.map((lead) => lead.name)).toEqual(['Rugby Borough Council']);
    // Community Grants Service is completed; Data Exchange with VCS's phase ended in March 2022.
    expect(slugs(await gapsOf(world, '?gap=no_phase_dates'))).toEqual([
      'future-work-design',
      'low-code-solutions-for-housing-management',
      'open-referral-uk',
      'revs-and-bens',
      'savvi',
      'send-top-up',
    ]);
    // Digital Inclusion Toolkit has a partner; Revs and Bens has several.
    const partnerless = slugs(await gapsOf(world, '?gap=no_partner'));
    expect(partnerless).toHaveLength(9);
    expect(partnerless).not.toContain('revs-and-bens');
  });

  it('closes a gap once the record is put right', async () => {
    const world = await signedInWorld();
    const alpha = await phaseIdOf(world.db, 'revs-and-bens', 'alpha');
    await world.db.updateTable('phases').set({ startedOn: '2022-03-28', fundingAmountPounds: 75000 }).where('id', '=', alpha).execute();
    await world.db.updateTable('projects').set({ recheckOn: '0000-01-01' }).execute();
    expect(slugs(await gapsOf(world, '?gap=no_phase_dates'))).not.toContain('revs-and-bens');
    expect(slugs(await gapsOf(world, '?gap=no_funding_amount'))).not.toContain('revs-and-bens');
  });

  it('counts active projects with no update since the quarter began, by month for dates known to the month', async () => {
    const { app, db } = await createAccountsTestApp({ today: () => '2022-07-02' });
    const manager = await signIn(app, DEMO.manager);
    const savvi = await db.selectFrom('projects').select('id').where('slug', '=', 'savvi').executeTakeFirstOrThrow();
    await db
      .insertInto('updates')
      .values({ projectId: savvi.id, headline: 'July', bodyMarkdown: 'Reported in July.', status: 'approved', publishedOn: '2022-07' })
      .execute();
    await db.updateTable('projects').set({ recheckOn: '0000-01-01' }).execute();
    const gaps = await gapsOf({ app, manager }, '?gap=no_update_this_quarter');
    expect(gaps.quarterFrom).toBe('2022-07-01');
    // 14 active projects; SAVVI reported in July; Community Grants Service is completed.
    expect(gaps.total).toBe(13);
    expect(slugs(gaps)).not.toContain('savvi');
    expect(slugs(gaps)).not.toContain('community-grants-service');
  });

  it('is for managers, and names a gap it does not know', async () => {
    const world = await signedInWorld();
    await readError(await sendRequest(world.app, 'GET', '/api/data-gaps', { cookie: world.engagement }), 403);
    await readError(await sendRequest(world.app, 'GET', '/api/data-gaps'), 401);
    const error = await readError(await sendRequest(world.app, 'GET', '/api/data-gaps?gap=colour', { cookie: world.manager }), 400);
    expect(Object.keys(error.fields ?? {})).toEqual(['gap']);
  });
});
