import { screen, waitFor, within } from '@testing-library/react';
import { serverError, slowReply } from '../../../mocks/faults';
import { server, signInAs, startTestApi, testApiDatabase } from '../../../mocks/node';
import { refreshProjects } from '../../../server/db/queries/project-derived';
import { phaseIdOf } from '../../../test/editing';
import { renderRoute } from '../../../test/render-route';
import { TEST_TODAY } from '../../../test/test-content';

/** The table of figures under a heading, by its name. */
function table(name: string): HTMLElement {
  return screen.getByRole('table', { name });
}

/** The text an element shows on screen, leaving out what only a screen reader hears. */
function seenText(element: HTMLElement): string {
  const copy = element.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('.govuk-visually-hidden')) hidden.remove();
  return copy.textContent.trim();
}

/** What a row of a table shows, cell by cell, as the eye reads it. */
function rowText(tableName: string, rowName: string): string[] {
  const row = within(table(tableName)).getByRole('row', { name: new RegExp(`^${rowName}\\b`) });
  return within(row).getAllByRole('cell').map(seenText);
}

function expectLink(name: string, href: string): void {
  expect(screen.getByRole('link', { name })).toHaveAttribute('href', href);
}

async function openOverview() {
  const view = renderRoute('/overview');
  await screen.findByRole('heading', { level: 1, name: 'Overview' });
  return view;
}

beforeAll(async () => {
  // The header loads these lazily for someone signed in. Loaded here first, a test that ends as
  // soon as its page shows does not leave them loading, to land in the next test outside act().
  await Promise.all([import('../updates/nav-count'), import('../auth/idle-warning')]);
});

describe('the overview page', () => {
  it('counts the seed by phase and by status, each figure a link to exactly its projects', async () => {
    await openOverview();

    expect(screen.getByText(/^The portfolio as of today,/)).toHaveTextContent('The portfolio as of today, 11 May 2022.');
    expectLink('See all 15 projects', '/');
    expectLink('1 project in discovery', '/?phase=discovery');
    expectLink('3 projects in alpha', '/?phase=alpha');
    expectLink('3 projects in beta', '/?phase=beta');
    expectLink('2 projects in another kind of work', '/?phase=other');
    expectLink('6 projects with no standard phase', '/?phase=unknown');
    // Nothing is live: a 0 that leads nowhere.
    expect(rowText('Projects by phase', 'Live')).toEqual(['0']);
    expect(within(table('Projects by phase')).getAllByRole('link')).toHaveLength(5);

    expectLink('14 active projects', '/?status=active');
    expectLink('1 completed project', '/?status=completed');
    expect(rowText('Projects by status', 'Paused')).toEqual(['0']);
    expect(rowText('Projects by status', 'Stopped')).toEqual(['0']);
    expect(within(table('Projects by status')).getAllByRole('link')).toHaveLength(2);
    await waitFor(() => expect(document.title).toBe('Overview – Local Digital Portfolio'));
  });

  it('explains each flag and counts the active projects it holds', async () => {
    await openOverview();

    const flags = table('Active projects that need attention');
    expect(within(flags).getByRole('rowheader', { name: /^No update for 8 weeks/ })).toHaveTextContent('No approved update for more than 8 weeks.');
    expect(within(flags).getByRole('rowheader', { name: /^Phase past its planned end/ })).toHaveTextContent('A phase in progress has passed its planned end.');
    expect(within(flags).getByRole('rowheader', { name: /^No standard phase/ })).toHaveTextContent('its next phase is only planned, or its phase has no kind');
    // On the day the seed's updates were written nothing is quiet or late yet.
    expect(rowText('Active projects that need attention', 'No update')).toEqual(['0']);
    expect(rowText('Active projects that need attention', 'Phase past')).toEqual(['0']);
    expectLink('6 active projects with no standard phase', '/?flag=phase_unknown');
  });

  it('says no funding amounts are recorded yet, and still counts projects by funding stream', async () => {
    await openOverview();

    expect(screen.getByText('No funding amounts recorded yet.')).toBeInTheDocument();
    expect(screen.queryByText(/£/)).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Funding by kind of phase' })).not.toBeInTheDocument();
    expectLink('2 projects in the Continuous Funding stream', '/?stream=Continuous%20Funding');
    expect(within(table('Projects by funding stream')).queryByRole('columnheader', { name: 'Amount' })).not.toBeInTheDocument();
  });

  it('adds up the funding recorded, by kind of phase and by stream', async () => {
    const db = testApiDatabase();
    await db.updateTable('phases').set({ fundingAmountPounds: 75000 }).where('id', '=', await phaseIdOf(db, 'revs-and-bens', 'alpha')).execute();
    await db.updateTable('phases').set({ fundingAmountPounds: 40000 }).where('id', '=', await phaseIdOf(db, 'savvi', 'other')).execute();
    await openOverview();

    expectLink('2 projects with funding recorded', '/?funded=any');
    expect(screen.getByRole('link', { name: '2 projects with funding recorded' }).closest('p')).toHaveTextContent(
      '£115,000 in all, for 2 projects with funding recorded.',
    );
    expectLink('1 project with funding recorded for alpha', '/?funded=alpha');
    expectLink('1 project with funding recorded for another kind of work', '/?funded=other');
    expect(rowText('Funding by kind of phase', 'Alpha')).toEqual(['1', '£75,000']);
    expect(rowText('Funding by kind of phase', 'Other')).toEqual(['1', '£40,000']);
    expect(rowText('Funding by kind of phase', 'Beta')).toEqual(['0', 'None recorded']);
    expect(rowText('Projects by funding stream', 'Continuous Funding')).toEqual(['2', '£40,000']);
    expect(screen.queryByText('No funding amounts recorded yet.')).not.toBeInTheDocument();
  });

  it('offers the timeline, the CSV download and the calendar, none of them for paper', async () => {
    await openOverview();

    expectLink('See the timeline', '/timeline');
    expect(screen.getByRole('link', { name: 'Download the portfolio as CSV' })).toHaveAttribute('href', '/api/projects/export.csv');
    expectLink('Subscribe in your calendar', '/calendar.ics');
    expect(screen.getByRole('link', { name: 'See the timeline' }).closest('ul')).toHaveClass('app-no-print');
  });

  it('leads from a count to the portfolio showing exactly those projects', async () => {
    const { user, router } = await openOverview();

    await user.click(screen.getByRole('link', { name: '3 projects in beta' }));

    await screen.findByRole('heading', { level: 1, name: 'Portfolio' });
    expect(router.state.location.pathname).toBe('/');
    expect(router.state.location.search).toBe('?phase=beta');
    const list = await screen.findByRole('list', { name: 'Projects' });
    expect(
      within(list)
        .getAllByRole('heading', { level: 2 })
        .map((heading) => heading.textContent),
    ).toEqual(['Family Context', 'Open Referral UK', 'SEND top-up']);
  });

  it('shows a visitor neither delivery confidence nor the review queue', async () => {
    await openOverview();

    expect(screen.queryByRole('heading', { name: 'Delivery confidence' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Updates waiting for review' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /rated|not rated/ })).not.toBeInTheDocument();
  });

  it('shows council staff neither delivery confidence nor the review queue', async () => {
    await startTestApi({ accounts: true });
    await signInAs('rugby@demo.test');
    await openOverview();

    expect(screen.getByRole('heading', { level: 2, name: 'Projects by phase' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Delivery confidence' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Updates waiting for review' })).not.toBeInTheDocument();
  });

  it('gives a manager delivery confidence and the review queue, each linked', async () => {
    await startTestApi({ accounts: true });
    await testApiDatabase()
      .insertInto('updates')
      .values({ projectId: null, headline: 'A new team member', bodyMarkdown: 'Izy joined us.', status: 'submitted', publishedOn: '2022-05-02' })
      .execute();
    await signInAs('manager@demo.test');
    await openOverview();

    expect(screen.getByRole('heading', { level: 2, name: 'Delivery confidence' })).toBeInTheDocument();
    expect(rowText('Projects by delivery confidence', 'Green: on track')).toEqual(['0']);
    expect(rowText('Projects by delivery confidence', 'Amber: some concerns')).toEqual(['0']);
    expect(rowText('Projects by delivery confidence', 'Red: at risk')).toEqual(['0']);
    expectLink('15 projects not rated', '/?confidence=none');

    expect(screen.getByRole('heading', { level: 2, name: 'Updates waiting for review' })).toBeInTheDocument();
    expectLink('1 update waiting for review', '/review');
  });

  it('leads a rated project’s count to it, and says when nothing waits for review', async () => {
    await startTestApi({ accounts: true });
    const db = testApiDatabase();
    const { id } = await db.selectFrom('projects').select('id').where('slug', '=', 'savvi').executeTakeFirstOrThrow();
    const { id: ratedBy } = await db.selectFrom('users').select('id').where('email', '=', 'manager@demo.test').executeTakeFirstOrThrow();
    await db
      .insertInto('deliveryRatings')
      .values({ projectId: id, rating: 'amber', reason: 'Waiting on a supplier', ratedOn: '2022-05-10', ratedBy, ratedByName: 'Demo Manager', createdAt: '2022-05-10T09:00:00Z' })
      .execute();
    // The current rating is kept on the project, as a rating made through the API keeps it.
    await refreshProjects(db, [id], TEST_TODAY);
    await signInAs('manager@demo.test');
    await openOverview();

    expectLink('1 project rated amber', '/?confidence=amber');
    expectLink('14 projects not rated', '/?confidence=none');
    expect(screen.getByText('No updates are waiting for review.')).toBeInTheDocument();
  });

  it('says the portfolio is empty rather than showing a page of noughts', async () => {
    await testApiDatabase().deleteFrom('projects').execute();
    await openOverview();

    expect(screen.getByText('There are no projects in the portfolio yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(within(screen.getByRole('main')).queryByRole('heading', { level: 2 })).not.toBeInTheDocument();
  });

  it('says the page is loading while the API is slow to answer', async () => {
    const slow = slowReply('*/api/overview');
    server.use(slow.handler);
    renderRoute('/overview');

    await slow.holding;
    expect(screen.getByText('Loading the portfolio…')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();

    slow.release();

    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(screen.queryByText('Loading the portfolio…')).not.toBeInTheDocument();
  });

  it('apologises for a fault on our side when the figures cannot be counted', async () => {
    server.use(serverError('*/api/overview'));
    renderRoute('/overview');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sorry, there is a problem' })).toBeInTheDocument();
    expect(screen.getByText('The portfolio could not load this page. This is a fault on our side.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: 'Overview' })).not.toBeInTheDocument();
  });
});
