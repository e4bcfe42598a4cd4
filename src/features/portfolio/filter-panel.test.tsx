import { screen } from '@testing-library/react';
import { renderRoute } from '../../../test/render-route';
import { selectedFilters } from './selected-filters';

/** The tags of the chosen filters, each a link that removes one, by their accessible names. */
function selectedFilterLinks(): string[] {
  return screen.getAllByRole('link', { name: /^Remove filter: / }).map((link) => link.textContent);
}

describe('the portfolio filters on a phone', () => {
  it('fold behind a button that says whether they are shown and which part of the page it shows', async () => {
    const { user } = renderRoute('/');
    await screen.findByRole('list', { name: 'Projects' });

    const toggle = screen.getByRole('button', { name: 'Show filters' });
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(panel).toContainElement(screen.getByRole('search', { name: 'Filter projects' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // Below the tablet breakpoint the stylesheet hides the panel while it has this class; from it, it hides the button instead.
    expect(panel).toHaveClass('app-folded');

    await user.click(toggle);

    expect(toggle).toHaveAccessibleName('Hide filters');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(panel).not.toHaveClass('app-folded');
    expect(toggle).toHaveFocus();

    await user.click(toggle);

    expect(toggle).toHaveAccessibleName('Show filters');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(panel).toHaveClass('app-folded');
  });

  it('stay open while filters are applied, so the person sees what they chose', async () => {
    const { user, router } = renderRoute('/');
    await screen.findByRole('list', { name: 'Projects' });
    await user.click(screen.getByRole('button', { name: 'Show filters' }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Current phase' }), 'Beta');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    expect(await screen.findByText('3 projects match your filters')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?phase=beta');
    expect(screen.getByRole('button', { name: 'Hide filters' })).toHaveAttribute('aria-expanded', 'true');
    expect(selectedFilterLinks()).toEqual(['Remove filter: Beta']);
  });
});

describe('the selected filters', () => {
  it('are not shown while nothing is chosen', async () => {
    renderRoute('/');
    await screen.findByRole('list', { name: 'Projects' });

    expect(screen.queryByRole('heading', { name: 'Selected filters' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it('name each filter chosen as the form words it, in a tag that is seen on every screen', async () => {
    renderRoute('/?q=housing&phase=beta&status=active&organisation=rugby-borough-council');
    await screen.findByRole('heading', { name: 'No projects match your filters' });

    expect(selectedFilterLinks()).toEqual([
      'Remove filter: ‘housing’',
      'Remove filter: Beta',
      'Remove filter: Active',
      'Remove filter: Rugby Borough Council',
    ]);
    // Outside the part that folds away.
    const panel = document.getElementById(screen.getByRole('button', { name: 'Show filters' }).getAttribute('aria-controls') ?? '');
    expect(panel).not.toContainElement(screen.getByRole('heading', { name: 'Selected filters' }));
  });

  it('remove one filter at a time, keeping the others', async () => {
    const { user, router } = renderRoute('/?phase=beta&status=active');
    expect(await screen.findByText('3 projects match your filters')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Remove filter: Beta' }));

    expect(await screen.findByText('14 projects match your filters')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?status=active');
    expect(selectedFilterLinks()).toEqual(['Remove filter: Active']);
    // The form follows the URL: the phase is back to any.
    expect(screen.getByRole('combobox', { name: 'Current phase' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('active');
  });

  it('are cleared all at once, along with any the link had that were not recognised', async () => {
    const { user, router } = renderRoute('/?phase=beta&organisation=no-such-council');
    expect(await screen.findByText('3 projects match your filters')).toBeInTheDocument();
    expect(selectedFilterLinks()).toEqual(['Remove filter: Beta']);

    await user.click(screen.getByRole('link', { name: 'Clear filters' }));

    expect(await screen.findByText('15 projects in the portfolio')).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    expect(screen.queryByRole('heading', { name: 'Selected filters' })).not.toBeInTheDocument();
  });
});

describe('the addresses of the selected filters', () => {
  it('leave out the filter removed and the page, and keep how the list is shown', () => {
    const location = { pathname: '/', search: '?phase=beta&status=active&page=3&sort=name' };

    expect(selectedFilters(location, { q: undefined, phase: 'Beta', status: 'Active' })).toEqual({
      selected: [
        { label: 'Beta', href: '/?status=active&sort=name' },
        { label: 'Active', href: '/?phase=beta&sort=name' },
      ],
      clearHref: '/?sort=name',
    });
  });

  it('are the bare page when nothing else is left', () => {
    expect(selectedFilters({ pathname: '/', search: '?q=housing' }, { q: '‘housing’', phase: undefined })).toEqual({
      selected: [{ label: '‘housing’', href: '/' }],
      clearHref: '/',
    });
  });
});
