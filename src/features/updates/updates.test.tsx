import { screen, within } from '@testing-library/react';
import { editedMeanwhile, networkError } from '../../../mocks/faults';
import { server, signInAs, startTestApi, testApiDatabase } from '../../../mocks/node';
import { renderRoute } from '../../../test/render-route';
import { UNSAVED_UPDATES_STORAGE, useUnsavedUpdates } from './unsaved-updates';

const NEW_UPDATE = '/projects/digital-waste-service/updates/new';

async function addUpdate(status: 'draft' | 'submitted', headline = 'Bulky waste booking tested') {
  const db = testApiDatabase();
  const project = await db.selectFrom('projects').select('id').where('slug', '=', 'digital-waste-service').executeTakeFirstOrThrow();
  const { id } = await db
    .insertInto('updates')
    .values({ projectId: project.id, headline, bodyMarkdown: 'We tested it with 8 residents.', status, publishedOn: '2022-05-10' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The value beside a key in the update page's summary list. */
function summaryValue(key: string): string | null {
  return screen.getByText(key, { selector: 'dt' }).nextElementSibling?.textContent ?? null;
}

/** The three boxes of a date input, as the person sees them. */
function dateBoxes(legend: string) {
  const date = screen.getByRole('group', { name: legend });
  return {
    date,
    day: within(date).getByRole('textbox', { name: 'Day' }),
    month: within(date).getByRole('textbox', { name: 'Month' }),
    year: within(date).getByRole('textbox', { name: 'Year' }),
  };
}

beforeEach(async () => {
  localStorage.clear();
  useUnsavedUpdates.setState({ texts: {} });
  await startTestApi({ accounts: true });
});

describe('writing an update', () => {
  it('previews the Markdown as it is typed, then saves and submits it for review', async () => {
    await signInAs('rugby@demo.test');
    const { user, router } = renderRoute(NEW_UPDATE);
    await screen.findByRole('heading', { level: 1, name: 'Write an update' });

    await user.type(screen.getByRole('textbox', { name: 'Headline' }), 'Bulky waste booking tested');
    await user.type(screen.getByRole('textbox', { name: 'Update' }), 'We tested it with **8 residents**.');
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(await within(preview).findByText('8 residents', { selector: 'strong' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a link' }));
    await user.type(screen.getByRole('textbox', { name: 'Title of link 1' }), 'Sprint 9 slides');
    await user.type(screen.getByRole('textbox', { name: 'Address of link 1' }), 'https://slides.example.gov.uk/9');
    await user.click(screen.getByRole('button', { name: 'Save and submit for review' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Bulky waste booking tested' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Your update has been submitted.');
    expect(screen.getByText('Waiting for review')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sprint 9 slides' })).toHaveAttribute('href', 'https://slides.example.gov.uk/9');
    expect(summaryValue('Date of the update')).toBe('11 May 2022');
    expect(router.state.location.pathname).toMatch(/^\/updates\/\d+$/);
    // Saved, so nothing is kept in the browser any more.
    expect(useUnsavedUpdates.getState().texts).toEqual({});
  });

  it('shows what is wrong in an error summary linked to each field, keeping the text', async () => {
    await signInAs('rugby@demo.test');
    const { user } = renderRoute(NEW_UPDATE);
    await screen.findByRole('heading', { level: 1, name: 'Write an update' });

    await user.type(screen.getByRole('textbox', { name: 'Update' }), 'See [[this](javascript:alert(1))');
    await user.click(screen.getByRole('button', { name: 'Save as draft' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter a headline' })).toHaveAttribute('href', '#update-headline');
    expect(
      within(summary).getByRole('link', { name: 'Links in the update must start with https://, http:// or mailto: (javascript:alert(1) does not)' }),
    ).toHaveAttribute('href', '#update-body');
    expect(screen.getByRole('textbox', { name: /^Update/ })).toHaveValue('See [this](javascript:alert(1))');
    expect(screen.getByRole('textbox', { name: /^Update/ })).toHaveAccessibleDescription(/Error: Links in the update must start/);
  });

  it('dates a new update today, with a hint saying what the date decides', async () => {
    await signInAs('rugby@demo.test');
    renderRoute(NEW_UPDATE);
    await screen.findByRole('heading', { level: 1, name: 'Write an update' });

    const { date, day, month, year } = dateBoxes('Date of the update');
    expect(date).toHaveAccessibleDescription('The day this news is from. It decides which Sprint Notes issue can use it.');
    expect([day, month, year].map((box) => (box as HTMLInputElement).value)).toEqual(['11', '5', '2022']);
  });

  it('saves the date the writer gives, and shows it on the update', async () => {
    await signInAs('rugby@demo.test');
    const { user } = renderRoute(NEW_UPDATE);
    await screen.findByRole('heading', { level: 1, name: 'Write an update' });

    await user.type(screen.getByRole('textbox', { name: 'Headline' }), 'Bulky waste booking tested');
    await user.type(screen.getByRole('textbox', { name: 'Update' }), 'We tested it with 8 residents.');
    const { day } = dateBoxes('Date of the update');
    await user.clear(day);
    await user.type(day, '4');
    await user.click(screen.getByRole('button', { name: 'Save as draft' }));

    await screen.findByRole('heading', { level: 1, name: 'Bulky waste booking tested' });
    expect(summaryValue('Date of the update')).toBe('4 May 2022');
  });

  it.each([
    ['a date that is not on the calendar', { day: '31', month: '2', year: '2022' }, 'Enter a real date'],
    ['a date after today', { day: '12', month: '5', year: '2022' }, 'The date of the update must be today or in the past'],
  ])('refuses %s, in the error summary linked to the date and beside it, keeping what was typed', async (_case, typed, message) => {
    await signInAs('rugby@demo.test');
    const { user } = renderRoute(NEW_UPDATE);
    await screen.findByRole('heading', { level: 1, name: 'Write an update' });
    await user.type(screen.getByRole('textbox', { name: 'Headline' }), 'Bulky waste booking tested');
    await user.type(screen.getByRole('textbox', { name: 'Update' }), 'We tested it with 8 residents.');
    const boxes = dateBoxes('Date of the update');
    for (const part of ['day', 'month', 'year'] as const) {
      await user.clear(boxes[part]);
      await user.type(boxes[part], typed[part]);
    }

    await user.click(screen.getByRole('button', { name: 'Save as draft' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#update-date-day');
    const after = dateBoxes('Date of the update');
    expect(after.date).toHaveAccessibleDescription(`The day this news is from. It decides which Sprint Notes issue can use it. Error: ${message}`);
    expect(after.day).toHaveClass('govuk-input--error');
    expect([after.day, after.month, after.year].map((box) => (box as HTMLInputElement).value)).toEqual([typed.day, typed.month, typed.year]);
  });

  it('keeps the text through a lost connection, and offers it back after a reload', async () => {
    await signInAs('lincoln@demo.test');
    const first = renderRoute('/projects/housing-repairs/updates/new');
    await screen.findByRole('heading', { level: 1, name: 'Write an update' });
    await first.user.type(screen.getByRole('textbox', { name: 'Headline' }), 'Repairs triage in alpha');
    await first.user.type(screen.getByRole('textbox', { name: 'Update' }), 'Half written');
    await first.user.clear(dateBoxes('Date of the update').day);
    await first.user.type(dateBoxes('Date of the update').day, '31');
    await first.user.clear(dateBoxes('Date of the update').month);
    await first.user.type(dateBoxes('Date of the update').month, '2');
    server.use(networkError());
    await first.user.click(screen.getByRole('button', { name: 'Save as draft' }));
    expect(await screen.findByText('We could not reach the server. Check your connection and try again.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Update' })).toHaveValue('Half written');
    server.resetHandlers();
    first.unmount();

    // A reload: the page and its memory are gone, and the store reads back what the browser kept.
    const kept = localStorage.getItem(UNSAVED_UPDATES_STORAGE);
    expect(kept).toContain('Half written');
    useUnsavedUpdates.setState({ texts: {} });
    localStorage.setItem(UNSAVED_UPDATES_STORAGE, kept ?? '');
    await useUnsavedUpdates.persist.rehydrate();
    const second = renderRoute('/projects/housing-repairs/updates/new');

    expect(await screen.findByRole('textbox', { name: 'Update' })).toHaveValue('Half written');
    expect(screen.getByRole('textbox', { name: 'Headline' })).toHaveValue('Repairs triage in alpha');
    // Kept as typed, even a day the calendar does not have.
    expect(dateBoxes('Date of the update').day).toHaveValue('31');
    expect(dateBoxes('Date of the update').month).toHaveValue('2');
    const offer = screen.getByRole('region', { name: 'Your unsaved text' });
    await second.user.click(within(offer).getByRole('button', { name: /discard it and start again/ }));
    expect(screen.getByRole('textbox', { name: 'Update' })).toHaveValue('');
    expect(dateBoxes('Date of the update').day).toHaveValue('11');
    expect(useUnsavedUpdates.getState().texts).toEqual({});
  });

  it('offers back text kept before updates had a date, with today’s date', async () => {
    await signInAs('rugby@demo.test');
    const rugby = await testApiDatabase().selectFrom('users').select('id').where('email', '=', 'rugby@demo.test').executeTakeFirstOrThrow();
    localStorage.setItem(
      UNSAVED_UPDATES_STORAGE,
      JSON.stringify({
        state: { texts: { [`${String(rugby.id)}:new:digital-waste-service`]: { headline: 'Kept', bodyMarkdown: 'From before', links: [], keptAt: '2022-05-10T16:00:00.000Z' } } },
        version: 1,
      }),
    );
    await useUnsavedUpdates.persist.rehydrate();
    renderRoute(NEW_UPDATE);

    expect(await screen.findByRole('textbox', { name: 'Update' })).toHaveValue('From before');
    expect(screen.getByRole('region', { name: 'Your unsaved text' })).toBeInTheDocument();
    expect(dateBoxes('Date of the update').day).toHaveValue('11');
  });

  it('shows an update’s own date when editing, and leaves a date by month alone unless it is changed', async () => {
    const id = await addUpdate('draft');
    await testApiDatabase().updateTable('updates').set({ publishedOn: '2022-04' }).where('id', '=', id).execute();
    await signInAs('rugby@demo.test');
    const { user } = renderRoute(`/updates/${String(id)}/edit`);
    const headline = await screen.findByRole('textbox', { name: 'Headline' });
    expect([dateBoxes('Date of the update').day, dateBoxes('Date of the update').month]).toEqual([
      expect.objectContaining({ value: '' }),
      expect.objectContaining({ value: '4' }),
    ]);

    await user.type(headline, ' with residents');
    await user.click(screen.getByRole('button', { name: 'Save as draft' }));

    expect(await screen.findByText('Your changes have been saved.')).toBeInTheDocument();
    expect(summaryValue('Date of the update')).toBe('April 2022');
  });

  it('keeps each person’s text to themselves', async () => {
    await signInAs('lincoln@demo.test');
    const lincoln = renderRoute('/projects/housing-repairs/updates/new');
    await lincoln.user.type(await screen.findByRole('textbox', { name: 'Update' }), 'Lincoln’s notes');
    lincoln.unmount();

    await signInAs('manager@demo.test');
    renderRoute('/projects/housing-repairs/updates/new');

    expect(await screen.findByRole('textbox', { name: 'Update' })).toHaveValue('');
    expect(screen.queryByRole('region', { name: 'Your unsaved text' })).not.toBeInTheDocument();
  });

  it('says when someone else saved the update meanwhile, shows theirs, and keeps what was typed', async () => {
    const id = await addUpdate('draft');
    await signInAs('rugby@demo.test');
    const { user } = renderRoute(`/updates/${String(id)}/edit`);
    const body = await screen.findByRole('textbox', { name: 'Update' });
    await user.clear(body);
    await user.type(body, 'My version of events');
    server.use(
      editedMeanwhile(`*/api/updates/${String(id)}`, async () => {
        await testApiDatabase()
          .updateTable('updates')
          .set((eb) => ({ bodyMarkdown: 'Their version of events', version: eb('version', '+', 1) }))
          .where('id', '=', id)
          .execute();
      }),
    );

    await user.click(screen.getByRole('button', { name: 'Save as draft' }));

    const notice = await screen.findByRole('heading', { name: 'Someone else saved this update while you were editing' });
    expect(within(notice.parentElement!).getByText('Their version of events')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Update' })).toHaveValue('My version of events');
    // Saving again is a choice made knowingly, and goes through.
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Save as draft' }));
    expect(await screen.findByText('Your changes have been saved.')).toBeInTheDocument();
  });
});

describe('reviewing an update', () => {
  it('shows engagement staff the queue with its count, and returns an update with a comment its writer then sees', async () => {
    await addUpdate('submitted', 'Bins booked online');
    await signInAs('engagement@demo.test');
    const { user } = renderRoute('/review');

    const navigation = await screen.findByRole('navigation', { name: 'Menu' });
    expect(await within(navigation).findByRole('link', { name: /^Review updates\s+\(1 waiting\)$/ })).toBeInTheDocument();
    expect(await screen.findByText('1 update is waiting for review.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Bins booked online' }));
    await user.click(await screen.findByRole('button', { name: 'Return with a comment' }));
    await user.click(screen.getByRole('button', { name: 'Return the update' }));
    expect(await screen.findByRole('link', { name: 'Say what needs to change' })).toHaveAttribute('href', '#return-comment');
    await user.type(screen.getByRole('textbox', { name: 'What needs to change' }), 'Say how many residents booked.');
    await user.click(screen.getByRole('button', { name: 'Return the update' }));

    expect(await screen.findByText('The update has been returned to its writers with your comment.')).toBeInTheDocument();
    expect(screen.getByText('Returned')).toBeInTheDocument();
    expect(await within(navigation).findByRole('link', { name: 'Review updates' })).toBeInTheDocument();
  });

  it('lists a council officer’s projects with the returned update and its comment, and the count in the navigation', async () => {
    const id = await addUpdate('submitted', 'Bins booked online');
    await testApiDatabase().updateTable('updates').set({ status: 'returned', reviewComment: 'Add the numbers.' }).where('id', '=', id).execute();
    await signInAs('rugby@demo.test');
    renderRoute('/your-projects');

    const project = await screen.findByRole('region', { name: 'Digital Waste Service' });
    expect(within(project).getByText('Returned')).toBeInTheDocument();
    expect(within(project).getByText('Add the numbers.')).toBeInTheDocument();
    expect(within(project).getByRole('link', { name: 'Write an update for Digital Waste Service' })).toHaveAttribute(
      'href',
      '/projects/digital-waste-service/updates/new',
    );
    const navigation = screen.getByRole('navigation', { name: 'Menu' });
    expect(await within(navigation).findByRole('link', { name: /^Your projects\s+\(1 returned to you\)$/ })).toBeInTheDocument();
  });

  it('asks before deleting, and deletes only when confirmed', async () => {
    const id = await addUpdate('draft', 'A false start');
    await signInAs('rugby@demo.test');
    const { user, router } = renderRoute(`/updates/${String(id)}`);

    await user.click(await screen.findByRole('link', { name: 'Delete this update' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Are you sure you want to delete this update?' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'No, keep it' }));
    await user.click(await screen.findByRole('link', { name: 'Delete this update' }));
    await user.click(await screen.findByRole('button', { name: 'Yes, delete the update' }));

    await screen.findByRole('heading', { level: 1, name: 'Digital Waste Service' });
    expect(screen.getByRole('alert')).toHaveTextContent('The update “A false start” has been deleted.');
    expect(router.state.location.pathname).toBe('/projects/digital-waste-service');
    expect(await testApiDatabase().selectFrom('updates').select('id').where('id', '=', id).executeTakeFirst()).toBeUndefined();
  });
});

describe('team news', () => {
  it('is linked from the review queue, written on its own page, and shown as team news on its page and in the queue', async () => {
    await signInAs('engagement@demo.test');
    const { user } = renderRoute('/review');

    await user.click(await screen.findByRole('link', { name: 'Write team news' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Write team news' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Headline' }), 'We held a roadshow in Leeds');
    await user.type(screen.getByRole('textbox', { name: 'Update' }), 'Council staff from across Yorkshire joined us.');
    const { day } = dateBoxes('Date of the update');
    await user.clear(day);
    await user.type(day, '5');
    expect(Object.keys(useUnsavedUpdates.getState().texts)).toEqual([expect.stringMatching(/^\d+:team-news:new$/)]);
    await user.click(screen.getByRole('button', { name: 'Save and submit for review' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'We held a roadshow in Leeds' })).toBeInTheDocument();
    expect(screen.getByText('Team news', { selector: '.govuk-caption-l' })).toBeInTheDocument();
    expect(summaryValue('Date of the update')).toBe('5 May 2022');
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toHaveTextContent(/^Portfolio$/);
    expect(useUnsavedUpdates.getState().texts).toEqual({});

    await user.click(within(screen.getByRole('navigation', { name: 'Menu' })).getByRole('link', { name: /^Review updates/ }));
    const entry = (await screen.findByRole('link', { name: 'We held a roadshow in Leeds' })).closest('li');
    expect(entry).toHaveTextContent('Team news, by Demo Engagement');
  });

  it('is approved from its page, keeping its date, with a notice that does not point to a project page', async () => {
    await signInAs('engagement@demo.test');
    const db = testApiDatabase();
    const { id } = await db
      .insertInto('updates')
      .values({ projectId: null, headline: 'A new team member', bodyMarkdown: 'Izy joined us.', status: 'submitted', publishedOn: '2022-05-02' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { user } = renderRoute(`/updates/${String(id)}`);

    await user.click(await screen.findByRole('button', { name: 'Approve and publish' }));

    expect(await screen.findByText('The team news is approved and published, ready for Sprint Notes.')).toBeInTheDocument();
    expect(summaryValue('Date of the update')).toBe('2 May 2022');
  });

  it('goes back to the review queue once deleted, which says so', async () => {
    await signInAs('manager@demo.test');
    const { id } = await testApiDatabase()
      .insertInto('updates')
      .values({ projectId: null, headline: 'A false start', bodyMarkdown: 'Not yet.', status: 'draft', publishedOn: '2022-05-10' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { user, router } = renderRoute(`/updates/${String(id)}/delete`);

    await user.click(await screen.findByRole('button', { name: 'Yes, delete the update' }));

    await screen.findByRole('heading', { level: 1, name: 'Review updates' });
    expect(screen.getByRole('alert')).toHaveTextContent('The update “A false start” has been deleted.');
    expect(router.state.location.pathname).toBe('/review');
  });

  it('is not offered to council staff, whose address for it says they may not', async () => {
    await signInAs('rugby@demo.test');
    renderRoute('/team-news/new');

    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have permission to see this page' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Date of the update' })).not.toBeInTheDocument();
  });
});
