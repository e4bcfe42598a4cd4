import { screen, waitFor, within } from '@testing-library/react';
import { startTestApi, testApiDatabase } from '../../../mocks/node';
import { BUSY_ORGANISATION_SLUG, MEDIUM_PORTFOLIO } from '../../../test/generate-portfolio';
import { renderRoute } from '../../../test/render-route';

/** The names of the project cards in a section of an organisation's page. */
function projectsIn(section: HTMLElement): string[] {
  return within(section)
    .queryAllByRole('article')
    .map((card) => within(card).getByRole('heading', { level: 3 }).textContent);
}

describe('an organisation page', () => {
  it('lists the projects a council leads', async () => {
    renderRoute('/organisations/rugby-borough-council');

    expect(await screen.findByRole('heading', { level: 1, name: 'Rugby Borough Council' })).toBeInTheDocument();
    const leads = screen.getByRole('region', { name: 'Projects it leads' });
    expect(projectsIn(leads)).toEqual(['Digital Waste Service']);
    expect(within(leads).getByRole('link', { name: 'Digital Waste Service' })).toHaveAttribute('href', '/projects/digital-waste-service');
    expect(screen.getByText('Rugby Borough Council leads 1 project funded by the Local Digital Collaboration Unit.')).toBeInTheDocument();
    // Sections with nothing in them are left out rather than saying so under a heading.
    expect(screen.queryByRole('region', { name: 'Projects it is a partner in' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Projects it was a partner in' })).not.toBeInTheDocument();
  });

  it('keeps the partnerships a council has left apart from its current ones', async () => {
    renderRoute('/organisations/croydon-council');

    await screen.findByRole('heading', { level: 1, name: 'Croydon Council' });
    const former = screen.getByRole('region', { name: 'Projects it was a partner in' });
    // Croydon left the Digital Inclusion Toolkit, and took part in Open Referral UK's alpha only.
    expect(projectsIn(former)).toEqual(['Digital Inclusion Toolkit', 'Open Referral UK']);
    expect(within(former).getByRole('article', { name: 'Digital Inclusion Toolkit' })).toHaveTextContent('Partner; left 7 April 2022');
    expect(within(former).getByRole('article', { name: 'Open Referral UK' })).toHaveTextContent('Partner in alpha');
    expect(screen.queryByRole('region', { name: 'Projects it is a partner in' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Projects it leads' })).not.toBeInTheDocument();
    expect(screen.getByText('Croydon Council was a partner in 2 projects funded by the Local Digital Collaboration Unit.')).toBeInTheDocument();
  });

  it('shows the page not found for an organisation that does not exist', async () => {
    renderRoute('/organisations/no-such-council');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('an organisation’s show and tells and events', () => {
  /** The value beside a key in the page's summary of what is next. */
  function valueOf(key: string): HTMLElement {
    const row = screen.getByText(key, { selector: 'dt' }).closest('div');
    if (row === null) throw new Error(`No row for ${key}`);
    return within(row).getByRole('definition');
  }

  async function outputId(title: string): Promise<number> {
    return (await testApiDatabase().selectFrom('outputs').select('id').where('title', '=', title).executeTakeFirstOrThrow()).id;
  }

  it('shows the next talk across its projects, with its project, day and a link to it', async () => {
    // The API's today is 11 May 2022, the day Sprint Notes #46 was published.
    renderRoute('/organisations/city-of-lincoln-council');

    const section = await screen.findByRole('region', { name: 'Show and tells and events' });
    const talk = valueOf('Next talk or event');
    expect(talk).toHaveTextContent('User-led design to deliver housing repairs online serviceHousing Repairs, talk on 20 June 2022');
    expect(within(talk).getByRole('link', { name: 'User-led design to deliver housing repairs online service' })).toHaveAttribute(
      'href',
      `/projects/housing-repairs#output-${String(await outputId('User-led design to deliver housing repairs online service'))}`,
    );
    // Housing Repairs has never dated a show and tell.
    expect(valueOf('Next show and tell')).toHaveTextContent('None planned.No show and tell has been recorded with a date.');
    expect(within(section).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'User-led design to deliver housing repairs online service',
      'Subscribe in your calendar',
    ]);
  });

  it('names the last one when none is coming, as on any day after the seed’s', async () => {
    await startTestApi({ today: '2026-11-27' });
    renderRoute('/organisations/rugby-borough-council');

    await screen.findByRole('region', { name: 'Show and tells and events' });
    const showAndTell = valueOf('Next show and tell');
    expect(showAndTell).toHaveTextContent('None planned.The last was Sprint 7 show and tell (Digital Waste Service, 10 May 2022).');
    expect(within(showAndTell).getByRole('link', { name: 'Sprint 7 show and tell' })).toHaveAttribute('href', expect.stringMatching(/^\/projects\/digital-waste-service#show-and-tell-\d+$/));
    expect(valueOf('Next talk or event')).toHaveTextContent('None planned.No talk or event has been recorded with a date.');
  });

  it('says a past talk was a talk', async () => {
    await startTestApi({ today: '2026-11-27' });
    renderRoute('/organisations/newark-and-sherwood-district-council');

    await screen.findByRole('region', { name: 'Show and tells and events' });
    expect(valueOf('Next talk or event')).toHaveTextContent(
      'None planned.The last was User-led design to deliver housing repairs online service (Housing Repairs, talk on 20 June 2022).',
    );
  });

  it('offers its calendar feed to subscribe to, with the address to copy', async () => {
    renderRoute('/organisations/rugby-borough-council');

    const link = await screen.findByRole('link', { name: 'Subscribe in your calendar' });
    expect(link).toHaveAttribute('href', '/organisations/rugby-borough-council/calendar.ics');
    expect(link).toHaveAccessibleDescription(
      'Copy this address into Outlook (Add calendar, Subscribe from web) or Google Calendar (Other calendars, From URL) to see them in your own calendar as they are planned: http://localhost:3000/organisations/rugby-borough-council/calendar.ics',
    );
  });

  it('is left out for an organisation that takes part in no project', async () => {
    renderRoute('/organisations/local-government-association');

    await screen.findByRole('heading', { level: 1, name: 'Local Government Association' });
    expect(screen.queryByRole('region', { name: 'Show and tells and events' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Subscribe in your calendar' })).not.toBeInTheDocument();
  });
});

describe('the organisations page', () => {
  it('lists every organisation in a table, each linking to its page', async () => {
    const { user, router } = renderRoute('/organisations');

    expect(await screen.findByRole('heading', { level: 1, name: 'Organisations' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '32 organisations in funded projects' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Organisation',
      'Kind',
      'Leads',
      'Partner in',
    ]);
    // One header row, then one row per organisation.
    expect(within(table).getAllByRole('row')).toHaveLength(33);
    // Bodies only mentioned in updates are listed apart, without project counts.
    const mentioned = screen.getByRole('table', { name: '9 other organisations' });
    expect(within(mentioned).getByRole('link', { name: 'Department for Education' })).toBeInTheDocument();
    expect(within(table).queryByRole('link', { name: 'Department for Education' })).not.toBeInTheDocument();
    const rugby = within(table).getByRole('link', { name: 'Rugby Borough Council' });
    expect(rugby).toHaveAttribute('href', '/organisations/rugby-borough-council');
    const cells = within(rugby.closest('tr')!).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual(['Council', '1', '0']);

    await user.click(rugby);

    expect(await screen.findByRole('heading', { level: 1, name: 'Rugby Borough Council' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/organisations/rugby-borough-council');
  });
});

describe('an organisation in more projects than fit on a page', () => {
  beforeEach(async () => {
    await startTestApi({ generated: MEDIUM_PORTFOLIO });
  });

  it('pages its projects, counting all of them, and takes focus to the new page', async () => {
    const { user, router } = renderRoute(`/organisations/${BUSY_ORGANISATION_SLUG}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Busy Borough Council' })).toBeInTheDocument();
    const total = Number(/of (\d+)$/.exec(screen.getByText(/^Showing projects 1 to 50 of \d+$/).textContent)?.[1]);
    expect(total).toBeGreaterThan(50);
    const summary = screen.getByText(/^Busy Borough Council leads \d+ projects?, is a partner in \d+ projects? and was a partner in \d+ projects? funded/);
    const counted = [...(summary.textContent.matchAll(/(\d+) project/g))].reduce((sum, match) => sum + Number(match[1]), 0);
    expect(counted).toBe(total);
    expect(screen.getAllByRole('article')).toHaveLength(50);

    const pages = screen.getByRole('navigation', { name: 'Pages of Busy Borough Council’s projects' });
    await user.click(within(pages).getByRole('link', { name: 'Page 2' }));

    const shown = await screen.findByText(`Showing projects 51 to ${String(total)} of ${String(total)}`);
    // Focus moves once the new page has drawn, which on a loaded machine can be a moment after its text appears.
    await waitFor(() => expect(shown).toHaveFocus());
    expect(router.state.location.search).toBe('?page=2');
    expect(screen.getAllByRole('article')).toHaveLength(total - 50);
  });
});
