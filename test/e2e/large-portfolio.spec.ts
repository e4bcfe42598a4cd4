import { expectNoViolations } from './axe';
import { expect, tabTo, test } from './fixtures';
import { LARGE_PORTFOLIO_URL } from './large-portfolio-server';

// A second server, over a generated portfolio of 2,000 projects (see playwright.config.ts).
test.use({ baseURL: LARGE_PORTFOLIO_URL });

test('someone using only a keyboard pages through 2,000 projects, then filters from the last page', async ({ page }) => {
  // Tabbing past 50 cards, twice, is hundreds of key presses.
  test.setTimeout(240_000);
  await page.goto('/');
  const summary = page.getByRole('main').getByRole('status');
  await expect(summary).toHaveText('Showing 1 to 50 of 2,000 projects');
  await expect(page.getByRole('list', { name: 'Projects' }).getByRole('article')).toHaveCount(50);
  await expectNoViolations(page);

  const pages = page.getByRole('navigation', { name: 'Pages of projects' });
  await tabTo(page, pages.getByRole('link', { name: 'Next page' }), 400);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/\?page=2$/);
  await expect(summary).toHaveText('Showing 51 to 100 of 2,000 projects');
  // Focus starts again at the top of the new list, so the next Tab is into its first card.
  await expect(summary).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('list', { name: 'Projects' }).getByRole('link').first()).toBeFocused();
  await expect(pages.getByRole('link', { name: 'Page 2', exact: true })).toHaveAttribute('aria-current', 'page');

  await tabTo(page, pages.getByRole('link', { name: 'Page 40', exact: true }), 400);
  await page.keyboard.press('Enter');
  await expect(summary).toHaveText('Showing 1,951 to 2,000 of 2,000 projects');
  await expect(pages.getByRole('link', { name: 'Next page' })).toHaveCount(0);
  await expectNoViolations(page);

  // Back goes to the page before, as it would between web pages.
  await page.goBack();
  await expect(summary).toHaveText('Showing 51 to 100 of 2,000 projects');
  await page.goForward();
  await expect(summary).toHaveText('Showing 1,951 to 2,000 of 2,000 projects');

  // A new filter starts at the first page of its own results. The filters come before the list,
  // so from the top of the list they are a few presses back.
  const phase = page.getByRole('combobox', { name: 'Current phase' });
  await page.getByRole('main').getByRole('status').focus();
  await tabTo(page, phase, 20, 'Shift+Tab');
  await page.keyboard.type('Beta');
  await tabTo(page, page.getByRole('button', { name: 'Apply filters' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/\?phase=beta$/);
  await expect(summary).toHaveText(/^Showing 1 to 50 of [\d,]+ projects that match your filters$/);
  await expectNoViolations(page);
});

test('a project with 300 updates shows 20 and then older ones on request, by keyboard', async ({ page }) => {
  await page.goto('/projects/project-0001');
  const updates = page.getByRole('list', { name: 'Updates, newest first' });
  await expect(updates.getByRole('article')).toHaveCount(20);
  const more = page.getByRole('button', { name: 'Show 20 older updates' });
  await tabTo(page, more, 400);
  await page.keyboard.press('Enter');
  await expect(updates.getByRole('article')).toHaveCount(40);
  await expect(updates.getByRole('article').nth(20).getByRole('heading', { level: 3 })).toBeFocused();
  await expectNoViolations(page);
});

test('an organisation in hundreds of projects pages them, with no accessibility violations', async ({ page }) => {
  await page.goto('/organisations/busy-borough-council');
  await expect(page.getByRole('heading', { level: 1, name: 'Busy Borough Council' })).toBeVisible();
  await expect(page.getByText(/^Showing projects 1 to 50 of \d+$/)).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('navigation', { name: 'Pages of Busy Borough Council’s projects' }).getByRole('link', { name: 'Next page' }).click();
  await expect(page.getByText(/^Showing projects 51 to 100 of \d+$/)).toBeFocused();
});
