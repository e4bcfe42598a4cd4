import { beforeAll, describe, expect, it } from 'vitest';
import { organisationListSchema } from '../../../src/domain/organisation';
import { organisationDetailSchema, type OrganisationDiary } from '../../../src/domain/organisation-detail';
import { getError, getJson } from '../../../test/api-request';
import { createTestApp } from '../../../test/test-database';
import type { ApiApp } from '../../app';

let app: ApiApp;

// These tests only read, so they share one seeded database.
beforeAll(async () => {
  ({ app } = await createTestApp());
});

describe('GET /api/organisations', () => {
  it('lists every organisation with how many projects it leads and partners', async () => {
    const { organisations } = await getJson(app, '/api/organisations', organisationListSchema);
    const counts = Object.fromEntries(
      organisations.map((organisation) => [organisation.slug, [organisation.leadCount, organisation.partnerCount]]),
    );

    expect(organisations).toHaveLength(41);
    expect(counts).toMatchObject({
      'leeds-city-council': [1, 2],
      'sedgemoor-district-council': [1, 1],
      'camden-council': [1, 0],
      // Three phases of one project count as one project.
      'adur-and-worthing-councils': [0, 1],
      // A former partner still took part.
      'age-uk': [0, 1],
      'croydon-council': [0, 2],
      'local-government-association': [0, 0],
    });
  });

  it('lists organisations by name', async () => {
    const { organisations } = await getJson(app, '/api/organisations', organisationListSchema);
    const names = organisations.map((organisation) => organisation.name);
    expect(names).toEqual([...names].sort());
  });

  // A form looks an organisation up by name before adding a new one.
  it.each([
    ['leeds', ['leeds-city-council']],
    ['COUNTY council', ['buckinghamshire-county-council', 'devon-county-council', 'east-sussex-county-council', 'essex-county-council']],
    ['adur and worthing', ['adur-and-worthing-councils']],
    ['Adur & Worthing', ['adur-and-worthing-councils']],
    ['levelling housing', ['department-for-levelling-up-housing-and-communities']],
    ['stationery', ['the-stationery-office']],
    ['lond', []],
    ['%', []],
    ['', null],
    ['   ', null],
  ])('finds by ?q=%s the organisations whose names hold every word', async (q, slugs) => {
    const { organisations } = await getJson(app, `/api/organisations?${new URLSearchParams({ q }).toString()}`, organisationListSchema);

    if (slugs === null) expect(organisations).toHaveLength(41);
    else expect(organisations.map((organisation) => organisation.slug)).toEqual(slugs);
  });

  it('counts a found organisation’s projects as the whole list does', async () => {
    const { organisations } = await getJson(app, '/api/organisations?q=leeds', organisationListSchema);
    expect(organisations).toEqual([
      { slug: 'leeds-city-council', name: 'Leeds City Council', kind: 'council', website: null, leadCount: 1, partnerCount: 2 },
    ]);
  });

  it('refuses a search of more than 200 characters, naming it', async () => {
    const error = await getError(app, `/api/organisations?q=${'x'.repeat(201)}`, 400);
    expect(error.fields).toEqual({ q: ['Search for 200 characters or fewer'] });
  });
});

describe('GET /api/organisations/:slug', () => {
  it('splits the projects an organisation leads from those it partners, as cards', async () => {
    const leeds = await getJson(app, '/api/organisations/leeds-city-council', organisationDetailSchema);

    expect(leeds).toMatchObject({ slug: 'leeds-city-council', name: 'Leeds City Council', kind: 'council' });
    expect(leeds.leads.map((item) => [item.project.slug, item.roles])).toEqual([['digital-inclusion-toolkit', ['lead']]]);
    expect(leeds.partners.map((item) => [item.project.slug, item.roles, item.leftOn])).toEqual([
      ['open-referral-uk', ['partner'], null],
      ['revs-and-bens', ['partner'], null],
    ]);
    expect(leeds.partners[1]?.project).toMatchObject({ name: 'Revs and Bens', currentPhase: 'alpha' });
  });

  it('counts a partner of an earlier phase only as a former partner, naming the phase', async () => {
    const devon = await getJson(app, '/api/organisations/devon-county-council', organisationDetailSchema);
    expect(devon.partners.map((entry) => [entry.project.slug, entry.current, entry.phases])).toEqual([
      ['open-referral-uk', false, ['Discovery']],
    ]);
    const adur = await getJson(app, '/api/organisations/adur-and-worthing-councils', organisationDetailSchema);
    expect(adur.partners.map((entry) => [entry.project.slug, entry.current, entry.phases])).toEqual([
      ['open-referral-uk', true, ['Discovery', 'Alpha', 'Beta']],
    ]);
  });

  it('gives a former partner the date it left, and a newer one the date it joined', async () => {
    const ageUk = await getJson(app, '/api/organisations/age-uk', organisationDetailSchema);
    expect(ageUk.leads).toEqual([]);
    expect(ageUk.partners.map((item) => [item.project.slug, item.joinedOn, item.leftOn])).toEqual([
      ['digital-inclusion-toolkit', null, '2022-04-07'],
    ]);

    const croydon = await getJson(app, '/api/organisations/croydon-council', organisationDetailSchema);
    expect(croydon.partners.map((item) => [item.project.slug, item.leftOn])).toEqual([
      ['digital-inclusion-toolkit', '2022-04-07'],
      ['open-referral-uk', null],
    ]);

    const dorset = await getJson(app, '/api/organisations/dorset-council', organisationDetailSchema);
    expect(dorset.partners.map((item) => [item.project.slug, item.joinedOn, item.leftOn])).toEqual([
      ['digital-inclusion-toolkit', '2022-04-07', null],
    ]);
  });

  it('lists a project once however many of its phases the organisation took part in', async () => {
    const adur = await getJson(app, '/api/organisations/adur-and-worthing-councils', organisationDetailSchema);
    expect(adur.partners.map((item) => item.project.slug)).toEqual(['open-referral-uk']);
  });

  it('shows an organisation that takes part in no project with empty lists', async () => {
    const lga = await getJson(app, '/api/organisations/local-government-association', organisationDetailSchema);
    expect(lga).toMatchObject({ name: 'Local Government Association', leads: [], partners: [] });
  });

  it('answers an unknown organisation with a 404 the app can show', async () => {
    const error = await getError(app, '/api/organisations/no-such-organisation', 404);
    expect(error.message).toBe('Organisation not found');
  });
});

describe('GET /api/organisations/:slug: what is next', () => {
  const TALK = 'User-led design to deliver housing repairs online service';

  /** An entry as day, kind, project and title, which is what the page says of it. */
  function described(entry: OrganisationDiary['event']['next']): string | null {
    return entry === null ? null : `${entry.on} ${entry.kind} ${entry.project.slug}: ${entry.title}`;
  }

  async function diaryOf(slug: string, today: string) {
    const { app: onDay } = await createTestApp(today);
    const { diary } = await getJson(onDay, `/api/organisations/${slug}`, organisationDetailSchema);
    return {
      showAndTell: { next: described(diary.showAndTell.next), previous: described(diary.showAndTell.previous) },
      event: { next: described(diary.event.next), previous: described(diary.event.previous) },
    };
  }

  it('gives the next talk or event and the next show and tell of its projects, on or after today, and the last before it', async () => {
    // 11 May 2022: Digital Waste Service's Sprint 7 show and tell was the day before.
    expect(await diaryOf('rugby-borough-council', '2022-05-11')).toEqual({
      showAndTell: { next: null, previous: '2022-05-10 show-and-tell digital-waste-service: Sprint 7 show and tell' },
      event: { next: null, previous: null },
    });
    expect(await diaryOf('city-of-lincoln-council', '2022-05-11')).toEqual({
      showAndTell: { next: null, previous: null },
      event: { next: `2022-06-20 talk housing-repairs: ${TALK}`, previous: null },
    });
  });

  it('counts a project an organisation is a partner in, not only those it leads', async () => {
    expect((await diaryOf('newark-and-sherwood-district-council', '2022-05-11')).event.next).toBe(`2022-06-20 talk housing-repairs: ${TALK}`);
  });

  it('counts an event on today as next, and from the next day as the last', async () => {
    expect((await diaryOf('city-of-lincoln-council', '2022-06-20')).event).toEqual({ next: `2022-06-20 talk housing-repairs: ${TALK}`, previous: null });
    expect((await diaryOf('city-of-lincoln-council', '2022-06-21')).event).toEqual({ next: null, previous: `2022-06-20 talk housing-repairs: ${TALK}` });
  });

  it('passes over an event known only to its month', async () => {
    // Future Work Design's focus groups are "in the final week of May" (2022-05); its pilot sessions start on 6 June.
    expect((await diaryOf('east-riding-of-yorkshire-council', '2022-05-20')).event).toEqual({
      next: '2022-06-06 event future-work-design: Pilot sessions',
      previous: null,
    });
  });

  it('has nothing coming on a day after the seed’s, and names the last of each', async () => {
    expect(await diaryOf('east-riding-of-yorkshire-council', '2026-11-27')).toEqual({
      showAndTell: { next: null, previous: null },
      event: { next: null, previous: '2022-06-06 event future-work-design: Pilot sessions' },
    });
  });
});
