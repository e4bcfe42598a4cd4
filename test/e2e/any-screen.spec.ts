import { expect, test } from './fixtures';

// The app on a phone held upright, on a desktop, and on paper: what the stylesheet shows and hides,
// which jsdom cannot tell.

test.describe('on a phone', () => {
  test.use({ viewport: { width: 320, height: 720 } });

  test('the service navigation folds behind Menu, and folds away again once a link is followed', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
    const menu = page.getByRole('navigation', { name: 'Menu' });
    const toggle = menu.getByRole('button', { name: 'Menu' });
    const organisations = menu.getByRole('link', { name: 'Organisations' });
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(organisations).toBeHidden();

    await toggle.click();

    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(menu.getByRole('link', { name: 'Overview' })).toBeVisible();
    await organisations.click();

    await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(organisations).toBeHidden();
  });

  test('the filters fold behind Show filters, and what is chosen shows as tags that each remove one', async ({ page }) => {
    await page.goto('/');
    const results = page.getByRole('status').filter({ hasText: /^\d+ projects? / });
    await expect(results).toHaveText('15 projects in the portfolio');
    const toggle = page.getByRole('button', { name: 'Show filters' });
    await expect(page.getByRole('search', { name: 'Filter projects' })).toBeHidden();

    await toggle.click();

    await expect(page.getByRole('button', { name: 'Hide filters' })).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('combobox', { name: 'Current phase' }).selectOption('beta');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(results).toHaveText('3 projects match your filters');

    const tag = page.getByRole('link', { name: 'Remove filter: Beta' });
    await expect(tag).toBeVisible();
    await tag.click();

    await expect(results).toHaveText('15 projects in the portfolio');
    await expect(page).toHaveURL(/\/$/);
  });

  test('a table too wide for the screen scrolls in its own box, says so, and takes focus to be scrolled by keyboard', async ({ page }) => {
    await page.goto('/projects/open-referral-uk');
    await expect(page.getByRole('heading', { level: 1, name: 'Open Referral UK' })).toBeVisible();
    const region = page.getByRole('region', { name: 'Table of partners' });
    const overflows = await region.evaluate((element) => element.scrollWidth > element.clientWidth);
    expect(overflows, 'the partners table is wider than 320 pixels').toBe(true);

    // The hint above the box is visible and describes it, so a screen reader hears it on arrival.
    await expect(region).toHaveAccessibleDescription('Scroll to see more');
    await expect(page.locator(`#${(await region.getAttribute('aria-describedby')) ?? 'none'}`)).toBeVisible();
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    // The page itself still fits: only the table's box scrolls.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1024, height: 600 } });

  test('the menu and the filters are shown whole, with no buttons to fold them', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();

    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Organisations' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Show filters' })).toBeHidden();
    await expect(page.getByRole('search', { name: 'Filter projects' })).toBeVisible();
  });

  test('Back returns to the portfolio where it was scrolled to, with focus on the project that was opened', async ({ page }) => {
    await page.goto('/');
    const card = page.getByRole('article', { name: 'Revs and Bens' });
    const link = card.getByRole('link', { name: 'Revs and Bens', exact: true });
    await link.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled, 'the card is far enough down the list to need scrolling').toBeGreaterThan(200);

    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Revs and Bens' })).toBeFocused();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await page.goBack();

    await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
    await expect(link).toBeFocused();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled);
  });

  test('a slow first answer shows the header and a loading message, then the page', async ({ page }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route((url) => url.pathname === '/api/projects', async (route) => {
      await held;
      await route.continue();
    });

    await page.goto('/');

    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Local Digital Portfolio' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Loading the portfolio…' })).toBeVisible();
    release();
    await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
    await expect(page.getByText('Loading the portfolio…')).toHaveCount(0);
  });
});

test.describe('on paper', () => {
  test('a project prints its content alone: no skip link, header, menu, buttons or footer', async ({ page }) => {
    await page.goto('/projects/housing-repairs');
    await expect(page.getByRole('heading', { level: 1, name: 'Housing Repairs' })).toBeVisible();

    await page.emulateMedia({ media: 'print' });

    await expect(page.getByRole('heading', { level: 1, name: 'Housing Repairs' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Menu' })).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
    // Black on white, whatever the screen's colours.
    expect(await page.getByRole('heading', { level: 1 }).evaluate((element) => getComputedStyle(element).color)).toBe('rgb(0, 0, 0)');
  });

  test('the portfolio prints its list without the filters or the pages', async ({ page }) => {
    await page.goto('/?phase=beta');
    await expect(page.getByRole('list', { name: 'Projects' })).toBeVisible();

    await page.emulateMedia({ media: 'print' });

    await expect(page.getByRole('list', { name: 'Projects' })).toBeVisible();
    await expect(page.getByRole('search', { name: 'Filter projects' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Remove filter: Beta' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Show filters' })).toBeHidden();
  });
});
