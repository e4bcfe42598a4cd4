import { screen, within } from '@testing-library/react';
import { serverError } from '../../mocks/faults';
import { server } from '../../mocks/node';
import { renderRoute } from '../../test/render-route';

/** The service navigation's links, and which of them says it is the current page. */
function serviceNavigation() {
  const menu = screen.getByRole('navigation', { name: 'Menu' });
  return {
    portfolio: within(menu).getByRole('link', { name: 'Portfolio' }),
    organisations: within(menu).getByRole('link', { name: 'Organisations' }),
  };
}

describe('the layout', () => {
  it.each([
    ['the portfolio', '/', 'Portfolio'],
    ['a project', '/projects/revs-and-bens', 'Revs and Bens'],
    ['the organisations', '/organisations', 'Organisations'],
    ['an organisation', '/organisations/croydon-council', 'Croydon Council'],
    ['a missing page', '/no/such/page', 'Page not found'],
  ])('gives %s exactly one h1, inside main', async (_page, url, title) => {
    renderRoute(url);

    const heading = await screen.findByRole('heading', { level: 1, name: title });
    expect(screen.getAllByRole('heading', { level: 1 })).toEqual([heading]);
    expect(screen.getByRole('main')).toContainElement(heading);
  });

  it('gives the problem page exactly one h1 too', async () => {
    server.use(serverError());
    renderRoute('/');

    const heading = await screen.findByRole('heading', { level: 1, name: 'Sorry, there is a problem' });
    expect(screen.getAllByRole('heading', { level: 1 })).toEqual([heading]);
  });

  it('starts with a skip link to the main content', async () => {
    const { user } = renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Portfolio' });

    // The first Tab on a fresh page reaches it, before the header and navigation.
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveFocus();
    expect(skip).toHaveAttribute('href', '#main-content');
    expect(document.getElementById('main-content')).toBe(screen.getByRole('main'));
  });

  it('marks the current page in the service navigation', async () => {
    const { user, router } = renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Portfolio' });

    expect(serviceNavigation().portfolio).toHaveAttribute('aria-current', 'page');
    expect(serviceNavigation().organisations).not.toHaveAttribute('aria-current');

    await user.click(serviceNavigation().organisations);

    const heading = await screen.findByRole('heading', { level: 1, name: 'Organisations' });
    expect(router.state.location.pathname).toBe('/organisations');
    expect(serviceNavigation().organisations).toHaveAttribute('aria-current', 'page');
    expect(serviceNavigation().portfolio).not.toHaveAttribute('aria-current');
    // After an in-app navigation focus starts at the new page's heading, as after a page load.
    expect(heading).toHaveFocus();
  });

  it('keeps the organisations section current on an organisation page', async () => {
    renderRoute('/organisations/rugby-borough-council');
    await screen.findByRole('heading', { level: 1, name: 'Rugby Borough Council' });

    expect(serviceNavigation().organisations).toHaveAttribute('aria-current', 'page');
    expect(serviceNavigation().portfolio).not.toHaveAttribute('aria-current');
  });
});
