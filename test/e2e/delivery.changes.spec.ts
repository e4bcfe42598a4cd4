import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { signInByApi } from './accounts';
import { expectNoViolations } from './axe';
import { expect, test } from './fixtures';

/** A column's header in the portfolio table, by the start of its name. */
function header(page: Page, name: string): Locator {
  return page.getByRole('columnheader', { name: new RegExp(`^${name}\\s*,`) });
}

/** Sorts the table by a column from the keyboard: focus on the header's link, then Enter. */
async function sortByKeyboard(page: Page, name: string): Promise<void> {
  await header(page, name).getByRole('link').focus();
  await page.keyboard.press('Enter');
}

test('a manager rates Housing Repairs amber with a reason, and sees it on its card, in the table and on its page, with the earlier rating', async ({ page }) => {
  await signInByApi(page, 'manager@demo.test');
  await page.goto('/projects/housing-repairs');
  await expect(page.getByRole('heading', { level: 1, name: 'Housing Repairs' })).toBeVisible();
  const section = page.getByRole('region', { name: 'Delivery confidence' });

  for (const [rating, reason] of [
    ['Green: on track', 'Discovery findings signed off by the partners.'],
    ['Amber: some concerns', 'Beta start has slipped while a supplier is found.'],
  ] as const) {
    await page.getByRole('button', { name: 'Rate delivery confidence' }).click();
    const form = page.getByRole('form', { name: 'Rate delivery confidence' });
    await form.getByRole('radio', { name: rating }).check();
    await form.getByRole('textbox', { name: 'Reason' }).fill(reason);
    await form.getByRole('button', { name: 'Save rating' }).click();
    await expect(section.getByText(reason)).toBeVisible();
  }
  await expect(section.locator('.govuk-tag').first()).toHaveText('Amber: some concerns');
  const earlier = section.getByRole('heading', { name: 'Earlier ratings' }).locator('xpath=following-sibling::ol[1]');
  await expect(earlier).toContainText('Green: on track');
  await expect(earlier).toContainText('Discovery findings signed off by the partners.');
  // The portfolio's own rules, apart from the rating.
  await expect(section.getByRole('list', { name: 'Flags' })).toBeVisible();
  await expectNoViolations(page);

  await page.goto('/?q=housing+repairs');
  const card = page.getByRole('article', { name: 'Housing Repairs' });
  await expect(card.getByText('Amber: some concerns')).toBeVisible();

  await page.getByRole('navigation', { name: 'Show projects as' }).getByRole('link', { name: 'Table' }).click();
  const row = page.getByRole('row', { name: /^Housing Repairs/ });
  await expect(row.getByText('Amber: some concerns')).toBeVisible();
  await expectNoViolations(page);
});

test('the table sorts by latest update and by planned end from the keyboard, the sort kept in the address', async ({ page }) => {
  await signInByApi(page, 'manager@demo.test');
  await page.goto('/?view=table');
  await expect(header(page, 'Project')).toHaveAttribute('aria-sort', 'ascending');

  await sortByKeyboard(page, 'Planned end');
  await expect(header(page, 'Planned end')).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/sort=plannedEnd/);
  // Digital Waste Service's sprints 8 and 9 are the one current phase with a planned end; unknown ends come last.
  await expect(page.getByRole('rowheader').first()).toHaveText('Digital Waste Service');
  await expect(header(page, 'Planned end').getByRole('link')).toBeFocused();

  await sortByKeyboard(page, 'Latest update');
  await expect(header(page, 'Latest update')).toHaveAttribute('aria-sort', 'descending');
  await expect(header(page, 'Planned end')).toHaveAttribute('aria-sort', 'none');
  await expect(page).toHaveURL(/order=descending&sort=latestUpdate&view=table/);
  await page.keyboard.press('Enter');
  await expect(header(page, 'Latest update')).toHaveAttribute('aria-sort', 'ascending');

  await page.reload();
  await expect(header(page, 'Latest update')).toHaveAttribute('aria-sort', 'ascending');
  await expectNoViolations(page);
});

test('the portfolio downloads as a CSV a spreadsheet opens, with the filters chosen', async ({ page }) => {
  await page.goto('/?phase=beta');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download as CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^portfolio-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toMatch(/^Project,Address,Leads,Current phase,/);
  // The header, three projects in beta, and the empty string after the last CRLF.
  expect(lines).toHaveLength(5);
  expect(lines.slice(1, 4).map((line) => line.split(',')[0])).toEqual(['Family Context', 'Open Referral UK', 'SEND top-up']);
});

test('the data gaps page lists what is missing, each with a link to put it right, and has no violations axe can find', async ({ page }) => {
  await signInByApi(page, 'manager@demo.test');
  await page.goto('/data-gaps');
  await expect(page.getByRole('heading', { level: 1, name: 'Data gaps' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Kinds of gap' }).getByRole('link', { name: 'No funding amount' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'No funding amount' })).toBeFocused();
  await page.getByRole('link', { name: 'Add the funding for Revs and Bens' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Revs and Bens' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Phases' })).toBeFocused();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Data gaps' })).toBeVisible();
  await expectNoViolations(page);
});
