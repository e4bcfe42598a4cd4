import { screen, waitFor, within } from '@testing-library/react';
import { networkError, serverError, slowReply } from '../../../mocks/faults';
import { server, startTestApi } from '../../../mocks/node';
import { MEDIUM_PORTFOLIO } from '../../../test/generate-portfolio';
import { renderRoute } from '../../../test/render-route';

/** The project cards in the list, named by their headings. */
function projectNames(list: HTMLElement): string[] {
  return within(list)
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent);
}

/** The live count above the list; the page's only status message inside main. */
function resultCount(): HTMLElement {
  return within(screen.getByRole('main')).getByRole('status');
}

describe('the portfolio page', () => {
  it('shows every project in the portfolio as a card linking to its page', async () => {
    renderRoute('/');

    const list = await screen.findByRole('list', { name: 'Projects' });
    const cards = within(list).getAllByRole('article');
    const headings = within(list).getAllByRole('heading', { level: 2 });
    expect(cards).toHaveLength(15);
    expect(headings).toHaveLength(15);
    cards.forEach((card, index) => {
      // Each card is named by its heading, and the heading is the way into the project.
      const heading = headings[index]!;
      expect(card).toContainElement(heading);
      expect(card).toHaveAccessibleName(heading.textContent);
      expect(within(heading).getByRole('link')).toHaveAttribute('href', expect.stringMatching(/^\/projects\/[a-z0-9-]+$/));
    });
    expect(within(list).getByRole('article', { name: 'Revs and Bens' })).toBeInTheDocument();
    expect(resultCount()).toHaveTextContent('15 projects in the portfolio');
    expect(screen.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeInTheDocument();
    // The title follows the page in an effect, after the content is on screen.
    await waitFor(() => expect(document.title).toBe('Portfolio – Local Digital Portfolio'));
  });

  it('filters by current phase, keeping the filter in the URL', async () => {
    const { user, router } = renderRoute('/');
    await screen.findByRole('list', { name: 'Projects' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Current phase' }), 'Beta');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    expect(await screen.findByText('3 projects match your filters')).toBe(resultCount());
    // Empty filters stay out of the URL, so a shared link says only what was chosen.
    expect(router.state.location.search).toBe('?phase=beta');
    expect(router.state.location.pathname).toBe('/');
    const list = screen.getByRole('list', { name: 'Projects' });
    expect(projectNames(list)).toEqual(['Family Context', 'Open Referral UK', 'SEND top-up']);
    for (const card of within(list).getAllByRole('article')) {
      expect(within(card).getByText(/beta/i, { selector: '.govuk-tag' })).toBeInTheDocument();
    }
    // The form shows the filter that is applied, so a person can see and change it.
    expect(screen.getByRole('combobox', { name: 'Current phase' })).toHaveValue('beta');
    await waitFor(() => expect(document.title).toBe('Portfolio (3 projects) – Local Digital Portfolio'));
  });

  it('explains an empty result and offers a way back to every project', async () => {
    const { user, router } = renderRoute('/');
    await screen.findByRole('list', { name: 'Projects' });

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'parking');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    expect(await screen.findByRole('heading', { name: 'No projects match your filters' })).toBeInTheDocument();
    expect(resultCount()).toHaveTextContent('0 projects match your filters');
    expect(screen.queryByRole('list', { name: 'Projects' })).not.toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('parking');

    await user.click(screen.getByRole('link', { name: 'Clear filters and see all projects' }));

    expect(await screen.findByText('15 projects in the portfolio')).toBe(resultCount());
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  });

  it('offers to clear filters once any is applied', async () => {
    const { user } = renderRoute('/?status=completed');

    expect(await screen.findByText('1 project matches your filters')).toBe(resultCount());
    await user.click(screen.getByRole('link', { name: 'Clear filters' }));

    expect(await screen.findByText('15 projects in the portfolio')).toBe(resultCount());
    expect(screen.queryByRole('link', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it('names a filter from the link it does not recognise, and still lists the projects', async () => {
    renderRoute('/?phase=banana&organisation=no-such-council&status=Completed');

    const banner = await screen.findByRole('region', { name: 'Important' });
    expect(within(banner).getByText('Some filters in this link were not recognised')).toBeInTheDocument();
    expect(within(banner).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '‘banana’ is not a phase we know, so projects are shown whatever their phase.',
      '‘no-such-council’ is not an organisation we know, so projects are shown whatever their organisation.',
    ]);
    // "Completed" in capitals is still the completed status: only Community Grants Service.
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(resultCount()).toHaveTextContent('1 project matches your filters');
  });

  it('says the portfolio is loading while the API is slow to answer', async () => {
    const slow = slowReply();
    server.use(slow.handler);
    renderRoute('/');

    // The API has the request and has not answered: what shows now is what a slow reply looks like.
    await slow.holding;
    expect(screen.getByText('Loading the portfolio…')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();

    slow.release();

    expect(await screen.findByRole('heading', { level: 1, name: 'Portfolio' })).toBeInTheDocument();
    expect(screen.queryByText('Loading the portfolio…')).not.toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(15);
  });

  it('apologises for a fault on our side when the API fails', async () => {
    server.use(serverError());
    renderRoute('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sorry, there is a problem' })).toBeInTheDocument();
    expect(screen.getByText('The portfolio could not load this page. This is a fault on our side.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'portfolio' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('asks the person to check their connection when the API cannot be reached', async () => {
    server.use(networkError());
    renderRoute('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sorry, there is a problem' })).toBeInTheDocument();
    expect(screen.getByText('We could not reach the portfolio. Check your internet connection.')).toBeInTheDocument();
  });
});

describe('a portfolio longer than one page', () => {
  beforeEach(async () => {
    await startTestApi({ generated: MEDIUM_PORTFOLIO });
  });

  // jsdom joins "Next" and its visually hidden " page" without the space a browser keeps.
  const NEXT = /^Next ?page$/;
  const PREVIOUS = /^Previous ?page$/;

  /** The page links, which load with the first list long enough to need them. */
  function pagination(): Promise<HTMLElement> {
    return screen.findByRole('navigation', { name: 'Pages of projects' });
  }

  it('shows the first 50 projects, says which they are, and lists the pages', async () => {
    renderRoute('/');

    const list = await screen.findByRole('list', { name: 'Projects' });
    expect(within(list).getAllByRole('article')).toHaveLength(50);
    expect(resultCount()).toHaveTextContent('Showing 1 to 50 of 300 projects');
    const pages = within(await pagination());
    expect(pages.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
    expect(pages.getByRole('link', { name: 'Page 2' })).toHaveAttribute('href', '/?page=2');
    expect(pages.queryByRole('link', { name: 'Page 3' })).not.toBeInTheDocument();
    expect(pages.getByRole('link', { name: 'Page 6' })).toHaveAttribute('href', '/?page=6');
    expect(pages.queryByRole('link', { name: PREVIOUS })).not.toBeInTheDocument();
    expect(pages.getByRole('link', { name: NEXT })).toHaveAttribute('href', '/?page=2');
  });

  it('moves to the next page, keeping it in the URL, and takes focus to the new list', async () => {
    const { user, router } = renderRoute('/');
    const firstPage = projectNames(await screen.findByRole('list', { name: 'Projects' }));

    await user.click(within(await pagination()).getByRole('link', { name: NEXT }));

    expect(await screen.findByText('Showing 51 to 100 of 300 projects')).toBe(resultCount());
    expect(router.state.location.search).toBe('?page=2');
    expect(resultCount()).toHaveFocus();
    const secondPage = projectNames(screen.getByRole('list', { name: 'Projects' }));
    expect(secondPage).toHaveLength(50);
    expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([]);
    expect(within(await pagination()).getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    expect(within(await pagination()).getByRole('link', { name: PREVIOUS })).toHaveAttribute('href', '/');
  });

  it('keeps the filters when paging, and goes back to the first page when a filter changes', async () => {
    const { user, router } = renderRoute('/?status=active&page=2');
    await screen.findByRole('list', { name: 'Projects' });
    expect(resultCount()).toHaveTextContent(/^Showing 51 to 100 of \d+ projects that match your filters$/);
    expect(within(await pagination()).getByRole('link', { name: 'Page 1' })).toHaveAttribute('href', '/?status=active');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Current phase' }), 'Alpha');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(router.state.location.search).toBe('?phase=alpha&status=active'));
    expect(await screen.findByText(/^Showing 1 to \d+ of \d+ projects that match your filters$|match your filters$/)).toBe(resultCount());
  });

  it('offers the last page when a link asks for a page past the end', async () => {
    renderRoute('/?page=99');

    expect(await screen.findByRole('heading', { level: 2, name: 'There is no page 99' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the last page' })).toHaveAttribute('href', '/?page=6');
    expect(resultCount()).toHaveTextContent('300 projects in the portfolio');
  });
});
