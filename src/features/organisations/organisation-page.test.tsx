import { screen, within } from '@testing-library/react';
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
    const partners = screen.getByRole('region', { name: 'Projects it partners in' });
    expect(projectsIn(partners)).toEqual([]);
    expect(within(partners).getByText('Rugby Borough Council is not a partner in a funded project.')).toBeInTheDocument();
    // With no past partnerships there is nothing to say about them, so the section is left out.
    expect(screen.queryByRole('region', { name: 'Projects it used to partner in' })).not.toBeInTheDocument();
  });

  it('keeps the partnerships a council has left apart from its current ones', async () => {
    renderRoute('/organisations/croydon-council');

    await screen.findByRole('heading', { level: 1, name: 'Croydon Council' });
    const former = screen.getByRole('region', { name: 'Projects it used to partner in' });
    expect(projectsIn(former)).toEqual(['Digital Inclusion Toolkit']);
    expect(within(former).getByRole('article', { name: 'Digital Inclusion Toolkit' })).toHaveTextContent('Role: Partner; left 7 April 2022');
    const current = screen.getByRole('region', { name: 'Projects it partners in' });
    expect(projectsIn(current)).not.toContain('Digital Inclusion Toolkit');
    expect(screen.getByRole('region', { name: 'Projects it leads' })).toHaveTextContent('Croydon Council does not lead a funded project.');
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
    const table = screen.getByRole('table', { name: '41 organisations' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Organisation',
      'Kind',
      'Leads',
      'Partners in',
    ]);
    // One header row, then one row per organisation.
    expect(within(table).getAllByRole('row')).toHaveLength(42);
    const rugby = within(table).getByRole('link', { name: 'Rugby Borough Council' });
    expect(rugby).toHaveAttribute('href', '/organisations/rugby-borough-council');
    const cells = within(rugby.closest('tr')!).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual(['Council', '1', '0']);

    await user.click(rugby);

    expect(await screen.findByRole('heading', { level: 1, name: 'Rugby Borough Council' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/organisations/rugby-borough-council');
  });
});
