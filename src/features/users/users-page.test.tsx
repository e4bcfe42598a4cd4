import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { DEMO_PASSWORD, signInAs, startTestApi, testApiDatabase } from '../../../mocks/node';
import { renderRoute } from '../../../test/render-route';

function accountsTable() {
  return screen.getByRole('table', { name: 'Accounts, with their role and status' });
}

function cellTexts(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

async function signInOnPage(user: UserEvent, email: string) {
  await user.type(await screen.findByRole('textbox', { name: 'Email address' }), email);
  await user.type(screen.getByLabelText('Password'), DEMO_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('the users page', () => {
  beforeEach(async () => {
    await startTestApi({ accounts: true });
  });

  it('sends someone not signed in to sign in, then back to it', async () => {
    const { user, router } = renderRoute('/users');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?returnTo=%2Fusers');
    // Not signed in before, so no talk of a session ending.
    expect(screen.queryByRole('region', { name: 'Important' })).not.toBeInTheDocument();

    await signInOnPage(user, 'manager@demo.test');

    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/users');
  });

  it('tells someone without the right that they do not have permission', async () => {
    await signInAs('rugby@demo.test');
    renderRoute('/users');

    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have permission to see this page' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Menu' })).queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
  });

  it('lists every account with its role, organisations and status', async () => {
    await signInAs('manager@demo.test');
    renderRoute('/users');

    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeInTheDocument();
    const menu = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(menu).getByRole('link', { name: 'Users' })).toHaveAttribute('aria-current', 'page');
    expect(within(accountsTable()).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Name',
      'Email address',
      'Role',
      'Organisations',
      'Status',
    ]);
    const rugby = within(accountsTable()).getByRole('row', { name: /^Demo Rugby/ });
    expect(cellTexts(rugby)).toEqual(['rugby@demo.test', 'Council staff', 'Rugby Borough Council', 'Active']);
    expect(within(rugby).getByRole('link', { name: 'Demo Rugby' })).toHaveAttribute('href', expect.stringMatching(/^\/users\/\d+$/));
    expect(cellTexts(within(accountsTable()).getByRole('row', { name: /^Demo Manager/ }))).toEqual([
      'manager@demo.test',
      'LDCU manager',
      'None',
      'Active',
    ]);
  });

  it('adds a council account and shows its one-time set-up link', async () => {
    await signInAs('manager@demo.test');
    const { user } = renderRoute('/users');
    await screen.findByRole('heading', { level: 1, name: 'Users' });

    const form = screen.getByRole('form', { name: 'Add an account' });
    await user.type(within(form).getByRole('textbox', { name: 'Email address' }), 'Sam@Rugby.gov.uk');
    await user.type(within(form).getByRole('textbox', { name: 'Full name' }), 'Sam Example');
    // The organisation is asked for only once "Council staff" is chosen.
    expect(within(form).queryByRole('combobox', { name: 'Organisation' })).not.toBeInTheDocument();
    await user.click(within(form).getByRole('radio', { name: 'Council staff' }));
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Organisation' }), 'Rugby Borough Council');
    await user.click(within(form).getByRole('button', { name: 'Add account' }));

    const banner = await screen.findByRole('alert');
    expect(within(banner).getByRole('heading', { name: 'Account added for Sam Example' })).toBeInTheDocument();
    const link = within(banner).getByRole('textbox', { name: 'Set-up link for sam@rugby.gov.uk' });
    expect(link).toHaveAttribute('readonly');
    // Under the API's configured address (the test API leaves it at its default), not the page's own.
    expect((link as HTMLInputElement).value).toMatch(/^http:\/\/localhost\/setup\/[\w-]+$/);
    expect(within(banner).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();

    const row = await screen.findByRole('row', { name: /^Sam Example/ });
    expect(accountsTable()).toContainElement(row);
    expect(cellTexts(row)).toEqual(['sam@rugby.gov.uk', 'Council staff', 'Rugby Borough Council', 'Awaiting set-up']);
    // Ready for the next person.
    expect(within(form).getByRole('textbox', { name: 'Email address' })).toHaveValue('');

    // The link works: it opens the set-up page for that person.
    const path = new URL((link as HTMLInputElement).value).pathname;
    const other = renderRoute(path);
    expect(await other.findByRole('heading', { level: 1, name: 'Create your account' })).toBeInTheDocument();
  });

  it('shows what the API refused, by each field, and keeps what was typed', async () => {
    await signInAs('manager@demo.test');
    const { user } = renderRoute('/users');
    await screen.findByRole('heading', { level: 1, name: 'Users' });

    const form = screen.getByRole('form', { name: 'Add an account' });
    await user.type(within(form).getByRole('textbox', { name: 'Full name' }), 'Alex Example');
    await user.click(within(form).getByRole('radio', { name: 'Council staff' }));
    await user.click(within(form).getByRole('button', { name: 'Add account' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual(['Enter an email address']);
    expect(within(form).getByRole('textbox', { name: 'Email address' })).toHaveAccessibleDescription('Error: Enter an email address');
    expect(within(form).getByRole('textbox', { name: 'Full name' })).toHaveValue('Alex Example');
    expect(within(form).getByRole('radio', { name: 'Council staff' })).toBeChecked();

    await user.type(within(form).getByRole('textbox', { name: 'Email address' }), 'rugby@demo.test');
    await user.click(within(form).getByRole('button', { name: 'Add account' }));

    // Both problems the server finds are listed, in the order of the fields.
    const next = await screen.findByRole('alert');
    expect(within(next).getAllByRole('link').map((link) => link.textContent)).toEqual(['Choose the council this person works for']);
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Organisation' }), 'Rugby Borough Council');
    await user.click(within(form).getByRole('button', { name: 'Add account' }));

    const duplicate = await within(await screen.findByRole('alert')).findByRole('link', {
      name: 'An account with this email address already exists',
    });
    expect(duplicate).toHaveAttribute('href', '#new-email');
    expect(within(form).getByRole('textbox', { name: 'Email address' })).toHaveValue('rugby@demo.test');
  });

  it('changes a person’s role and organisations, disables them, and makes a new link', async () => {
    await signInAs('manager@demo.test');
    const { user, router } = renderRoute('/users');
    await user.click(await screen.findByRole('link', { name: 'Demo Lincoln' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Demo Lincoln' })).toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/^\/users\/\d+$/);
    const form = screen.getByRole('form', { name: 'Change name, role or organisations' });
    expect(within(form).getByRole('radio', { name: 'Council staff' })).toBeChecked();
    expect(within(form).getByRole('checkbox', { name: 'City of Lincoln Council' })).toBeChecked();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Add an organisation' }), 'Rugby Borough Council');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Changes saved');
    expect(screen.getByText('City of Lincoln Council, Rugby Borough Council')).toBeInTheDocument();

    await user.click(within(form).getByRole('radio', { name: 'Engagement staff' }));
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Engagement staff', { selector: 'dd' });
    expect(screen.getByText('None', { selector: 'dd' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Make a new set-up link' }));
    const banner = await screen.findByRole('alert');
    expect(within(banner).getByRole('heading', { name: 'New set-up link for Demo Lincoln' })).toBeInTheDocument();
    expect(within(banner).getByRole('textbox', { name: 'Set-up link for lincoln@demo.test' })).toBeInTheDocument();

    // Disabling is asked first; saying no changes nothing.
    await user.click(screen.getByRole('button', { name: 'Disable account' }));
    expect(screen.getByRole('heading', { name: 'Are you sure you want to disable Demo Lincoln’s account?' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'No, leave it enabled' }));
    expect(screen.queryByText(/Account disabled/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Disable account' }));
    await user.click(screen.getByRole('button', { name: 'Yes, disable the account' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^SuccessAccount disabled/);
    expect(screen.getByRole('button', { name: 'Enable account' })).toBeInTheDocument();
    expect(screen.getByText('Enable the account before making a new set-up link.')).toBeInTheDocument();

    // Back on the list, the change is there.
    await user.click(within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getByRole('link', { name: 'Users' }));
    await screen.findByRole('heading', { level: 1, name: 'Users' });
    const row = within(accountsTable()).getByRole('row', { name: /^Demo Lincoln/ });
    expect(cellTexts(row)).toEqual(['lincoln@demo.test', 'Engagement staff', 'None', 'Disabled']);
  });

  it('does not offer managers a way to disable their own account', async () => {
    await signInAs('manager@demo.test');
    const { user } = renderRoute('/users');
    await user.click(await screen.findByRole('link', { name: 'Demo Manager' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Demo Manager' })).toBeInTheDocument();
    expect(screen.getByText('You cannot disable your own account.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Disable account' })).not.toBeInTheDocument();
  });

  it('shows the not-found page for an account that does not exist', async () => {
    await signInAs('manager@demo.test');
    renderRoute('/users/9999');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('shows the not-found page for another spelling of an account’s id', async () => {
    await signInAs('manager@demo.test');
    const { id } = await testApiDatabase().selectFrom('users').select('id').where('email', '=', 'manager@demo.test').executeTakeFirstOrThrow();
    renderRoute(`/users/0${String(id)}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('says in demo mode that accounts added here do not last', async () => {
    await startTestApi({ demo: true });
    await signInAs('manager@demo.test');
    renderRoute('/users');

    await screen.findByRole('heading', { level: 1, name: 'Users' });
    expect(await screen.findByText('This is a demo. Accounts you add here are removed when the demo restarts.')).toBeInTheDocument();
  });

  it('says nothing of the demo outside demo mode', async () => {
    await signInAs('manager@demo.test');
    renderRoute('/users');

    await screen.findByRole('heading', { level: 1, name: 'Users' });
    expect(screen.queryByText(/This is a demo/)).not.toBeInTheDocument();
  });
});

describe('when a session ends', () => {
  beforeEach(async () => {
    await startTestApi({ accounts: true });
    await signInAs('manager@demo.test');
  });

  /** As the server does after 30 idle minutes: the session is gone, the cookie is still sent. */
  async function endSessions() {
    await testApiDatabase().deleteFrom('sessions').execute();
  }

  it('takes someone whose save was refused to sign in, and back to where they were', async () => {
    const { user, router } = renderRoute('/users');
    await screen.findByRole('heading', { level: 1, name: 'Users' });
    await endSessions();

    const form = screen.getByRole('form', { name: 'Add an account' });
    await user.type(within(form).getByRole('textbox', { name: 'Email address' }), 'late@ldcu.gov.uk');
    await user.type(within(form).getByRole('textbox', { name: 'Full name' }), 'Late Example');
    await user.click(within(form).getByRole('radio', { name: 'Engagement staff' }));
    await user.click(within(form).getByRole('button', { name: 'Add account' }));

    const notice = await screen.findByRole('region', { name: 'Important' });
    expect(notice).toHaveTextContent('Your session has ended. Sign in again to continue.');
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?returnTo=%2Fusers&reason=session-ended');
    const header = screen.getByRole('region', { name: 'Service information' });
    expect(within(header).queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();

    await signInOnPage(user, 'manager@demo.test');

    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/users');
  });

  it('takes someone opening a page for signed-in people to sign in, saying why', async () => {
    const { user, router } = renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Portfolio' });
    await endSessions();

    await user.click(within(screen.getByRole('navigation', { name: 'Menu' })).getByRole('link', { name: 'Users' }));

    const notice = await screen.findByRole('region', { name: 'Important' });
    expect(notice).toHaveTextContent('Your session has ended.');
    // The reason they are here is read first, before the sign-in form.
    await waitFor(() => expect(notice).toHaveFocus());
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('?returnTo=%2Fusers&reason=session-ended');
  });
});
