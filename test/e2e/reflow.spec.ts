import type { Page } from '@playwright/test';
import { signInByApi } from './accounts';
import { expect, test } from './fixtures';

// WCAG 1.4.10 Reflow: content must fit 320 CSS pixels without scrolling sideways.
test.use({ viewport: { width: 320, height: 720 } });

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
}

const PAGES = [
  { name: 'the portfolio', path: '/', heading: 'Portfolio' },
  { name: 'a project page', path: '/projects/housing-repairs', heading: 'Housing Repairs' },
  { name: 'the organisations list', path: '/organisations', heading: 'Organisations' },
  { name: 'the Sprint Notes archive', path: '/sprint-notes', heading: 'Sprint Notes' },
  { name: 'a Sprint Notes issue', path: '/sprint-notes/46', heading: 'Sprint Notes #46' },
  { name: 'the sign-in page, with the demo accounts', path: '/sign-in', heading: 'Sign in' },
  // "Buckinghamshire" is the longest single word in a large heading in the seed data.
  { name: 'an organisation page with a long name', path: '/organisations/buckinghamshire-county-council', heading: 'Buckinghamshire County Council' },
  { name: 'the portfolio as a table', path: '/?view=table', heading: 'Portfolio' },
  { name: 'the overview', path: '/overview', heading: 'Overview' },
  { name: 'the timeline', path: '/timeline', heading: 'Timeline' },
] as const;

for (const { name, path, heading } of PAGES) {
  test(`${name} fits a 320 pixel wide screen without scrolling sideways`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    const { scrollWidth, clientWidth } = await horizontalOverflow(page);
    expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
  });
}

test('the whole history, with a long link in a change, fits a 320 pixel wide screen without scrolling sideways', async ({ page }) => {
  await signInByApi(page, 'manager@demo.test');
  const project = await page.request.get('/api/projects/community-grants-service');
  const { version } = (await project.json()) as { version: number };
  const saved = await page.request.patch('/api/projects/community-grants-service/links', {
    data: { repositoryUrl: `https://github.com/newcastle-city-council/community-grants-service-${'a-very-long-repository-name-'.repeat(3)}`, version },
  });
  expect(saved.status()).toBe(200);

  await page.goto('/history');
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  const { scrollWidth, clientWidth } = await horizontalOverflow(page);
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
});

test('the data gaps page, for a manager, fits a 320 pixel wide screen without scrolling sideways', async ({ page }) => {
  await signInByApi(page, 'manager@demo.test');
  await page.goto('/data-gaps?gap=no_funding_amount');
  await expect(page.getByRole('heading', { level: 1, name: 'Data gaps' })).toBeVisible();
  const { scrollWidth, clientWidth } = await horizontalOverflow(page);
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
});
