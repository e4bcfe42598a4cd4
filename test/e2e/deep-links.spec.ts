import { expect, test } from './fixtures';

test('a project page opens directly from its address', async ({ page }) => {
  const response = await page.goto('/projects/digital-waste-service');
  // The server answers app paths with the app itself, so deep links and reloads work.
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Digital Waste Service' })).toBeVisible();
  await expect(page).toHaveTitle(/Digital Waste Service/);
});

test('an unknown path shows the not-found page', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle(/Page not found/);
});

test.describe('a project that does not exist', () => {
  // The page and the API both answer 404 for it, and Chromium reports every failed request in the
  // console. Those two lines are expected; any other console error still fails the test.
  test.use({ expectedConsoleErrors: [/status of 404 .*:\d+(\/api)?\/projects\/no-such-project\)$/] });

  test('shows the not-found page, answered with a 404 status', async ({ page }) => {
    const response = await page.goto('/projects/no-such-project');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page).toHaveTitle(/Page not found/);
    await expect(page.getByRole('link', { name: 'portfolio', exact: true })).toBeVisible();
  });
});
