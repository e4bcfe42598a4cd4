import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Each page is scanned once it has rendered its main heading, so axe sees the content, not a loading state. */
const PAGES = [
  { name: 'the portfolio', path: '/', heading: 'Portfolio' },
  { name: 'a filtered portfolio', path: '/?phase=beta&status=active', heading: 'Portfolio' },
  { name: 'a portfolio filtered to nothing', path: '/?q=no+such+project', heading: 'Portfolio' },
  { name: 'a project', path: '/projects/housing-repairs', heading: 'Housing Repairs' },
  { name: 'the organisations list', path: '/organisations', heading: 'Organisations' },
  { name: 'an organisation', path: '/organisations/city-of-lincoln-council', heading: 'City of Lincoln Council' },
  { name: 'the not-found page', path: '/no/such/page', heading: 'Page not found' },
] as const;

async function scan(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
  }));
}

for (const { name, path, heading } of PAGES) {
  test(`${name} has no WCAG 2.2 AA violations axe can find`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    const violations = await scan(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });
}
