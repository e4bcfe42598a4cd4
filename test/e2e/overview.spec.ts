import type { Page } from '@playwright/test';
import { signInByApi } from './accounts';
import { expectNoViolations } from './axe';
import { expect, test } from './fixtures';

async function openOverview(page: Page): Promise<void> {
  await signInByApi(page, 'manager@demo.test');
  await page.goto('/overview');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
}

/** How wide the page is against the window: wider means scrolling sideways (WCAG 1.4.10). */
async function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
}

test('a manager reads the portfolio by phase and by status, and follows a count to its projects', async ({ page }) => {
  await openOverview(page);

  // The seed's figures, whatever day it is: a project's current phase and status do not move with the calendar.
  const phases = page.getByRole('table', { name: 'Projects by phase' });
  await expect(phases.getByRole('link', { name: '1 project in discovery' })).toHaveAttribute('href', '/?phase=discovery');
  await expect(phases.getByRole('link', { name: '3 projects in alpha' })).toHaveAttribute('href', '/?phase=alpha');
  await expect(phases.getByRole('link', { name: '3 projects in beta' })).toHaveAttribute('href', '/?phase=beta');
  await expect(phases.getByRole('link', { name: '2 projects in another kind of work' })).toHaveAttribute('href', '/?phase=other');
  await expect(phases.getByRole('link', { name: '6 projects with no standard phase' })).toHaveAttribute('href', '/?phase=unknown');
  await expect(phases.getByRole('row', { name: /^Live/ }).getByRole('cell')).toHaveText('0');
  const statuses = page.getByRole('table', { name: 'Projects by status' });
  await expect(statuses.getByRole('link', { name: '14 active projects' })).toHaveAttribute('href', '/?status=active');
  await expect(statuses.getByRole('link', { name: '1 completed project' })).toHaveAttribute('href', '/?status=completed');
  // LDCU's own figures, for its staff.
  await expect(page.getByRole('heading', { level: 2, name: 'Delivery confidence' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Updates waiting for review' })).toBeVisible();

  await phases.getByRole('link', { name: '3 projects in beta' }).click();

  await expect(page).toHaveURL(/\/\?phase=beta$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
  const cards = page.getByRole('list', { name: 'Projects' }).getByRole('article');
  await expect(cards).toHaveCount(3);
  await expect(cards.getByRole('heading', { level: 2 })).toHaveText(['Family Context', 'Open Referral UK', 'SEND top-up']);
});

test('the overview has no WCAG 2.2 AA violations axe can find', async ({ page }) => {
  await openOverview(page);
  await expectNoViolations(page);
});

test.describe('on a 320 pixel wide screen', () => {
  test.use({ viewport: { width: 320, height: 720 } });

  test('the overview fits without scrolling sideways, and has no WCAG 2.2 AA violations axe can find', async ({ page }) => {
    await openOverview(page);
    const { scrollWidth, clientWidth } = await horizontalOverflow(page);
    expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
    await expectNoViolations(page);
  });
});
