import { screen, within } from '@testing-library/react';
import { startTestApi, testApiDatabase } from '../../../mocks/node';
import { createAccount } from '../../../server/auth/accounts';
import { createSetupLink } from '../../../server/auth/setup-links';
import { renderRoute } from '../../../test/render-route';

/** A set-up link's path in the app, as the person would open it from their email. */
function appPath(url: string): string {
  return new URL(url).pathname;
}

async function inviteKim(): Promise<string> {
  const { setupLink } = await createAccount(
    testApiDatabase(),
    { email: 'kim@rugby.gov.uk', displayName: 'Kim Example', role: 'council', organisations: ['rugby-borough-council'] },
    new Date(),
    'http://localhost:3000',
  );
  return appPath(setupLink.url);
}

describe('the set-up page', () => {
  it('lets an invited person choose a password and signs them in', async () => {
    const path = await inviteKim();
    const { user, router } = renderRoute(path);

    expect(await screen.findByRole('heading', { level: 1, name: 'Create your account' })).toBeInTheDocument();
    expect(screen.getByText('kim@rugby.gov.uk')).toBeInTheDocument();
    const password = screen.getByLabelText('Choose a password');
    expect(password).toHaveAccessibleDescription(/at least 12 characters/);
    expect(password).toHaveAttribute('autocomplete', 'new-password');
    expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveValue('Kim Example');

    await user.type(password, 'correct horse battery staple');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Portfolio' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    const header = screen.getByRole('region', { name: 'Service information' });
    expect(within(header).getByText('Kim Example')).toBeInTheDocument();
  });

  it('shows the 12-character minimum as an error, keeping the name typed', async () => {
    const { user } = renderRoute(await inviteKim());
    const name = await screen.findByRole('textbox', { name: 'Your name' });
    await user.clear(name);
    await user.type(name, 'Kim E.');
    await user.type(screen.getByLabelText('Choose a password'), 'too short');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Password must be 12 characters or more' })).toHaveAttribute('href', '#password');
    expect(name).toHaveValue('Kim E.');
  });

  it('says clearly when a link has expired or been used', async () => {
    renderRoute('/setup/no-such-link');

    expect(await screen.findByRole('heading', { level: 1, name: 'This link has expired or has already been used' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'sign in' })).toHaveAttribute('href', '/sign-in');
  });

  it('asks the very first manager for their email address and name too', async () => {
    // A fresh installation: no accounts at all.
    await startTestApi();
    const link = await createSetupLink(testApiDatabase(), { userId: null, role: 'manager' }, new Date(), 'http://localhost:3000');
    const { user, router } = renderRoute(appPath(link.url));

    expect(await screen.findByRole('heading', { level: 1, name: 'Set up the first manager account' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((item) => item.textContent)).toEqual([
      'Enter an email address',
      'Enter a name',
      'Password must be 12 characters or more',
    ]);

    await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'first@ldcu.gov.uk');
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'First Manager');
    await user.type(screen.getByLabelText('Choose a password'), 'a long enough passphrase');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    // Their next job is adding everyone else.
    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/users');
    expect(screen.getByRole('row', { name: /^First Manager/ })).toBeInTheDocument();
  });
});
