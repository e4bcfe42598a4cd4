import { screen, waitFor, within } from '@testing-library/react';
import { startTestApi } from '../../../mocks/node';
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
