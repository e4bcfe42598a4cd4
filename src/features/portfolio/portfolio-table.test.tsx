import { screen, waitFor, within } from '@testing-library/react';
import { signInAs, startTestApi, testApiDatabase } from '../../../mocks/node';
import { renderRoute } from '../../../test/render-route';

/** The project names down the table's first column, in order. */
function rowNames(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);
}

describe('the portfolio as a table', () => {
  it('switches from cards to a table and back, keeping the choice in the URL', async () => {
    const { user, router } = renderRoute('/?phase=beta');
    await screen.findByRole('list', { name: 'Projects' });
    const views = screen.getByRole('navigation', { name: 'Show projects as' });
    expect(within(views).getByRole('link', { name: 'Cards' })).toHaveAttribute('aria-current', 'page');

    await user.click(within(views).getByRole('link', { name: 'Table' }));

    const table = await screen.findByRole('table');
    expect(new URLSearchParams(router.state.location.search).get('view')).toBe('table');
    expect(new URLSearchParams(router.state.location.search).get('phase')).toBe('beta');
    expect(rowNames(table)).toEqual(['Family Context', 'Open Referral UK', 'SEND top-up']);
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Project, sort descending',
      'Lead, sort ascending',
      'Current phase, sort ascending',
      'Status, sort ascending',
      'Planned end, sort ascending',
      'Funding, sort descending',
      'Latest update, sort descending',
      'Flags',
    ]);
    // The table is for data too wide for a phone: it scrolls in its own labelled box.
    expect(screen.getByRole('region', { name: 'Projects table' })).toContainElement(table);

    await user.click(within(screen.getByRole('navigation', { name: 'Show projects as' })).getByRole('link', { name: 'Cards' }));
    expect(await screen.findByRole('list', { name: 'Projects' })).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('view')).toBeNull();
  });

  it('shows a row per project with its current phase and how far through it is', async () => {
    renderRoute('/?view=table');
    const table = await screen.findByRole('table');
    expect(rowNames(table)).toHaveLength(15);
    const revs = within(table).getByRole('rowheader', { name: 'Revs and Bens' }).closest('tr')!;
    expect(revs).toHaveTextContent('Alpha');
    expect(revs).toHaveTextContent('Week 7 of 12, as reported on 11 May 2022');
    const waste = within(table).getByRole('rowheader', { name: 'Digital Waste Service' }).closest('tr')!;
    expect(within(waste).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Rugby Borough Council',
      'Sprints 8 and 9, funded from underspendWeek 1 of 4',
      'Active',
      '7 June 2022',
      'Not recorded',
      '11 May 2022',
      'No standard phase',
    ]);
  });

  it('sorts by a column with aria-sort, by keyboard, keeping the sort in the URL', async () => {
    // SAVVI last reported in April: the others all on 11 May.
    const db = testApiDatabase();
    const savvi = await db.selectFrom('projects').select('id').where('slug', '=', 'savvi').executeTakeFirstOrThrow();
    await db.updateTable('updates').set({ publishedOn: '2022-04-20' }).where('projectId', '=', savvi.id).execute();
    await db.updateTable('projects').set({ recheckOn: '0000-01-01' }).execute();
    const { user, router } = renderRoute('/?view=table');
    await screen.findByRole('table');
    const header = (name: string) => within(screen.getByRole('table')).getByRole('columnheader', { name: new RegExp(`^${name},`) });
    expect(header('Project')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Planned end')).toHaveAttribute('aria-sort', 'none');

    within(header('Planned end')).getByRole('link').focus();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(header('Planned end')).toHaveAttribute('aria-sort', 'ascending'));
    expect(router.state.location.search).toBe('?order=ascending&sort=plannedEnd&view=table');
    expect(rowNames(screen.getByRole('table'))[0]).toBe('Digital Waste Service');
    expect(header('Project')).toHaveAttribute('aria-sort', 'none');
    // Focus stays on the header, so Enter again turns the order round.
    expect(within(header('Planned end')).getByRole('link')).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(header('Planned end')).toHaveAttribute('aria-sort', 'descending'));
    // Projects with no planned end stay last whichever way.
    expect(rowNames(screen.getByRole('table'))[0]).toBe('Digital Waste Service');

    within(header('Latest update')).getByRole('link').focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(header('Latest update')).toHaveAttribute('aria-sort', 'descending'));
    expect(rowNames(screen.getByRole('table')).at(-1)).toMatch(/^Scalable Approach to Vulnerability/);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(header('Latest update')).toHaveAttribute('aria-sort', 'ascending'));
    expect(rowNames(screen.getByRole('table'))[0]).toMatch(/^Scalable Approach to Vulnerability/);
  });

  it('gives LDCU staff the delivery confidence column, and nobody else', async () => {
    await startTestApi({ accounts: true });
    await signInAs('manager@demo.test');
    renderRoute('/?view=table');
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('columnheader', { name: /^Delivery confidence,/ })).toBeInTheDocument();
    expect(within(within(table).getByRole('rowheader', { name: 'Housing Repairs' }).closest('tr')!).getByText('Not rated')).toBeInTheDocument();
  });

  it('offers the list as a CSV with its filters, and the calendar feed', async () => {
    renderRoute('/?phase=beta&view=table');
    await screen.findByRole('table');
    expect(screen.getByRole('link', { name: 'Download as CSV' })).toHaveAttribute('href', '/api/projects/export.csv?phase=beta');
    expect(screen.getByRole('link', { name: 'Subscribe in your calendar' })).toHaveAttribute('href', '/calendar.ics');
  });
});
