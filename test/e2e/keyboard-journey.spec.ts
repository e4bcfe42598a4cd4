import { expect, tabTo, test } from './fixtures';

test('someone using only a keyboard filters the portfolio, opens a project and reaches its lead council', async ({ page }) => {
  await page.goto('/');
  const results = page.getByRole('status').filter({ hasText: /^\d+ projects? / });
  await expect(results).toHaveText('15 projects in the portfolio');

  // Choosing an option by typing its name is how a keyboard user picks from a closed select.
  const phase = page.getByRole('combobox', { name: 'Current phase' });
  await tabTo(page, phase);
  await page.keyboard.type('Beta');
  await expect(phase).toHaveValue('beta');

  await tabTo(page, page.getByRole('button', { name: 'Apply filters' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]phase=beta(&|$)/);
  await expect(results).toHaveText('3 projects match your filters');

  // The filter lives in the URL, so a reload (or a shared link) shows the same projects.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Current phase' })).toHaveValue('beta');
  await expect(results).toHaveText('3 projects match your filters');
  await expect(page.getByRole('list', { name: 'Projects' }).getByRole('article')).toHaveCount(3);

  await tabTo(page, page.getByRole('link', { name: 'Family Context', exact: true }));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/projects\/family-context$/);
  const heading = page.getByRole('heading', { level: 1, name: 'Family Context' });
  await expect(heading).toBeVisible();
  // After an in-app navigation the app moves focus to the new page's heading.
  await expect(heading).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'Phases' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Phase history' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Partners' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Organisations in this project and their roles' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Updates' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Updates, newest first' }).getByRole('article').first()).toBeVisible();

  // The first "Stockport Council" link in reading order is the lead organisation's.
  await tabTo(page, page.getByRole('link', { name: 'Stockport Council' }).first());
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/organisations\/stockport-council$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Stockport Council' })).toBeFocused();
  const leads = page.getByRole('region', { name: 'Projects it leads' });
  await expect(leads.getByRole('link', { name: 'Family Context', exact: true })).toBeVisible();
});

test('the skip link is the first Tab stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();

  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeVisible();

  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The next Tab continues from the main content, not from the header.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
});
