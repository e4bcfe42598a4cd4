import type { Page } from '@playwright/test';
import { signInByApi } from './accounts';
import { expectNoViolations } from './axe';
import { expect, test } from './fixtures';

/** Writes an update (a project's, or team news) dated in May 2022, submits it and approves it, as engagement staff may. */
async function approvedUpdate(page: Page, start: string, headline: string, body: string, day: string) {
  await page.goto(start);
  await page.getByRole('textbox', { name: 'Headline' }).fill(headline);
  const date = page.getByRole('group', { name: 'Date of the update' });
  await date.getByRole('textbox', { name: 'Day' }).fill(day);
  await date.getByRole('textbox', { name: 'Month' }).fill('5');
  await date.getByRole('textbox', { name: 'Year' }).fill('2022');
  await page.getByRole('textbox', { name: 'Update' }).fill(body);
  await page.getByRole('button', { name: 'Save and submit for review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await page.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(page.getByText('Date of the update', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Approve and publish' })).toBeHidden();
}

test('engagement staff compose Sprint Notes #47 from May’s updates, chase who sent nothing, and publish it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const run = Date.now().toString(36);
  const team = `We ran a roadshow in York ${run}`;
  const bins = `Garden waste subscriptions open ${run}`;
  const repairs = `Repairs booking in public beta ${run}`;
  await signInByApi(page, 'engagement@demo.test');
  await approvedUpdate(page, '/team-news/new', team, 'Council staff from across **Yorkshire** came along.', '19');
  await approvedUpdate(page, '/projects/digital-waste-service/updates/new', bins, 'Residents can now subscribe online.', '16');
  await approvedUpdate(page, '/projects/housing-repairs/updates/new', repairs, 'The public beta started on Monday 16 May.', '17');

  // A new issue, for the fortnight after #46.
  await page.goto('/sprint-notes');
  await expect(page.getByRole('link', { name: 'Sprint Notes #46' })).toBeVisible();
  await page.getByRole('link', { name: 'Start a new issue' }).click();
  const from = page.getByRole('group', { name: 'Covers from' });
  await from.getByRole('textbox', { name: 'Day' }).fill('12');
  await from.getByRole('textbox', { name: 'Month' }).fill('5');
  await from.getByRole('textbox', { name: 'Year' }).fill('2022');
  const to = page.getByRole('group', { name: 'Covers to' });
  await to.getByRole('textbox', { name: 'Day' }).fill('25');
  await to.getByRole('textbox', { name: 'Month' }).fill('5');
  await to.getByRole('textbox', { name: 'Year' }).fill('2022');
  await page.getByRole('button', { name: 'Start the issue' }).click();
  const heading = page.getByRole('heading', { level: 1, name: /Compose Sprint Notes #\d+$/ });
  await expect(heading).toBeVisible();
  const number = /#(\d+)$/.exec((await heading.textContent()) ?? '')?.[1] ?? '';
  const title = `Sprint Notes #${number}`;

  // Only this period's approved updates are offered: none of #46's, which are dated 11 May.
  const projectUpdates = page.getByRole('region', { name: 'Project updates' });
  await expect(projectUpdates.getByRole('checkbox', { name: bins })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'We held our first regional roadshow in Newcastle' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 3, name: 'Family Context (Stockport Council)' })).toBeVisible();
  await expectNoViolations(page);

  // Choose by keyboard: the team item and both projects, which take their places by name.
  await page.getByRole('checkbox', { name: team }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('checkbox', { name: bins }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('checkbox', { name: repairs }).focus();
  await page.keyboard.press('Space');
  const order = page.locator('.app-compose-order__group h4');
  await expect(order).toHaveText([team, 'Digital Waste Service (Rugby Borough Council)', 'Housing Repairs (City of Lincoln Council)']);

  // A reload in the middle of composing loses nothing.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: repairs })).toBeChecked();
  await expect(page.getByText(/You have changes not yet saved to the server/)).toBeVisible();

  // Housing Repairs first, by keyboard; focus stays with it.
  const up = page.getByRole('button', { name: 'Move up: Housing Repairs (City of Lincoln Council)' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(order).toHaveText([team, 'Housing Repairs (City of Lincoln Council)', 'Digital Waste Service (Rugby Borough Council)']);
  await expect(page.getByRole('button', { name: 'Move down: Housing Repairs (City of Lincoln Council)' })).toBeFocused();

  await page.getByRole('textbox', { name: 'Introduction' }).fill('Welcome to our Sprint Notes! Here is what happened in the second half of May.');
  await page.getByRole('button', { name: 'Show the preview' }).click();
  const preview = page.locator('#preview-document');
  await expect(preview.getByRole('heading', { level: 3 })).toHaveText([team, 'Housing Repairs (City of Lincoln Council)', 'Digital Waste Service (Rugby Borough Council)']);
  await expect(preview.locator('strong', { hasText: 'Yorkshire' })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(page.getByText('The draft has been saved.')).toBeVisible();

  // The saved draft's page: preview and copy the HTML for Medium.
  await page.getByRole('link', { name: 'Preview and export the saved draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Copy for Medium or email' }).click();
  await expect(page.getByText('Copied. Paste it into Medium or an email.')).toBeVisible();
  const clipboard = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (item === undefined) return null;
    return { types: [...item.types].sort(), html: await (await item.getType('text/html')).text() };
  });
  expect(clipboard?.types).toEqual(['text/html', 'text/plain']);
  expect(clipboard?.html).toContain('<h3>Housing Repairs (City of Lincoln Council)</h3>');

  // Publish.
  await page.getByRole('link', { name: 'Continue composing' }).click();
  const published = page.getByRole('group', { name: 'Date published' });
  await published.getByRole('textbox', { name: 'Day' }).fill('26');
  await published.getByRole('textbox', { name: 'Month' }).fill('5');
  await published.getByRole('textbox', { name: 'Year' }).fill('2022');
  await page.getByRole('button', { name: `Publish ${title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/sprint-notes/${number}$`));

  // Public now: the archive, its page and the feed, for anyone.
  const visitor = await page.context().browser()?.newContext();
  const reader = await visitor?.newPage();
  if (reader === undefined) throw new Error('No second browser context');
  await reader.goto('/sprint-notes');
  await expect(reader.getByRole('link', { name: title })).toBeVisible();
  await expectNoViolations(reader);
  await reader.getByRole('link', { name: title }).click();
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(reader.getByRole('heading', { level: 3, name: team })).toBeVisible();
  await expectNoViolations(reader);
  const feed = await reader.request.get('/sprint-notes/feed.atom');
  expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const titles = await reader.evaluate((xml) => {
    const document = new DOMParser().parseFromString(xml, 'application/xml');
    return document.querySelector('parsererror') === null ? [...document.querySelectorAll('entry > title')].map((entry) => entry.textContent) : null;
  }, await feed.text());
  expect(titles).toEqual([title, 'Sprint Notes #46']);
  await visitor?.close();
});

test('council staff cannot start, change or publish an issue, and see no drafts', async ({ page }) => {
  await signInByApi(page, 'rugby@demo.test');
  const start = await page.request.post('/api/sprint-notes', { data: { coversFrom: '2022-05-12', coversTo: '2022-05-25' } });
  expect(start.status()).toBe(403);
  const publish = await page.request.post('/api/sprint-notes/46/publish', { data: { version: 1, publishedOn: '2022-05-26' } });
  expect(publish.status()).toBe(403);
  const anonymous = await page.context().browser()?.newContext();
  const visitorStart = await anonymous?.request.post('/api/sprint-notes', { data: { coversFrom: '2022-05-12', coversTo: '2022-05-25' } });
  expect(visitorStart?.status()).toBe(401);
  await anonymous?.close();
  await page.goto('/sprint-notes');
  await expect(page.getByRole('heading', { level: 1, name: 'Sprint Notes' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start a new issue' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Drafts' })).toHaveCount(0);
});
