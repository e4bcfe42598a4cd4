import { act, screen, waitFor, within } from '@testing-library/react';
import { serverError, slowReply } from '../../mocks/faults';
import { DEMO_PASSWORD, server, signInAs, startTestApi, testApiDatabase } from '../../mocks/node';
import { renderRoute } from '../../test/render-route';
import { useServerContact } from '../lib/server-contact';

/** The service navigation's links, and which of them says it is the current page. */
function serviceNavigation() {
  const menu = screen.getByRole('navigation', { name: 'Menu' });
  return {
    portfolio: within(menu).getByRole('link', { name: 'Portfolio' }),
    organisations: within(menu).getByRole('link', { name: 'Organisations' }),
    sprintNotes: within(menu).getByRole('link', { name: 'Sprint Notes' }),
  };
}

describe('the layout', () => {
  it.each([
    ['the portfolio', '/', 'Portfolio'],
    ['a project', '/projects/revs-and-bens', 'Revs and Bens'],
    ['the organisations', '/organisations', 'Organisations'],
    ['an organisation', '/organisations/croydon-council', 'Croydon Council'],
    ['Sprint Notes', '/sprint-notes', 'Sprint Notes'],
    ['an issue of Sprint Notes', '/sprint-notes/46', 'Sprint Notes #46'],
    ['a missing page', '/no/such/page', 'Page not found'],
    ['the sign-in page', '/sign-in', 'Sign in'],
    ['an expired set-up link', '/setup/no-such-link', 'This link has expired or has already been used'],
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
    // The layout moves it in an effect, after the heading has rendered, so wait for it.
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('offers everyone Sprint Notes, and keeps it current on an issue', async () => {
    renderRoute('/sprint-notes/46');
    await screen.findByRole('heading', { level: 1, name: 'Sprint Notes #46' });

    expect(serviceNavigation().sprintNotes).toHaveAttribute('href', '/sprint-notes');
    expect(serviceNavigation().sprintNotes).toHaveAttribute('aria-current', 'page');
    expect(serviceNavigation().portfolio).not.toHaveAttribute('aria-current');
  });

  it('keeps the organisations section current on an organisation page', async () => {
    renderRoute('/organisations/rugby-borough-council');
    await screen.findByRole('heading', { level: 1, name: 'Rugby Borough Council' });

    expect(serviceNavigation().organisations).toHaveAttribute('aria-current', 'page');
    expect(serviceNavigation().portfolio).not.toHaveAttribute('aria-current');
  });
});

describe('the header', () => {
  function header() {
    return screen.getByRole('region', { name: 'Service information' });
  }

  it('offers someone not signed in a way to sign in that returns to this page', async () => {
    renderRoute('/organisations/rugby-borough-council');
    await screen.findByRole('heading', { level: 1, name: 'Rugby Borough Council' });

    expect(within(header()).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in?returnTo=%2Forganisations%2Frugby-borough-council',
    );
    expect(within(header()).queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
  });

  it('names the person signed in, and gives managers the users page', async () => {
    await startTestApi({ accounts: true });
    await signInAs('manager@demo.test');
    renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Portfolio' });

    expect(within(header()).getByText('Demo Manager')).toBeInTheDocument();
    // Announced with its meaning, not just a name out of context.
    expect(within(header()).getByText('Signed in as')).toHaveClass('govuk-visually-hidden');
    const menu = within(header()).getByRole('navigation', { name: 'Menu' });
    expect(within(menu).getByRole('link', { name: 'Users' })).toHaveAttribute('href', '/users');
  });

  it('does not offer the users page to anyone else', async () => {
    await startTestApi({ accounts: true });
    await signInAs('engagement@demo.test');
    renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Portfolio' });

    expect(within(header()).getByText('Demo Engagement')).toBeInTheDocument();
    expect(within(header()).queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
  });

  it('warns two minutes before an idle session ends, and keeps it going when asked', async () => {
    await startTestApi({ accounts: true });
    await signInAs('engagement@demo.test');
    const { user } = renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Portfolio' });
    expect(screen.queryByRole('button', { name: 'Stay signed in' })).not.toBeInTheDocument();

    // As if the browser last heard from the server 28 minutes ago.
    act(() => useServerContact.setState({ lastContactMs: Date.now() - 28 * 60_000 }));

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('You will be signed out in 2 minutes because you have not done anything for a while.');
    await user.click(within(warning).getByRole('button', { name: 'Stay signed in' }));

    await waitFor(() => expect(screen.queryByRole('button', { name: 'Stay signed in' })).not.toBeInTheDocument());
    expect(within(header()).getByText('Demo Engagement')).toBeInTheDocument();
  });

  it('says why someone idle for 30 minutes was signed out, and goes on saying so once the header has caught up', async () => {
    await startTestApi({ accounts: true });
    await signInAs('engagement@demo.test');
    const { user } = renderRoute('/organisations');
    await screen.findByRole('heading', { level: 1, name: 'Organisations' });
    // As the server does after 30 idle minutes, while the browser last heard from it 31 minutes ago.
    await testApiDatabase().deleteFrom('sessions').execute();

    act(() => useServerContact.setState({ lastContactMs: Date.now() - 31 * 60_000 }));

    // The app asks the server again, which answers that nobody is signed in.
    expect(await within(header()).findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(within(header()).queryByText('Demo Engagement')).not.toBeInTheDocument();
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent('You have been signed out because you had not done anything for 30 minutes.');
    expect(within(notice).getByRole('link', { name: 'Sign in again' })).toHaveAttribute(
      'href',
      '/sign-in?returnTo=%2Forganisations&reason=session-ended',
    );

    // Once the person moves on, the notice has said what it had to.
    await user.click(within(screen.getByRole('navigation', { name: 'Menu' })).getByRole('link', { name: 'Portfolio' }));
    await screen.findByRole('heading', { level: 1, name: 'Portfolio' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('does not blame a later sign-out on the page on the idle timeout, once the person has signed in again', async () => {
    await startTestApi({ accounts: true });
    await signInAs('engagement@demo.test');
    const { user, router } = renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Portfolio' });
    await testApiDatabase().deleteFrom('sessions').execute();
    act(() => useServerContact.setState({ lastContactMs: Date.now() - 31 * 60_000 }));
    await within(header()).findByRole('link', { name: 'Sign in' });

    await user.click(within(screen.getByRole('alert')).getByRole('link', { name: 'Sign in again' }));
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), 'engagement@demo.test');
    await user.type(screen.getByLabelText('Password'), DEMO_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await within(header()).findByText('Demo Engagement');
    expect(router.state.location.pathname).toBe('/');
    await user.click(within(header()).getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByText('You have signed out.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('signs out, ending the session on the server, and says so', async () => {
    await startTestApi({ accounts: true });
    await signInAs('manager@demo.test');
    const { user, router } = renderRoute('/users');
    await screen.findByRole('heading', { level: 1, name: 'Users' });

    await user.click(within(header()).getByRole('button', { name: 'Sign out' }));

    const notice = await screen.findByText('You have signed out.');
    expect(notice).toHaveAttribute('role', 'status');
    // The button that had focus is gone; focus goes to the notice, not back to the top of the page.
    expect(notice).toHaveFocus();
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeInTheDocument();
    expect(await within(header()).findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(within(header()).queryByText('Demo Manager')).not.toBeInTheDocument();
    expect(within(header()).queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
    // The server has ended the session, not just the page forgotten it.
    expect(await testApiDatabase().selectFrom('sessions').select('userId').execute()).toEqual([]);
  });

  it('says so when signing out fails, rather than pretending it worked', async () => {
    await startTestApi({ accounts: true });
    await signInAs('manager@demo.test');
    const { user } = renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Portfolio' });
    server.use(serverError('*/api/session'));

    await user.click(within(header()).getByRole('button', { name: 'Sign out' }));

    expect(await within(header()).findByRole('alert')).toHaveTextContent('Signing out failed. Try again.');
    expect(within(header()).getByText('Demo Manager')).toBeInTheDocument();
  });
});

describe('the service navigation', () => {
  function menu() {
    return screen.getByRole('navigation', { name: 'Menu' });
  }

  it('offers the overview and the timeline right after the portfolio', async () => {
    renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Portfolio' });

    const links = within(within(menu()).getByRole('list')).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Portfolio', 'Overview', 'Timeline', 'Organisations', 'Sprint Notes']);
    expect(within(menu()).getByRole('link', { name: 'Overview' })).toHaveAttribute('href', '/overview');
    expect(within(menu()).getByRole('link', { name: 'Timeline' })).toHaveAttribute('href', '/timeline');
  });

  it('folds behind a Menu button on a phone, which says whether the list is open', async () => {
    const { user } = renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Portfolio' });
    const toggle = within(menu()).getByRole('button', { name: 'Menu' });
    const list = within(menu()).getByRole('list');

    // Below the tablet breakpoint the stylesheet hides the list while it has this class; from it, it hides the button instead.
    expect(toggle).toHaveAttribute('aria-controls', list.id);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(list).toHaveClass('app-folded');

    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(list).not.toHaveClass('app-folded');
    expect(toggle).toHaveFocus();

    await user.keyboard('{Enter}');

    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(list).toHaveClass('app-folded');
    expect(toggle).toHaveFocus();
  });

  it('folds away again once a link in it is followed, with focus on the new page', async () => {
    const { user } = renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Portfolio' });
    const toggle = within(menu()).getByRole('button', { name: 'Menu' });
    await user.click(toggle);

    await user.click(within(menu()).getByRole('link', { name: 'Organisations' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Organisations' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(menu()).getByRole('list')).toHaveClass('app-folded');
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('stays open after a link to the page already shown, so focus is not lost in a folded list', async () => {
    const { user } = renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Portfolio' });
    const toggle = within(menu()).getByRole('button', { name: 'Menu' });
    await user.click(toggle);
    const portfolio = within(menu()).getByRole('link', { name: 'Portfolio' });

    await user.click(portfolio);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(portfolio).toHaveFocus();
  });
});

describe('going back', () => {
  it('puts the portfolio back as it was scrolled, with focus on the project that was opened, not the heading', async () => {
    const scrollTo = vi.spyOn(window, 'scrollTo');
    const { user, router } = renderRoute('/');
    const list = await screen.findByRole('list', { name: 'Projects' });
    // As if the person had scrolled down the list to the project.
    const scrollY = vi.spyOn(window, 'scrollY', 'get').mockReturnValue(1800);
    await user.click(within(within(list).getByRole('article', { name: 'Revs and Bens' })).getByRole('link', { name: 'Revs and Bens' }));
    await screen.findByRole('heading', { level: 1, name: 'Revs and Bens' });
    scrollY.mockReturnValue(0);
    scrollTo.mockClear();
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');

    await act(() => router.navigate(-1));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Portfolio' });
    expect(scrollTo).toHaveBeenLastCalledWith(0, 1800);
    const card = screen.getByRole('article', { name: 'Revs and Bens' });
    await waitFor(() => expect(within(card).getByRole('link', { name: 'Revs and Bens' })).toHaveFocus());
    expect(heading).not.toHaveFocus();
    // Focus moved without scrolling, which would undo what was restored.
    expect(focus.mock.calls).toEqual([[{ preventScroll: true }]]);
  });

  it('still takes focus to the heading of a page opened anew', async () => {
    const { user, router } = renderRoute('/');
    const list = await screen.findByRole('list', { name: 'Projects' });
    await user.click(within(within(list).getByRole('article', { name: 'Revs and Bens' })).getByRole('link', { name: 'Revs and Bens' }));
    await screen.findByRole('heading', { level: 1, name: 'Revs and Bens' });
    await act(() => router.navigate(-1));
    await screen.findByRole('heading', { level: 1, name: 'Portfolio' });

    // Forward is a return too: the project comes back as it was left, with nothing on it to focus.
    await act(() => router.navigate(1));
    const project = await screen.findByRole('heading', { level: 1, name: 'Revs and Bens' });
    expect(project).not.toHaveFocus();

    await user.click(within(screen.getByRole('navigation', { name: 'Menu' })).getByRole('link', { name: 'Portfolio' }));
    const portfolio = await screen.findByRole('heading', { level: 1, name: 'Portfolio' });
    await waitFor(() => expect(portfolio).toHaveFocus());
  });
});

describe('while a page loads', () => {
  it('shows the header and says what is loading before the first page is ready', async () => {
    const slow = slowReply();
    server.use(slow.handler);
    renderRoute('/organisations/rugby-borough-council');

    await slow.holding;
    expect(screen.getByRole('banner')).toHaveTextContent('Local Digital');
    expect(within(screen.getByRole('region', { name: 'Service information' })).getByRole('link', { name: 'Local Digital Portfolio' })).toHaveAttribute('href', '/');
    expect(within(screen.getByRole('main')).getByRole('status')).toHaveTextContent('Loading the portfolio…');

    slow.release();

    expect(await screen.findByRole('heading', { level: 1, name: 'Rugby Borough Council' })).toBeInTheDocument();
    expect(screen.queryByText('Loading the portfolio…')).not.toBeInTheDocument();
  });

  it('says the next page is loading, under the header, while the last one stays in view', async () => {
    const { user } = renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Portfolio' });
    const slow = slowReply('*/api/sprint-notes');
    server.use(slow.handler);

    await user.click(within(screen.getByRole('navigation', { name: 'Menu' })).getByRole('link', { name: 'Sprint Notes' }));

    await slow.holding;
    const progress = await screen.findByText('Loading…');
    expect(progress.parentElement).toHaveAttribute('role', 'status');
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeInTheDocument();

    slow.release();

    expect(await screen.findByRole('heading', { level: 1, name: 'Sprint Notes' })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'false');
  });
});
