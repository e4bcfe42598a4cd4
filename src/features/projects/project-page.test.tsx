import { screen, waitFor, within } from '@testing-library/react';
import { editedMeanwhile, networkError } from '../../../mocks/faults';
import { server, signInAs, startTestApi, testApiDatabase } from '../../../mocks/node';
import { BUSY_PROJECT_SLUG, MEDIUM_PORTFOLIO } from '../../../test/generate-portfolio';
import { renderRoute } from '../../../test/render-route';

/** Publishes an update straight into the database, as if written and approved, bypassing the API's checks. */
async function publishUpdate(projectSlug: string, update: { headline: string; bodyMarkdown: string; publishedOn: string }) {
  const db = testApiDatabase();
  const project = await db.selectFrom('projects').select('id').where('slug', '=', projectSlug).executeTakeFirstOrThrow();
  await db
    .insertInto('updates')
    .values({ projectId: project.id, status: 'approved', ...update })
    .execute();
}

/** The values of a row's cells, after its header cell. */
function cellTexts(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

describe('a project page', () => {
  it('names the project and shows how far its current phase has gone', async () => {
    renderRoute('/projects/revs-and-bens');

    expect(await screen.findByRole('heading', { level: 1, name: 'Revs and Bens' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Revs and Bens – Local Digital Portfolio'));
    const phases = screen.getByRole('region', { name: 'Phases' });
    const stepper = within(phases).getByRole('list', { name: 'Phase history' });
    expect(within(stepper).getByRole('listitem')).toHaveAttribute('aria-current', 'step');
    // The status sits beside the heading, not in it, so a list of headings reads as a list of phases.
    const alpha = within(phases).getByRole('heading', { level: 3, name: 'Alpha' });
    expect(within(alpha.closest('li')!).getByText('In progress')).toBeInTheDocument();
    expect(within(phases).getByText('Week 7 of 12, as reported on 11 May 2022')).toBeInTheDocument();
    expect(within(phases).getByText('12 weeks')).toBeInTheDocument();
  });

  it('counts the weeks of a phase from its start day', async () => {
    renderRoute('/projects/digital-inclusion-toolkit');

    // Started 7 April 2022; on TEST_TODAY (11 May 2022) that is the fifth week, with no planned length.
    const phases = await screen.findByRole('region', { name: 'Phases' });
    const phase = within(phases).getByRole('heading', { level: 3, name: 'Continuous funding phase' });
    expect(within(phase.closest('li')!).getByText('In progress')).toBeInTheDocument();
    expect(within(phases).getByText('Week 5')).toBeInTheDocument();
    expect(within(phases).getByText('7 April 2022')).toBeInTheDocument();
  });

  it('lists a council that took part in several phases once, naming the phases', async () => {
    renderRoute('/projects/open-referral-uk');

    const table = await screen.findByRole('table', { name: 'Organisations in this project and their roles' });
    const rows = within(table).getAllByRole('rowheader').filter((header) => header.textContent.startsWith('Adur & Worthing'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.closest('tr')).toHaveTextContent('In discovery, alpha, beta');
  });

  it('lists partners with the dates they joined and left', async () => {
    renderRoute('/projects/digital-inclusion-toolkit');

    await screen.findByRole('heading', { level: 1, name: 'Digital Inclusion Toolkit' });
    const partners = within(screen.getByRole('region', { name: 'Partners' })).getByRole('table', {
      name: 'Organisations in this project and their roles',
    });
    expect(within(partners).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Organisation',
      'Role',
      'Joined',
      'Left',
    ]);
    const croydon = within(partners).getByRole('row', { name: /^Croydon Council/ });
    expect(cellTexts(croydon)).toEqual(['Partner', '', '7 April 2022']);
    expect(within(croydon).getByRole('link', { name: 'Croydon Council' })).toHaveAttribute('href', '/organisations/croydon-council');
    const birmingham = within(partners).getByRole('row', { name: /^Birmingham City Council/ });
    expect(cellTexts(birmingham)).toEqual(['Partner', '7 April 2022', '']);
    const leeds = within(partners).getByRole('row', { name: /^Leeds City Council/ });
    expect(cellTexts(leeds)).toEqual(['Lead', '', '']);
  });

  it('shows its show and tells, with their Markdown rendered', async () => {
    renderRoute('/projects/digital-waste-service');

    await screen.findByRole('heading', { level: 1, name: 'Digital Waste Service' });
    const showAndTells = screen.getByRole('region', { name: 'Show and tells' });
    expect(within(showAndTells).getByRole('heading', { level: 3, name: 'Sprint 7 show and tell' })).toBeInTheDocument();
    expect(within(showAndTells).getByText('10 May 2022, sprint 7')).toBeInTheDocument();
    const presented = within(showAndTells).getByText('The project team presented:');
    const points = presented.nextElementSibling;
    expect(points?.tagName).toBe('UL');
    expect(within(points as HTMLElement).getAllByRole('listitem')).toHaveLength(3);
    expect(within(points as HTMLElement).getByText('a demonstration of the bin collection day widget')).toBeInTheDocument();
  });

  it('says so when a project has no show and tells yet', async () => {
    renderRoute('/projects/revs-and-bens');

    const showAndTells = await screen.findByRole('region', { name: 'Show and tells' });
    expect(within(showAndTells).getByText('No show and tells recorded yet.')).toBeInTheDocument();
  });

  it('lists updates newest first, rendering their Markdown', async () => {
    await publishUpdate('revs-and-bens', {
      headline: 'Alpha kicks off',
      bodyMarkdown: 'The team:\n\n- met the councils\n- agreed the workstreams',
      publishedOn: '2022-03-23',
    });
    await publishUpdate('revs-and-bens', {
      headline: 'Alpha ends',
      bodyMarkdown: 'The alpha has **finished**.',
      publishedOn: '2022-06',
    });
    renderRoute('/projects/revs-and-bens');

    const updates = within(await screen.findByRole('region', { name: 'Updates' })).getByRole('list', {
      name: 'Updates, newest first',
    });
    const articles = within(updates).getAllByRole('article');
    expect(articles.map((article) => within(article).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Alpha ends',
      'Alpha reaches week 7 of 12 across three workstreams',
      'Alpha kicks off',
    ]);
    expect(articles[0]).toHaveAccessibleName('Alpha ends');
    expect(within(articles[0]!).getByText('June 2022')).toHaveAttribute('datetime', '2022-06');
    expect(within(articles[0]!).getByText('finished').tagName).toBe('STRONG');

    // The seeded update's three workstreams are Markdown lists; each becomes a real list.
    const seeded = articles[1]!;
    expect(within(seeded).getByText('11 May 2022')).toHaveAttribute('datetime', '2022-05-11');
    const lists = within(seeded).getAllByRole('list');
    expect(lists).toHaveLength(3);
    expect(lists.map((list) => within(list).getAllByRole('listitem').length)).toEqual([2, 3, 2]);
  });

  it('does not turn a javascript: link in an update into a link', async () => {
    await publishUpdate('revs-and-bens', {
      headline: 'A suspicious update',
      bodyMarkdown: 'Read [the report](javascript:alert(document.cookie)) or [the blog](https://example.org/blog).',
      publishedOn: '2022-06-01',
    });
    renderRoute('/projects/revs-and-bens');

    const update = await screen.findByRole('article', { name: 'A suspicious update' });
    const paragraph = within(update).getByText((_, element) => element?.tagName === 'P' && element.textContent.startsWith('Read'));
    expect(paragraph).toHaveTextContent('Read the report or the blog.');
    // Not even an empty anchor: `<a href="">` is still a link, to this page, and looks like one.
    const anchors = [...paragraph.querySelectorAll('a')];
    expect(anchors.map((anchor) => anchor.textContent)).toEqual(['the blog']);
    // Safe links in the same Markdown still work, so the guard is not simply dropping every link.
    expect(within(paragraph).getByRole('link', { name: 'the blog' })).toHaveAttribute('href', 'https://example.org/blog');
  });

  it('shows the page not found for a project that does not exist', async () => {
    renderRoute('/projects/no-such-project');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Page not found – Local Digital Portfolio'));
    expect(screen.getByRole('link', { name: 'portfolio' })).toHaveAttribute('href', '/');
  });
});

describe('a project’s links', () => {
  beforeEach(async () => {
    await startTestApi({ accounts: true });
  });

  it('can be edited by council staff of the project, and not of another', async () => {
    await signInAs('rugby@demo.test');
    const { unmount } = renderRoute('/projects/digital-waste-service');
    await screen.findByRole('heading', { level: 1, name: 'Digital Waste Service' });
    expect(screen.getByRole('button', { name: 'Edit links' })).toHaveAttribute('aria-expanded', 'false');
    unmount();

    renderRoute('/projects/housing-repairs');
    await screen.findByRole('heading', { level: 1, name: 'Housing Repairs' });
    expect(screen.queryByRole('button', { name: 'Edit links' })).not.toBeInTheDocument();
  });

  it('cannot be edited by someone not signed in', async () => {
    renderRoute('/projects/digital-waste-service');
    await screen.findByRole('heading', { level: 1, name: 'Digital Waste Service' });

    expect(screen.queryByRole('button', { name: 'Edit links' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('are saved and shown on the page', async () => {
    await signInAs('rugby@demo.test');
    const { user } = renderRoute('/projects/digital-waste-service');
    await user.click(await screen.findByRole('button', { name: 'Edit links' }));

    const form = screen.getByRole('form', { name: 'Edit this project’s links' });
    expect(screen.getByRole('button', { name: 'Edit links' })).toHaveAttribute('aria-expanded', 'true');
    await user.type(within(form).getByRole('textbox', { name: 'Website' }), 'https://waste.rugby.gov.uk');
    await user.type(within(form).getByRole('textbox', { name: 'Code repository' }), 'https://github.com/rugby/waste');
    await user.click(within(form).getByRole('button', { name: 'Save links' }));

    expect(await screen.findByText('Links saved.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Edit this project’s links' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit links' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Website' })).toHaveAttribute('href', 'https://waste.rugby.gov.uk');
    expect(screen.getByRole('link', { name: 'Code repository' })).toHaveAttribute('href', 'https://github.com/rugby/waste');
    expect(screen.queryByRole('link', { name: 'Blog' })).not.toBeInTheDocument();
  });

  it('say when someone else saved them meanwhile, show theirs beside the form, keep what was typed, and save it on request', async () => {
    await signInAs('rugby@demo.test');
    const { user } = renderRoute('/projects/digital-waste-service');
    await user.click(await screen.findByRole('button', { name: 'Edit links' }));
    const form = screen.getByRole('form', { name: 'Edit this project’s links' });
    await user.type(within(form).getByRole('textbox', { name: 'Blog' }), 'https://blog.rugby.gov.uk/waste');
    server.use(
      editedMeanwhile('*/api/projects/digital-waste-service/links', async () => {
        await testApiDatabase()
          .updateTable('projects')
          .set((eb) => ({ websiteUrl: 'https://theirs.example.gov.uk/', version: eb('version', '+', 1) }))
          .where('slug', '=', 'digital-waste-service')
          .execute();
      }),
    );

    await user.click(within(form).getByRole('button', { name: 'Save links' }));

    const summary = await within(form).findByRole('alert');
    expect(within(summary).getByText('Someone else changed this while you were editing it. Check their changes, then save yours again.')).toBeInTheDocument();
    const theirs = within(form).getByRole('heading', { name: 'Someone else saved these links while you were editing' }).closest('div');
    expect(theirs).not.toBeNull();
    expect(within(theirs ?? form).getByText('https://theirs.example.gov.uk/')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Blog' })).toHaveValue('https://blog.rugby.gov.uk/waste');
    expect(within(form).getByRole('textbox', { name: 'Website' })).toHaveValue('https://theirs.example.gov.uk/');

    await user.click(within(form).getByRole('button', { name: 'Save links' }));

    expect(await screen.findByText('Links saved.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Blog' })).toHaveAttribute('href', 'https://blog.rugby.gov.uk/waste');
    // Their website stays: that box was never touched, so it shows, and sends back, what they saved.
    expect(screen.getByRole('link', { name: 'Website' })).toHaveAttribute('href', 'https://theirs.example.gov.uk/');
  });

  it('show what the API refused, by the field, keeping what was typed', async () => {
    await signInAs('manager@demo.test');
    const { user } = renderRoute('/projects/housing-repairs');
    await user.click(await screen.findByRole('button', { name: 'Edit links' }));

    const form = screen.getByRole('form', { name: 'Edit this project’s links' });
    await user.type(within(form).getByRole('textbox', { name: 'Blog' }), 'javascript:alert(1)');
    await user.click(within(form).getByRole('button', { name: 'Save links' }));

    const summary = await within(form).findByRole('alert');
    const message = 'Enter a link that starts with https://, http:// or mailto:';
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#links-blog');
    const blog = within(form).getByRole('textbox', { name: 'Blog' });
    expect(blog).toHaveAccessibleDescription(`Where the team writes about its work Error: ${message}`);
    expect(blog).toHaveValue('javascript:alert(1)');
  });
});

describe('a project with hundreds of updates', () => {
  beforeEach(async () => {
    await startTestApi({ generated: MEDIUM_PORTFOLIO });
  });

  it('shows the newest 20, then 20 older ones at a time, moving focus to the first one added', async () => {
    const { user } = renderRoute(`/projects/${BUSY_PROJECT_SLUG}`);

    const updates = await screen.findByRole('list', { name: 'Updates, newest first' });
    expect(within(updates).getAllByRole('article')).toHaveLength(20);
    const total = Number(/of (\d+) updates$/.exec(screen.getByText(/^Showing the newest 20 of \d+ updates$/).textContent)?.[1]);
    expect(total).toBeGreaterThan(200);
    const first = within(updates).getAllByRole('article').map((article) => article.getAttribute('aria-labelledby'));

    await user.click(screen.getByRole('button', { name: 'Show 20 older updates' }));

    expect(await screen.findByText(`Showing the newest 40 of ${String(total)} updates`)).toBeInTheDocument();
    const articles = within(updates).getAllByRole('article');
    expect(articles).toHaveLength(40);
    expect(articles.slice(0, 20).map((article) => article.getAttribute('aria-labelledby'))).toEqual(first);
    const firstAdded = articles[20];
    await waitFor(() => expect(within(firstAdded!).getByRole('heading', { level: 3 })).toHaveFocus());
  });

  it('says so when older updates cannot be loaded, and keeps those already shown', async () => {
    const { user } = renderRoute(`/projects/${BUSY_PROJECT_SLUG}`);
    const updates = await screen.findByRole('list', { name: 'Updates, newest first' });
    server.use(networkError());

    await user.click(screen.getByRole('button', { name: 'Show 20 older updates' }));

    expect(await screen.findByText(/Older updates could not be loaded/)).toBeInTheDocument();
    expect(within(updates).getAllByRole('article')).toHaveLength(20);
    expect(screen.getByRole('button', { name: 'Show 20 older updates' })).toBeEnabled();
  });
});
