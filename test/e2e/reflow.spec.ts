import type { Page } from '@playwright/test';
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
  { name: 'the sign-in page, with the demo accounts', path: '/sign-in', heading: 'Sign in' },
  // "Buckinghamshire" is the longest single word in a large heading in the seed data.
  { name: 'an organisation page with a long name', path: '/organisations/buckinghamshire-county-council', heading: 'Buckinghamshire County Council' },
] as const;

for (const { name, path, heading } of PAGES) {
  test(`${name} fits a 320 pixel wide screen without scrolling sideways`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    const { scrollWidth, clientWidth } = await horizontalOverflow(page);
    expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
  });
}
