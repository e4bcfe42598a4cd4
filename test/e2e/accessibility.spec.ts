import { inviteByApi, signInByApi, uniqueEmail } from './accounts';
import { expectNoViolations } from './axe';
import { expect, test } from './fixtures';

/** Each page is scanned once it has rendered its main heading, so axe sees the content, not a loading state. */
const PAGES = [
  { name: 'the portfolio', path: '/', heading: 'Portfolio' },
  { name: 'a filtered portfolio', path: '/?phase=beta&status=active', heading: 'Portfolio' },
  { name: 'a portfolio filtered to nothing', path: '/?q=no+such+project', heading: 'Portfolio' },
  { name: 'a project', path: '/projects/housing-repairs', heading: 'Housing Repairs' },
  { name: 'the organisations list', path: '/organisations', heading: 'Organisations' },
  { name: 'the Sprint Notes archive', path: '/sprint-notes', heading: 'Sprint Notes' },
  { name: 'a Sprint Notes issue', path: '/sprint-notes/46', heading: 'Sprint Notes #46' },
  { name: 'an organisation', path: '/organisations/city-of-lincoln-council', heading: 'City of Lincoln Council' },
  { name: 'the not-found page', path: '/no/such/page', heading: 'Page not found' },
  { name: 'a project with per-phase partners', path: '/projects/open-referral-uk', heading: 'Open Referral UK' },
  { name: 'a portfolio link with unknown filters', path: '/?phase=banana', heading: 'Portfolio' },
  { name: 'the accessibility statement', path: '/accessibility', heading: 'Accessibility statement' },
  { name: 'the sign-in page (with the demo accounts)', path: '/sign-in', heading: 'Sign in' },
  { name: 'the sign-in page after a session ended', path: '/sign-in?returnTo=%2Fusers&reason=session-ended', heading: 'Sign in' },
] as const;

for (const { name, path, heading } of PAGES) {
  test(`${name} has no WCAG 2.2 AA violations axe can find`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoViolations(page);
  });
}

test.describe('the sign-in page showing errors', () => {
  // The API answers an empty form with 400, which Chromium reports; that line is expected.
  test.use({ expectedConsoleErrors: [/status of 400 .*\/api\/session\)$/] });

  test('has no WCAG 2.2 AA violations axe can find', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText('Enter your email address');
    await expectNoViolations(page);
  });
});

test('the users page has no WCAG 2.2 AA violations axe can find', async ({ page }) => {
  await signInByApi(page, 'manager@demo.test');
  await page.goto('/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  // With the organisation revealed under "Council staff", and with a new account's link showing.
  const form = page.getByRole('form', { name: 'Add an account' });
  await form.getByRole('textbox', { name: 'Email address' }).fill(uniqueEmail('axe'));
  await form.getByRole('textbox', { name: 'Full name' }).fill('Axe Example');
  await form.getByRole('radio', { name: 'Council staff' }).check();
  await form.getByRole('combobox', { name: 'Organisation' }).selectOption({ label: 'Rugby Borough Council' });
  await form.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByRole('heading', { name: 'Account added for Axe Example' })).toBeVisible();
  await expectNoViolations(page);
});

test('an account’s page has no WCAG 2.2 AA violations axe can find', async ({ page }) => {
  await signInByApi(page, 'manager@demo.test');
  await page.goto('/users');
  await page.getByRole('link', { name: 'Demo Rugby' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Demo Rugby' })).toBeVisible();
  await expectNoViolations(page);
});

test('a project page with its links form open has no WCAG 2.2 AA violations axe can find', async ({ page }) => {
  await signInByApi(page, 'rugby@demo.test');
  await page.goto('/projects/digital-waste-service');
  await page.getByRole('button', { name: 'Edit links' }).click();
  await expect(page.getByRole('form', { name: 'Edit this project’s links' })).toBeVisible();
  await expectNoViolations(page);
});

test.describe('a project page with its schedule-a-show-and-tell form showing errors', () => {
  // The API answers the empty form with 400, which Chromium reports; that line is expected.
  test.use({ expectedConsoleErrors: [/status of 400 .*\/api\/projects\/digital-waste-service\/show-and-tells\)$/] });

  test('has no WCAG 2.2 AA violations axe can find', async ({ page }) => {
    await signInByApi(page, 'rugby@demo.test');
    await page.goto('/projects/digital-waste-service');
    await page.getByRole('button', { name: 'Schedule a show and tell' }).click();
    const form = page.getByRole('form', { name: 'Schedule a show and tell' });
    await form.getByRole('button', { name: 'Schedule show and tell' }).click();
    await expect(form.getByRole('alert')).toContainText('Enter the date of the show and tell');
    await expect(form.getByRole('group', { name: 'Date' })).toContainText('Enter the date of the show and tell');
    await expectNoViolations(page);
  });
});

test('a project page with a show and tell’s edit form open has no WCAG 2.2 AA violations axe can find', async ({ page }) => {
  await signInByApi(page, 'rugby@demo.test');
  await page.goto('/projects/digital-waste-service');
  await page.getByRole('button', { name: 'Edit Sprint 7 show and tell' }).click();
  await expect(page.getByRole('form', { name: 'Edit Sprint 7 show and tell' })).toBeVisible();
  await expectNoViolations(page);
});

test('the set-up page has no WCAG 2.2 AA violations axe can find', async ({ page }) => {
  await signInByApi(page, 'manager@demo.test');
  const path = await inviteByApi(page, uniqueEmail('setup'));
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Create your account' })).toBeVisible();
  await expectNoViolations(page);
});

test.describe('a used or expired set-up link', () => {
  // The API answers 410 for it, which Chromium reports; that line is expected.
  test.use({ expectedConsoleErrors: [/status of 410 .*\/api\/setup\/no-such-link\)$/] });

  test('shows a page with no WCAG 2.2 AA violations axe can find', async ({ page }) => {
    await page.goto('/setup/no-such-link');
    await expect(page.getByRole('heading', { level: 1, name: 'This link has expired or has already been used' })).toBeVisible();
    await expectNoViolations(page);
  });
});

test.describe('signed-in pages for updates and editing', () => {
  // Forms submitted empty on purpose are answered 400, which Chromium reports; those lines are expected.
  test.use({ expectedConsoleErrors: [/status of 400 .*\/api\/projects\/family-context\/phases\/next\)$/] });

  test('the review queue and a council officer’s projects have no WCAG 2.2 AA violations axe can find', async ({ page, browser }) => {
    await signInByApi(page, 'engagement@demo.test');
    await page.goto('/review');
    await expect(page.getByRole('heading', { level: 1, name: 'Review updates' })).toBeVisible();
    await expectNoViolations(page);

    const council = await browser.newContext();
    const rugby = await council.newPage();
    await signInByApi(rugby, 'rugby@demo.test');
    await rugby.goto('/your-projects');
    await expect(rugby.getByRole('heading', { level: 1, name: 'Your projects' })).toBeVisible();
    await expectNoViolations(rugby);
    await council.close();
  });

  test('an update’s page and its delete confirmation have no WCAG 2.2 AA violations axe can find', async ({ page }) => {
    await signInByApi(page, 'rugby@demo.test');
    const created = await page.request.post('/api/projects/digital-waste-service/updates', {
      data: { headline: `Axe draft ${Date.now().toString(36)}`, bodyMarkdown: 'A *draft* with a [link](https://www.rugby.gov.uk).' },
    });
    expect(created.status()).toBe(201);
    const { update } = (await created.json()) as { update: { id: number; headline: string } };
    await page.goto(`/updates/${String(update.id)}`);
    await expect(page.getByRole('heading', { level: 1, name: update.headline })).toBeVisible();
    await expectNoViolations(page);
    await page.getByRole('link', { name: 'Delete this update' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Are you sure you want to delete this update?' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('the start-the-next-phase form showing errors, and a phase’s edit form, have no WCAG 2.2 AA violations axe can find', async ({ page }) => {
    await signInByApi(page, 'manager@demo.test');
    await page.goto('/projects/family-context');
    const phases = page.getByRole('region', { name: 'Phases' });
    await phases.getByRole('button', { name: 'Start the next phase' }).click();
    await phases.getByRole('button', { name: 'Start the phase' }).click();
    await expect(phases.getByRole('alert')).toContainText('Enter the day the next phase starts');
    await expectNoViolations(page);
    await phases.getByRole('button', { name: 'Edit Beta' }).click();
    await expect(phases.getByRole('form', { name: 'Edit Beta' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('asking before an account is disabled has no WCAG 2.2 AA violations axe can find', async ({ page }) => {
    await signInByApi(page, 'manager@demo.test');
    await page.goto('/users');
    await page.getByRole('link', { name: 'Demo Lincoln' }).click();
    await page.getByRole('button', { name: 'Disable account' }).click();
    await expect(page.getByRole('heading', { name: 'Are you sure you want to disable Demo Lincoln’s account?' })).toBeFocused();
    await expectNoViolations(page);
  });
});

test.describe('the project editing forms showing their errors', () => {
  // Forms submitted empty on purpose are answered 400, which Chromium reports; those lines are expected.
  test.use({ expectedConsoleErrors: [/status of 400 .*\/api\/projects(\/family-context\/(outputs|partnerships))?\)$/] });

  test('the outputs and partners forms have no WCAG 2.2 AA violations axe can find', async ({ page }) => {
    await signInByApi(page, 'manager@demo.test');
    await page.goto('/projects/family-context');
    const outputs = page.getByRole('region', { name: 'Outputs' });
    await outputs.getByRole('button', { name: 'Add an output' }).click();
    await outputs.getByRole('form', { name: 'Add an output' }).getByRole('button', { name: 'Add output' }).click();
    await expect(outputs.getByRole('alert')).toBeVisible();
    await expectNoViolations(page);

    const partners = page.getByRole('region', { name: 'Partners' });
    await partners.getByRole('button', { name: 'Add a partner' }).click();
    const search = partners.getByRole('search', { name: 'Find the organisation' });
    await search.getByRole('textbox', { name: 'Organisation name' }).fill('council');
    await search.getByRole('textbox', { name: 'Organisation name' }).press('Enter');
    const form = partners.getByRole('form', { name: 'Add a partner' });
    await expect(form.getByRole('radio').first()).toBeVisible();
    await form.getByRole('button', { name: 'Add partner' }).click();
    await expect(partners.getByRole('alert')).toBeVisible();
    await expectNoViolations(page);

    await page.getByRole('button', { name: 'Edit project details' }).click();
    await expect(page.getByRole('form', { name: 'Edit project details' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('the page that adds a project has no WCAG 2.2 AA violations axe can find', async ({ page }) => {
    await signInByApi(page, 'manager@demo.test');
    await page.goto('/projects/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Add a project' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Organisation name' }).fill('lincoln');
    await page.getByRole('button', { name: 'Find organisations' }).click();
    await expect(page.getByRole('radio', { name: /City of Lincoln Council/ })).toBeVisible();
    await page.getByRole('button', { name: 'Add project' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoViolations(page);
  });
});
