import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { DEMO_PASSWORD, startTestApi } from '../../../mocks/node';
import { renderRoute } from '../../../test/render-route';

async function signInWith(user: UserEvent, email: string, password: string) {
  await user.type(await screen.findByRole('textbox', { name: 'Email address' }), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

function header() {
  return screen.getByRole('region', { name: 'Service information' });
}

describe('the sign-in page', () => {
  beforeEach(async () => {
    await startTestApi({ accounts: true });
  });

  it('follows the GOV.UK pattern: one h1, labelled fields that browsers can fill in', async () => {
    renderRoute('/sign-in');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password');
    await waitFor(() => expect(document.title).toBe('Sign in – Local Digital Portfolio'));
  });

  it('signs in from a project page and returns to it, now showing what the person may do there', async () => {
    const { user, router } = renderRoute('/projects/digital-waste-service');
    await screen.findByRole('heading', { level: 1, name: 'Digital Waste Service' });
    expect(screen.queryByRole('button', { name: 'Edit links' })).not.toBeInTheDocument();

    await user.click(within(header()).getByRole('link', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?returnTo=%2Fprojects%2Fdigital-waste-service');
    await signInWith(user, 'rugby@demo.test', DEMO_PASSWORD);

    expect(await screen.findByRole('heading', { level: 1, name: 'Digital Waste Service' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/projects/digital-waste-service');
    // The project was cached from before signing in; its `allowed` is fetched afresh.
    expect(await screen.findByRole('button', { name: 'Edit links' })).toBeInTheDocument();
    expect(within(header()).getByText('Demo Rugby')).toBeInTheDocument();
    expect(within(header()).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(within(header()).queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument();
  });

  it.each([
    ['council staff', 'rugby@demo.test', 'Your projects', '/your-projects'],
    ['engagement staff', 'engagement@demo.test', 'Review updates', '/review'],
    ['a manager', 'manager@demo.test', 'Portfolio', '/'],
  ])('takes %s to their own home after signing in when there is nowhere to return to', async (_who, email, heading, path) => {
    const { user, router } = renderRoute('/sign-in');
    await signInWith(user, email, DEMO_PASSWORD);

    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(path);
  });

  it('comes back to the portfolio for someone who chose to sign in from it', async () => {
    const { user, router } = renderRoute('/sign-in?returnTo=%2F');
    await signInWith(user, 'rugby@demo.test', DEMO_PASSWORD);

    expect(await screen.findByRole('heading', { level: 1, name: 'Portfolio' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it.each([
    ['another site', 'https://evil.example/'],
    ['another site without a scheme', '//evil.example/users'],
  ])('does not follow a return address on %s', async (_name, returnTo) => {
    const { user, router } = renderRoute(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
    await signInWith(user, 'engagement@demo.test', DEMO_PASSWORD);

    expect(await screen.findByRole('heading', { level: 1, name: 'Portfolio' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('refuses a wrong password with an error summary and the message by the field, keeping what was typed', async () => {
    const { user } = renderRoute('/sign-in');
    await signInWith(user, 'rugby@demo.test', 'not the password');

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { level: 2, name: 'There is a problem' })).toBeInTheDocument();
    const link = within(summary).getByRole('link', { name: 'Enter a correct email address and password' });
    expect(link).toHaveAttribute('href', '#email');
    // The summary takes focus so a screen reader announces it at once.
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    const email = screen.getByRole('textbox', { name: 'Email address' });
    expect(email).toHaveAccessibleDescription('Error: Enter a correct email address and password');
    expect(email).toHaveValue('rugby@demo.test');
    expect(screen.getByLabelText('Password')).toHaveValue('not the password');
    await waitFor(() => expect(document.title).toBe('Error: Sign in – Local Digital Portfolio'));

    // The summary's link takes the person to the field.
    await user.click(link);
    expect(email).toHaveFocus();
  });

  it('names each missing field', async () => {
    const { user } = renderRoute('/sign-in');
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter your email address', '#email'],
      ['Enter your password', '#password'],
    ]);
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Error: Enter your password');
  });

  it('says to wait when there have been too many attempts', async () => {
    // Ten failures in a row, as someone guessing would make them.
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const response = await fetch('/api/session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'rugby@demo.test', password: `guess ${attempt}` }),
      });
      expect(response.status).toBe(401);
    }
    const { user } = renderRoute('/sign-in');
    await signInWith(user, 'rugby@demo.test', DEMO_PASSWORD);

    const summary = await screen.findByRole('alert');
    // Having to wait is about neither field, so the message links to neither and marks neither as wrong.
    expect(within(summary).getByText(/^Too many attempts to sign in\. Wait \d+ minutes?, then try again\.$/)).toBeInTheDocument();
    expect(within(summary).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Email address' })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('textbox', { name: 'Email address' }).closest('.govuk-form-group')).not.toHaveClass('govuk-form-group--error');
    expect(within(header()).queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
  });

  it('does not list demo accounts outside demo mode', async () => {
    renderRoute('/sign-in');

    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(screen.queryByRole('heading', { name: 'Demo accounts' })).not.toBeInTheDocument();
    expect(screen.queryByText(DEMO_PASSWORD)).not.toBeInTheDocument();
  });

  it('lists the demo accounts and their password in demo mode', async () => {
    await startTestApi({ demo: true });
    renderRoute('/sign-in');

    const heading = await screen.findByRole('heading', { level: 2, name: 'Demo accounts' });
    const inset = heading.parentElement!;
    expect(within(inset).getByText(DEMO_PASSWORD)).toBeInTheDocument();
    expect(
      within(inset)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'manager@demo.test – LDCU manager',
      'engagement@demo.test – Engagement staff',
      'rugby@demo.test – Council staff, Rugby Borough Council',
      'lincoln@demo.test – Council staff, City of Lincoln Council',
    ]);
  });

  it('explains why someone whose session ended is back here', async () => {
    renderRoute('/sign-in?returnTo=%2Fusers&reason=session-ended');

    const notice = await screen.findByRole('region', { name: 'Important' });
    expect(notice).toHaveTextContent('Your session has ended. Sign in again to continue.');
  });
});
