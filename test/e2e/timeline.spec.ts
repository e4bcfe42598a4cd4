import type { Locator, Page } from '@playwright/test';
import { expectNoViolations } from './axe';
import { expect, tabTo, test } from './fixtures';

// The seed's dates are in 2022 and the server runs on today's date, so Digital Waste Service's
// sprints 8 and 9 (planned to end 7 June 2022) are past their planned end by however many weeks.
const SPRINTS_BAR =
  /^Digital Waste Service\. Sprints 8 and 9, funded from underspend\. In progress\. Week 1 of 4, as of 11 May 2022\. \d+ weeks past its planned end of 7 June 2022\. Started 11 May 2022; planned to end 7 June 2022\.$/;

async function openTimeline(page: Page) {
  await page.goto('/timeline');
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
}

/** The table's row for one entry of one project. */
function tableRow(page: Page, project: string, entry: string): Locator {
  return page
    .getByRole('table', { name: 'Timeline as a table' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: project, exact: true }) })
    .filter({ has: page.getByRole('rowheader', { name: entry, exact: true }) });
}

async function pageOverflow(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
}

test.describe('the timeline', () => {
  test('shows Revs and Bens at week 7 of 12 and Digital Waste Service’s sprints 8 and 9 running to 7 June 2022, in the chart and its table alike', async ({ page }) => {
    await openTimeline(page);
    const chart = page.getByRole('region', { name: 'Timeline chart' });

    await expect(chart.getByRole('list', { name: 'Revs and Bens' })).toContainText('Alpha. In progress. Week 7 of 12, as reported on 11 May 2022.');
    await expect(tableRow(page, 'Revs and Bens', 'Alpha').getByRole('cell')).toHaveText([
      'Revs and Bens',
      'Dates not known; planned for 12 weeks',
      'In progress. Week 7 of 12, as reported on 11 May 2022.',
    ]);

    const sprints = chart.getByRole('link', { name: SPRINTS_BAR });
    await expect(sprints).toBeVisible();
    await expect(sprints).toContainText(/\d+ weeks past its planned end of 7 June 2022/);
    await expect(tableRow(page, 'Digital Waste Service', 'Sprints 8 and 9, funded from underspend').getByRole('cell')).toHaveText([
      'Digital Waste Service',
      'Started 11 May 2022; planned to end 7 June 2022',
      /^In progress\. Week 1 of 4, as of 11 May 2022\. \d+ weeks past its planned end of 7 June 2022\.$/,
    ]);
    await expect(chart.getByText(/^Today, \d{1,2} [A-Z][a-z]+ \d{4}$/)).toBeVisible();
  });

  test('has no WCAG 2.2 AA violations axe can find', async ({ page }) => {
    await openTimeline(page);
    await expect(page.getByRole('table', { name: 'Timeline as a table' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('someone using only a keyboard reaches a bar and follows it to its project', async ({ page }) => {
    await openTimeline(page);

    const sprints = page.getByRole('region', { name: 'Timeline chart' }).getByRole('link', { name: SPRINTS_BAR });
    await tabTo(page, sprints);
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/projects\/digital-waste-service$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Digital Waste Service' })).toBeFocused();
  });

  test('a project page has its own timeline, and no WCAG 2.2 AA violations axe can find', async ({ page }) => {
    await page.goto('/projects/digital-waste-service');
    await expect(page.getByRole('heading', { level: 1, name: 'Digital Waste Service' })).toBeVisible();
    const section = page.getByRole('region', { name: 'Timeline', exact: true });
    await expect(section.getByRole('region', { name: 'Timeline of Digital Waste Service', exact: true })).toContainText('Sprints 8 and 9, funded from underspend.');
    await expect(section.getByRole('table', { name: 'Timeline of Digital Waste Service as a table' })).toBeVisible();
    await expectNoViolations(page);
  });
});

test.describe('the timeline on a phone held upright', () => {
  // WCAG 1.4.10 Reflow: content must fit 320 CSS pixels without scrolling sideways.
  test.use({ viewport: { width: 320, height: 720 } });

  test('scrolls sideways inside its own box, by keyboard too, never the page, and has no WCAG 2.2 AA violations axe can find', async ({ page }) => {
    await openTimeline(page);
    const chart = page.getByRole('region', { name: 'Timeline chart' });
    await expect(chart).toBeVisible();

    const { scrollWidth, clientWidth } = await pageOverflow(page);
    expect(scrollWidth, `page is ${String(scrollWidth)}px wide in a ${String(clientWidth)}px viewport`).toBeLessThanOrEqual(clientWidth);
    const box = await chart.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
    expect(box.scrollWidth, 'the chart is wider than its box').toBeGreaterThan(box.clientWidth);

    await chart.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => chart.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    await expectNoViolations(page);
  });

  test('a project page with its timeline fits without scrolling sideways', async ({ page }) => {
    await page.goto('/projects/digital-waste-service');
    await expect(page.getByRole('heading', { level: 1, name: 'Digital Waste Service' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Timeline of Digital Waste Service', exact: true })).toBeVisible();

    const { scrollWidth, clientWidth } = await pageOverflow(page);
    expect(scrollWidth, `page is ${String(scrollWidth)}px wide in a ${String(clientWidth)}px viewport`).toBeLessThanOrEqual(clientWidth);
  });
});
