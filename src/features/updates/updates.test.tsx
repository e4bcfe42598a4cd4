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

  it('keeps the text through a lost connection, and offers it back after a reload', async () => {
    await signInAs('lincoln@demo.test');
    const first = renderRoute('/projects/housing-repairs/updates/new');
    await screen.findByRole('heading', { level: 1, name: 'Write an update' });
    await first.user.type(screen.getByRole('textbox', { name: 'Headline' }), 'Repairs triage in alpha');
    await first.user.type(screen.getByRole('textbox', { name: 'Update' }), 'Half written');
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
    const offer = screen.getByRole('region', { name: 'Your unsaved text' });
    await second.user.click(within(offer).getByRole('button', { name: /discard it and start again/ }));
    expect(screen.getByRole('textbox', { name: 'Update' })).toHaveValue('');
    expect(useUnsavedUpdates.getState().texts).toEqual({});
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
