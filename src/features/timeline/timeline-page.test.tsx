import { screen, waitFor, within } from '@testing-library/react';
import { server, startTestApi } from '../../../mocks/node';
import { serverError } from '../../../mocks/faults';
import { renderRoute } from '../../../test/render-route';

/** After Digital Waste Service's sprints 8 and 9 were planned to end (7 June 2022), with nothing reported since 11 May. */
const AFTER_THE_SPRINTS = '2022-06-21';

async function showTimelineOn(day: string, url = '/timeline') {
  await startTestApi({ today: day });
  vi.setSystemTime(new Date(`${day}T12:00:00Z`));
  const view = renderRoute(url);
  await screen.findByRole('heading', { level: 1, name: 'Timeline' });
  return view;
}

const chart = () => screen.getByRole('region', { name: 'Timeline chart' });
const table = () => screen.getByRole('table', { name: 'Timeline as a table' });

/** A table's rows below its header, each as its cells' text in order, the row's header among them. */
function rowsOf(element: HTMLElement): string[][] {
  return within(element)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [...within(row).queryAllByRole('rowheader'), ...within(row).queryAllByRole('cell')]
        .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
        .map((cell) => cell.textContent),
    );
}

const tableRows = () => rowsOf(table());

describe('the timeline', () => {
  it('shows Revs and Bens at week 7 of 12 as reported, with dates not known, in the chart and the table', async () => {
    renderRoute('/timeline');

    expect(await screen.findByRole('heading', { level: 1, name: 'Timeline' })).toBeInTheDocument();
    expect(screen.getByText('15 projects in the portfolio')).toBeInTheDocument();
    const revsAndBens = within(chart()).getByRole('list', { name: 'Revs and Bens' });
    expect(revsAndBens).toHaveTextContent('Alpha. In progress. Week 7 of 12, as reported on 11 May 2022. Dates not known; planned for 12 weeks.');
    // Nothing says when it started, so it is not drawn as a bar.
    expect(within(revsAndBens).queryByRole('link')).not.toBeInTheDocument();
    expect(tableRows()).toContainEqual(['Revs and Bens', 'Alpha', 'Dates not known; planned for 12 weeks', 'In progress. Week 7 of 12, as reported on 11 May 2022.']);
  });

  it('draws Digital Waste Service’s sprints 8 and 9 running to 7 June 2022, and past it in words once that day has gone', async () => {
    await showTimelineOn(AFTER_THE_SPRINTS);

    const sprints = within(chart()).getByRole('link', {
      name: 'Digital Waste Service. Sprints 8 and 9, funded from underspend. In progress. Week 1 of 4, as of 11 May 2022. 2 weeks past its planned end of 7 June 2022. Started 11 May 2022; planned to end 7 June 2022.',
    });
    expect(sprints).toHaveAttribute('href', '/projects/digital-waste-service');
    // The overrun is written on the chart, not only drawn.
    expect(within(sprints).getByText(/2 weeks past its planned end of 7 June 2022/)).toBeVisible();
    expect(within(chart()).getByText('Today, 21 June 2022')).toBeInTheDocument();
    expect(tableRows()).toContainEqual([
      'Digital Waste Service',
      'Sprints 8 and 9, funded from underspend',
      'Started 11 May 2022; planned to end 7 June 2022',
      'In progress. Week 1 of 4, as of 11 May 2022. 2 weeks past its planned end of 7 June 2022.',
    ]);
    expect(tableRows()).toContainEqual(['Digital Waste Service', 'Sprints up to Sprint 7', 'Dates not known', 'Status not reported.']);
    expect(tableRows()).toContainEqual(['Digital Waste Service', 'Show and tell: Sprint 7 show and tell', '10 May 2022', 'Took place.']);
  });

  it('says nothing of an overrun while the sprints are still within their plan', async () => {
    await showTimelineOn('2022-05-11');

    expect(tableRows()).toContainEqual([
      'Digital Waste Service',
      'Sprints 8 and 9, funded from underspend',
      'Started 11 May 2022; planned to end 7 June 2022',
      'In progress. Week 1 of 4.',
    ]);
    expect(within(chart()).queryByText(/past its planned end/)).not.toBeInTheDocument();
  });

  it('holds the same facts in its table as in its chart', async () => {
    await showTimelineOn(AFTER_THE_SPRINTS);

    const sentences = tableRows()
      // A project with nothing recorded says only that, in both.
      .filter(([, , when]) => when !== '')
      .map(([project, name, when, progress]) => `${project ?? ''}. ${name ?? ''}. ${progress ?? ''} ${when ?? ''}.`);
    expect(sentences.length).toBeGreaterThan(20);
    const chartText = chart().textContent.replace(/\s+/g, ' ');
    for (const sentence of sentences) expect(chartText).toContain(sentence);
    // And every bar the chart draws is a row of the table, word for word (the other links are the projects' names).
    const bars = within(chart())
      .getAllByRole('link')
      .map((link) => link.textContent)
      .filter((name) => name.includes('. '));
    expect(bars.length).toBeGreaterThan(3);
    for (const bar of bars) expect(sentences).toContain(bar);
    // Two projects have nothing with a date: one has no phases, the other only a show and tell not yet dated.
    expect(within(chart()).getAllByText('No phases, show and tells, talks or events recorded yet.')).toHaveLength(2);
    expect(tableRows().filter(([, name]) => name === 'No phases, show and tells, talks or events recorded yet.').map(([project]) => project)).toEqual([
      'Children’s Social Care Demand Modelling',
      'Task Management for Neighbourhood Planning Services',
    ]);
  });

  it('lets a keyboard user reach a bar from the chart and follow it to its project', async () => {
    const { user } = await showTimelineOn(AFTER_THE_SPRINTS);

    chart().focus();
    const name = /^Digital Waste Service\. Sprints 8 and 9/;
    for (let step = 0; step < 12 && !name.test(document.activeElement?.textContent ?? ''); step += 1) await user.tab();
    expect(document.activeElement).toHaveAccessibleName(name);
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Digital Waste Service' })).toBeInTheDocument();
  });

  it('marks partial dates as such, in words', async () => {
    await showTimelineOn(AFTER_THE_SPRINTS);

    expect(tableRows()).toContainEqual(['Family Context', 'Beta', 'Started in May 2022 (day not recorded); planned end not recorded', 'In progress.']);
    expect(tableRows()).toContainEqual(['Future Work Design', 'Event: Focus group sessions', 'In May 2022 (day not recorded)', 'Took place.']);
  });
});

describe('the timeline narrowed by the portfolio’s filters', () => {
  it('shows the projects that match, with a way back to all of them', async () => {
    const { user } = await showTimelineOn('2022-05-11', '/timeline?organisation=rugby-borough-council');

    expect(screen.getByText('1 project matches your filters')).toBeInTheDocument();
    expect(within(chart()).getByRole('list', { name: 'Digital Waste Service' })).toBeInTheDocument();
    expect(within(chart()).getAllByRole('link', { name: /^[^.]+$/ }).map((link) => link.textContent)).toEqual(['Digital Waste Service']);
    await user.click(screen.getByRole('link', { name: 'Clear filters' }));

    expect(await screen.findByText('15 projects in the portfolio')).toBeInTheDocument();
  });

  it('says when nothing matches', async () => {
    await showTimelineOn('2022-05-11', '/timeline?q=no+such+project');

    expect(screen.getByRole('heading', { level: 2, name: 'No projects match your filters' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Timeline chart' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Clear filters and see every project’s timeline' })).toHaveAttribute('href', '/timeline');
  });

  it('says when a page is past the end, and links to the last', async () => {
    await showTimelineOn('2022-05-11', '/timeline?page=3');

    expect(screen.getByRole('heading', { level: 2, name: 'There is no page 3' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the last page' })).toHaveAttribute('href', '/timeline');
  });

  it('shows the problem page when the timeline cannot be loaded', async () => {
    server.use(serverError('*/api/timeline'));
    renderRoute('/timeline');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sorry, there is a problem' })).toBeInTheDocument();
  });
});

describe('a project’s own timeline', () => {
  it('draws the project’s phases and points, without links back to the page it is on, and lists them as a table', async () => {
    await startTestApi({ today: AFTER_THE_SPRINTS });
    vi.setSystemTime(new Date(`${AFTER_THE_SPRINTS}T12:00:00Z`));
    renderRoute('/projects/digital-waste-service');

    const section = await screen.findByRole('region', { name: 'Timeline' });
    const projectChart = within(section).getByRole('region', { name: 'Timeline of Digital Waste Service' });
    expect(projectChart).toHaveTextContent('Sprints 8 and 9, funded from underspend. In progress. Week 1 of 4, as of 11 May 2022. 2 weeks past its planned end of 7 June 2022.');
    expect(within(projectChart).queryByRole('link')).not.toBeInTheDocument();
    const projectTable = within(section).getByRole('table', { name: 'Timeline of Digital Waste Service as a table' });
    expect(rowsOf(projectTable)).toEqual([
      ['Sprints up to Sprint 7', 'Dates not known', 'Status not reported.'],
      ['Sprints 8 and 9, funded from underspend', 'Started 11 May 2022; planned to end 7 June 2022', 'In progress. Week 1 of 4, as of 11 May 2022. 2 weeks past its planned end of 7 June 2022.'],
      ['Show and tell: Sprint 7 show and tell', '10 May 2022', 'Took place.'],
    ]);
  });

  it('says when nothing on it has a date, and still lists what is known', async () => {
    renderRoute('/projects/revs-and-bens');

    const section = await screen.findByRole('region', { name: 'Timeline' });
    expect(within(section).getByText(/Nothing on this project’s timeline has a date yet/)).toBeInTheDocument();
    expect(within(section).queryByRole('region', { name: 'Timeline of Revs and Bens' })).not.toBeInTheDocument();
    await waitFor(() =>
      expect(within(within(section).getByRole('table')).getByRole('row', { name: /Alpha/ })).toHaveTextContent('In progress. Week 7 of 12, as reported on 11 May 2022.'),
    );
  });
});
