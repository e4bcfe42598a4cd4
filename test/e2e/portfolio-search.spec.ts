import { expect, test } from './fixtures';

test('searching the portfolio by name narrows it, and clearing the filters shows every project again', async ({ page }) => {
  await page.goto('/');
  const results = page.getByRole('status').filter({ hasText: /^\d+ projects? / });
  const projects = page.getByRole('list', { name: 'Projects' }).getByRole('article');
  await expect(results).toHaveText('15 projects in the portfolio');
  await expect(projects).toHaveCount(15);

  await page.getByRole('searchbox', { name: 'Search' }).fill('waste');
  await page.getByRole('button', { name: 'Apply filters' }).click();

  await expect(page).toHaveURL(/[?&]q=waste(&|$)/);
  await expect(results).toHaveText('1 project matches your filters');
  await expect(projects).toHaveCount(1);
  await expect(projects.getByRole('link', { name: 'Digital Waste Service', exact: true })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('waste');

  await page.getByRole('link', { name: 'Clear filters' }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(results).toHaveText('15 projects in the portfolio');
  await expect(projects).toHaveCount(15);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
});
