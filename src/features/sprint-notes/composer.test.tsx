import { screen, within } from '@testing-library/react';
import { server, signInAs, startTestApi, testApiDatabase } from '../../../mocks/node';
import { editedMeanwhile, slowReply } from '../../../mocks/faults';
import { writeContent } from '../../../server/db/queries/sprint-notes';
import { renderRoute } from '../../../test/render-route';
import { COMPOSER_STORAGE, useComposerDrafts } from './composer-store';

const COMPOSE = '/sprint-notes/47/compose';

async function approvedUpdate(slug: string | null, headline: string, publishedOn = '2022-05-16') {
  const db = testApiDatabase();
  const project = slug === null ? null : await db.selectFrom('projects').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
  const { id } = await db
    .insertInto('updates')
    .values({ projectId: project?.id ?? null, headline, bodyMarkdown: `${headline}: the details.`, status: 'approved', publishedOn })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Sprint Notes #47, a draft covering 12 to 25 May 2022, with nothing chosen yet. */
async function draftIssue() {
  const db = testApiDatabase();
  const { id } = await db
    .insertInto('sprintNotes')
    .values({ number: 47, coversFrom: '2022-05-12', coversTo: '2022-05-25', introMarkdown: '', closingMarkdown: 'Thanks for reading!', status: 'draft', createdAt: '2022-05-11T09:00:00.000Z', updatedAt: '2022-05-11T09:00:00.000Z' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeContent(
    db,
    id,
    {
      sections: [
        { kind: 'team', name: 'News from the team', intro: '', items: [] },
        { kind: 'projects', name: 'News from our funded projects', intro: '', items: [] },
      ],
      headings: [],
    },
    new Map(),
  );
}

async function savedItems() {
  const rows = await testApiDatabase()
    .selectFrom('sprintNoteItems')
    .innerJoin('updates', 'updates.id', 'sprintNoteItems.updateId')
    .innerJoin('sprintNotes', 'sprintNotes.id', 'sprintNoteItems.sprintNoteId')
    .select(['updates.headline', 'sprintNoteItems.bodyMarkdown'])
    .where('sprintNotes.number', '=', 47)
    .orderBy('sprintNoteItems.sectionId')
    .orderBy('sprintNoteItems.position')
    .execute();
  return rows;
}

/** The running order's project and team headings, as drawn. */
function runningOrder(): string[] {
  const order = screen.getByRole('heading', { level: 2, name: 'The issue’s running order' }).parentElement;
  if (order === null) throw new Error('No running order');
  return within(order)
    .queryAllByRole('heading', { level: 4 })
    .map((heading) => heading.textContent);
}

beforeEach(async () => {
  localStorage.clear();
  useComposerDrafts.setState({ drafts: {} });
  await startTestApi({ accounts: true });
  await draftIssue();
});

describe('composing Sprint Notes', () => {
  it('offers the period’s updates, takes them into the issue by name, orders them by keyboard and saves the draft', async () => {
    await approvedUpdate('housing-repairs', 'Public beta started');
    await approvedUpdate('digital-waste-service', 'Garden waste subscriptions open');
    await approvedUpdate(null, 'We held a roadshow in Leeds');
    // Dated before the period: not offered.
    await approvedUpdate('family-context', 'Training went well', '2022-05-10');
    await signInAs('engagement@demo.test');
    const { user } = renderRoute(COMPOSE);
    await screen.findByRole('heading', { level: 1, name: /Compose Sprint Notes #47/ });

    const projectUpdates = await screen.findByRole('region', { name: 'Project updates' });
    expect(within(projectUpdates).getAllByRole('checkbox').map((box) => box.closest('fieldset')?.querySelector('legend')?.textContent)).toEqual([
      'Digital Waste Service (Rugby Borough Council)',
      'Housing Repairs (City of Lincoln Council)',
    ]);
    expect(screen.queryByRole('checkbox', { name: 'Training went well' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Public beta started' }));
    await user.click(screen.getByRole('checkbox', { name: 'Garden waste subscriptions open' }));
    await user.click(screen.getByRole('checkbox', { name: 'We held a roadshow in Leeds' }));
    // By name, whatever the order they were chosen in.
    expect(runningOrder()).toEqual(['We held a roadshow in Leeds', 'Digital Waste Service (Rugby Borough Council)', 'Housing Repairs (City of Lincoln Council)']);
    expect(screen.getByText(/You have changes not yet saved to the server/)).toBeInTheDocument();

    const down = screen.getByRole('button', { name: 'Move down: Digital Waste Service (Rugby Borough Council)' });
    down.focus();
    await user.keyboard('{Enter}');
    expect(runningOrder()).toEqual(['We held a roadshow in Leeds', 'Housing Repairs (City of Lincoln Council)', 'Digital Waste Service (Rugby Borough Council)']);
    // At the bottom now, the pressed button is disabled, so focus goes to its partner.
    expect(screen.getByRole('button', { name: 'Move up: Digital Waste Service (Rugby Borough Council)' })).toHaveFocus();
    expect(screen.getByText('Digital Waste Service (Rugby Borough Council) moved to position 2 of 2')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save the draft' }));
    expect(await screen.findByText('The draft has been saved.')).toBeInTheDocument();
    expect((await savedItems()).map((item) => item.headline)).toEqual(['We held a roadshow in Leeds', 'Public beta started', 'Garden waste subscriptions open']);
    expect(useComposerDrafts.getState().drafts).toEqual({});
  });

  it('keeps the choices and edits through a reload, and changes an item’s words for this issue only', async () => {
    await approvedUpdate('digital-waste-service', 'Garden waste subscriptions open');
    await signInAs('engagement@demo.test');
    const first = renderRoute(COMPOSE);
    await first.user.click(await screen.findByRole('checkbox', { name: 'Garden waste subscriptions open' }));
    await first.user.click(screen.getByRole('button', { name: 'Edit the words for this issue: Garden waste subscriptions open' }));
    const text = screen.getByRole('textbox', { name: 'Text in this issue' });
    await first.user.clear(text);
    await first.user.type(text, 'Residents can subscribe now.');
    first.unmount();
    expect(localStorage.getItem(COMPOSER_STORAGE)).toContain('Residents can subscribe now.');

    const again = renderRoute(COMPOSE);
    expect(await screen.findByRole('checkbox', { name: 'Garden waste subscriptions open' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Text in this issue' })).toHaveValue('Residents can subscribe now.');
    expect(screen.getByText('Edited for this issue')).toBeInTheDocument();
    await again.user.click(screen.getByRole('button', { name: 'Save the draft' }));
    expect(await screen.findByText('The draft has been saved.')).toBeInTheDocument();
    expect(await savedItems()).toEqual([{ headline: 'Garden waste subscriptions open', bodyMarkdown: 'Residents can subscribe now.' }]);
    const own = await testApiDatabase().selectFrom('updates').select('bodyMarkdown').where('headline', '=', 'Garden waste subscriptions open').executeTakeFirstOrThrow();
    expect(own.bodyMarkdown).toBe('Garden waste subscriptions open: the details.');
  });

  it('says when someone else saved meanwhile, keeps the person’s choices, and saves them over only when asked', async () => {
    await approvedUpdate('digital-waste-service', 'Garden waste subscriptions open');
    await signInAs('engagement@demo.test');
    const { user } = renderRoute(COMPOSE);
    await user.click(await screen.findByRole('checkbox', { name: 'Garden waste subscriptions open' }));
    // Someone else saves an introduction between this person's last read and their save.
    server.use(
      editedMeanwhile('/api/sprint-notes/47', async () => {
        await testApiDatabase().updateTable('sprintNotes').set({ introMarkdown: 'Their welcome', version: 2 }).where('number', '=', 47).execute();
      }),
    );

    await user.click(screen.getByRole('button', { name: 'Save the draft' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else saved this issue while you were working on it');
    expect(screen.getByRole('checkbox', { name: 'Garden waste subscriptions open' })).toBeChecked();
    expect(await savedItems()).toEqual([]);

    await user.click(within(alert).getByRole('button', { name: 'Save mine over theirs' }));
    expect(await screen.findByText('The draft has been saved.')).toBeInTheDocument();
    expect((await savedItems()).map((item) => item.headline)).toEqual(['Garden waste subscriptions open']);
  });

  it('lists the active projects that sent nothing, with whom to ask, as text to copy', async () => {
    await approvedUpdate('digital-waste-service', 'Garden waste subscriptions open');
    await signInAs('engagement@demo.test');
    const { user } = renderRoute(COMPOSE);
    const missing = (await screen.findByRole('heading', { level: 2, name: 'Who has not sent an update' })).parentElement;
    if (missing === null) throw new Error('No list');
    const repairs = await screen.findByRole('heading', { level: 3, name: 'Housing Repairs (City of Lincoln Council)' });
    expect(repairs.parentElement).toHaveTextContent('Nothing sent for this period.');
    expect(within(repairs.parentElement ?? missing).getByRole('link', { name: 'lincoln@demo.test' })).toHaveAttribute('href', 'mailto:lincoln@demo.test');
    expect(screen.queryByRole('heading', { level: 3, name: 'Digital Waste Service (Rugby Borough Council)' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Copy the chase list' }));
    expect(await screen.findByText('Copied. Paste it into an email.')).toBeInTheDocument();
    // user-event stands in for the system clipboard.
    expect(await navigator.clipboard.readText()).toContain('Housing Repairs (City of Lincoln Council)\nNothing sent for this period.\nDemo Lincoln <lincoln@demo.test>, City of Lincoln Council');
  });

  it('publishes the issue and goes to its page', async () => {
    await approvedUpdate('digital-waste-service', 'Garden waste subscriptions open', '2022-05-11');
    await signInAs('engagement@demo.test');
    const { user, router } = renderRoute(COMPOSE);
    const from = within(await screen.findByRole('group', { name: 'Covers from' }));
    await user.clear(from.getByRole('textbox', { name: 'Day' }));
    await user.type(from.getByRole('textbox', { name: 'Day' }), '1');
    await user.click(await screen.findByRole('checkbox', { name: 'Garden waste subscriptions open' }));
    const date = within(screen.getByRole('group', { name: 'Date published' }));
    await user.clear(date.getByRole('textbox', { name: 'Day' }));
    await user.type(date.getByRole('textbox', { name: 'Day' }), '11');
    await user.clear(date.getByRole('textbox', { name: 'Month' }));
    await user.type(date.getByRole('textbox', { name: 'Month' }), '5');
    await user.clear(date.getByRole('textbox', { name: 'Year' }));
    await user.type(date.getByRole('textbox', { name: 'Year' }), '2022');

    await user.click(screen.getByRole('button', { name: 'Publish Sprint Notes #47' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sprint Notes #47' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sprint-notes/47');
    const row = await testApiDatabase().selectFrom('sprintNotes').select(['status', 'publishedOn', 'coversFrom']).where('number', '=', 47).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'published', publishedOn: '2022-05-11', coversFrom: '2022-05-01' });
  });

  it('shows what stops a save in an error summary that links to the item', async () => {
    const id = await approvedUpdate('digital-waste-service', 'Garden waste subscriptions open');
    await signInAs('engagement@demo.test');
    const { user } = renderRoute(COMPOSE);
    await user.click(await screen.findByRole('checkbox', { name: 'Garden waste subscriptions open' }));
    // Withdrawn for review after it was chosen.
    await testApiDatabase().updateTable('updates').set({ status: 'submitted' }).where('id', '=', id).execute();

    await user.click(screen.getByRole('button', { name: 'Save the draft' }));
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: '“Garden waste subscriptions open” is not approved' });
    expect(link).toHaveAttribute('href', `#item-${String(id)}`);
    expect(screen.getByRole('checkbox', { name: 'Garden waste subscriptions open' })).toBeChecked();
  });

  it('keeps what is typed while a save is on its way', async () => {
    await approvedUpdate('digital-waste-service', 'Garden waste subscriptions open');
    await signInAs('engagement@demo.test');
    const { user } = renderRoute(COMPOSE);
    await user.click(await screen.findByRole('checkbox', { name: 'Garden waste subscriptions open' }));
    const slow = slowReply('/api/sprint-notes/47');
    server.use(slow.handler);
    await user.click(screen.getByRole('button', { name: 'Save the draft' }));
    await slow.holding;
    await user.type(screen.getByRole('textbox', { name: 'Closing line' }), ' See you in June.');
    slow.release();

    expect(await screen.findByText(/You have changes not yet saved to the server/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Closing line' })).toHaveValue('Thanks for reading! See you in June.');
    expect((await savedItems()).map((item) => item.headline)).toEqual(['Garden waste subscriptions open']);
    // Saved again, the later words go too, from the version the first save made.
    await user.click(screen.getByRole('button', { name: 'Save the draft' }));
    expect(await screen.findByText('The draft has been saved.')).toBeInTheDocument();
    const row = await testApiDatabase().selectFrom('sprintNotes').select(['closingMarkdown', 'version']).where('number', '=', 47).executeTakeFirstOrThrow();
    expect(row).toEqual({ closingMarkdown: 'Thanks for reading! See you in June.', version: 3 });
  });

  it('saves the choices before a publish that is refused, says why by the field, and publishes once that is put right', async () => {
    await approvedUpdate('digital-waste-service', 'Garden waste subscriptions open');
    await signInAs('engagement@demo.test');
    const { user, router } = renderRoute(COMPOSE);
    await user.click(await screen.findByRole('checkbox', { name: 'Garden waste subscriptions open' }));
    const date = within(screen.getByRole('group', { name: 'Date published' }));
    for (const [box, value] of [['Day', '12'], ['Month', '5'], ['Year', '2022']] as const) {
      await user.clear(date.getByRole('textbox', { name: box }));
      await user.type(date.getByRole('textbox', { name: box }), value);
    }
    await user.click(screen.getByRole('button', { name: 'Publish Sprint Notes #47' }));

    // The day after the server's today.
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'The date it was published cannot be in the future' })).toHaveAttribute('href', '#published-on-day');
    expect(screen.getByRole('group', { name: 'Date published' })).toHaveTextContent('Error: The date it was published cannot be in the future');
    expect((await savedItems()).map((item) => item.headline)).toEqual(['Garden waste subscriptions open']);
    expect(screen.getByText('Everything here is saved.')).toBeInTheDocument();

    await user.clear(date.getByRole('textbox', { name: 'Day' }));
    await user.type(date.getByRole('textbox', { name: 'Day' }), '11');
    await user.click(screen.getByRole('button', { name: 'Publish Sprint Notes #47' }));
    expect(await screen.findByText('Sprint Notes #47 has been published.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sprint-notes/47');
  });

  it('says a half-typed period is not a date, by the field, and sends nothing', async () => {
    await signInAs('engagement@demo.test');
    const { user } = renderRoute(COMPOSE);
    const from = within(await screen.findByRole('group', { name: 'Covers from' }));
    await user.clear(from.getByRole('textbox', { name: 'Month' }));
    await user.type(from.getByRole('textbox', { name: 'Month' }), '2');
    await user.clear(from.getByRole('textbox', { name: 'Day' }));
    await user.type(from.getByRole('textbox', { name: 'Day' }), '31');
    await user.click(screen.getByRole('button', { name: 'Save the draft' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter the first day the issue covers as a real date' })).toHaveAttribute('href', '#covers-from-day');
    expect(screen.getByRole('group', { name: 'Covers from' })).toHaveTextContent('Error: Enter the first day the issue covers as a real date');
    const row = await testApiDatabase().selectFrom('sprintNotes').select('version').where('number', '=', 47).executeTakeFirstOrThrow();
    expect(row.version).toBe(1);
  });

  it('is not for council staff', async () => {
    await signInAs('rugby@demo.test');
    renderRoute(COMPOSE);
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have permission to see this page' })).toBeInTheDocument();
  });
});
