import { DEMO_PASSWORD, uniqueEmail } from './accounts';
import { expect, tabTo, test } from './fixtures';

// Opening a used set-up link gets a 410 from the API, which Chromium reports; that line is expected.
test.use({ expectedConsoleErrors: [/status of 410 .*\/api\/setup\/[\w-]+\)$/] });

test('a manager signs in by keyboard, adds an account, and the new person sets a password and signs in', async ({ page }) => {
  await page.goto('/projects/housing-repairs');
  await expect(page.getByRole('heading', { level: 1, name: 'Housing Repairs' })).toBeVisible();
  const header = page.getByRole('region', { name: 'Service information' });

  await tabTo(page, header.getByRole('link', { name: 'Sign in' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused();
  // Demo mode lists the accounts to try.
  await expect(page.getByRole('heading', { level: 2, name: 'Demo accounts' })).toBeVisible();

  await tabTo(page, page.getByRole('textbox', { name: 'Email address' }));
  await page.keyboard.type('manager@demo.test');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');

  // Back where they started, now signed in.
  await expect(page).toHaveURL(/\/projects\/housing-repairs$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Housing Repairs' })).toBeFocused();
  await expect(header.getByText('Demo Manager')).toBeVisible();
  // Managers may edit any project's links.
  await expect(page.getByRole('button', { name: 'Edit links' })).toBeVisible();

  await tabTo(page, header.getByRole('link', { name: 'Users' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeFocused();
  await expect(page.getByRole('row', { name: /^Demo Rugby/ })).toBeVisible();

  const email = uniqueEmail('journey');
  const form = page.getByRole('form', { name: 'Add an account' });
  await tabTo(page, form.getByRole('textbox', { name: 'Email address' }));
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await expect(form.getByRole('textbox', { name: 'Full name' })).toBeFocused();
  await page.keyboard.type('Jo Journey');
  // Radios are one Tab stop; the arrow keys choose within them.
  await tabTo(page, form.getByRole('radio', { name: 'LDCU manager' }));
  await page.keyboard.press('ArrowDown');
  await expect(form.getByRole('radio', { name: 'Engagement staff' })).toBeChecked();
  await tabTo(page, form.getByRole('button', { name: 'Add account' }));
  await page.keyboard.press('Enter');

  const banner = page.getByRole('alert');
  await expect(banner.getByRole('heading', { name: 'Account added for Jo Journey' })).toBeVisible();
  // The banner takes focus, so the new link is announced at once.
  await expect(banner).toBeFocused();
  const linkField = banner.getByRole('textbox', { name: `Set-up link for ${email}` });
  await expect(linkField).toHaveValue(/^http:\/\/127\.0\.0\.1:4173\/setup\/[\w-]+$/);
  const setupPath = new URL(await linkField.inputValue()).pathname;
  await expect(page.getByRole('row', { name: /^Jo Journey/ })).toContainText('Awaiting set-up');

  await tabTo(page, header.getByRole('button', { name: 'Sign out' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('You have signed out.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
  await expect(header.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(header.getByRole('link', { name: 'Users' })).toHaveCount(0);

  // The new person follows their link and chooses a password, which signs them in.
  await page.goto(setupPath);
  await expect(page.getByRole('heading', { level: 1, name: 'Create your account' })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await page.getByLabel('Choose a password').fill('a passphrase of some length');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
  await expect(header.getByText('Jo Journey')).toBeVisible();

  // The link works once.
  await page.goto(setupPath);
  await expect(page.getByRole('heading', { level: 1, name: 'This link has expired or has already been used' })).toBeVisible();
});
