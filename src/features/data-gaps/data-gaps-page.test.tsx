import { screen, waitFor, within } from '@testing-library/react';
import { signInAs, startTestApi } from '../../../mocks/node';
import { renderRoute } from '../../../test/render-route';

describe('the data gaps page', () => {
  beforeEach(async () => {
    await startTestApi({ accounts: true });
  });

  it('counts each gap and lists its projects, each with a link to the form that fixes it', async () => {
    await signInAs('manager@demo.test');
    const { user, router } = renderRoute('/overview');
    await user.click(await screen.findByRole('link', { name: 'See what is missing' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Data gaps' })).toBeInTheDocument();
    const kinds = screen.getByRole('navigation', { name: 'Kinds of gap' });
    expect(within(kinds).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'No standard phase: 6 projects',
      'No dates on the current phase: 6 projects',
      'No funding amount: 15 projects',
      'No partner recorded: 9 projects',
      'No update this quarter: 0 projects',
    ]);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      'Children’s Social Care Demand Modelling',
      'Data Exchange with VCS',
      'Digital Waste Service',
      'Housing Repairs',
      'Quality Data for Children in Care',
      'Task Management for Neighbourhood Planning Services',
    ]);
    expect(within(table).getByRole('link', { name: 'Say which phase for Housing Repairs' })).toHaveAttribute('href', '/projects/housing-repairs#phases-heading');

    await user.click(within(kinds).getByRole('link', { name: 'No partner recorded' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'No partner recorded' })).toHaveFocus());
    expect(router.state.location.search).toBe('?gap=no_partner');
    expect(within(screen.getByRole('table')).getByRole('link', { name: /^Add a partner for Scalable Approach to Vulnerability/ })).toHaveAttribute(
      'href',
      '/projects/savvi#partners-heading',
    );

    await user.click(within(kinds).getByRole('link', { name: 'No update this quarter' }));
    expect(await screen.findByText('No project has this gap.')).toBeInTheDocument();
    expect(screen.getByText(/This quarter began on 1 April 2022\./)).toBeInTheDocument();
  });

  it('is for managers: engagement staff are told they may not see it', async () => {
    await signInAs('engagement@demo.test');
    renderRoute('/data-gaps');
    expect(await screen.findByRole('heading', { level: 1, name: /permission/i })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
