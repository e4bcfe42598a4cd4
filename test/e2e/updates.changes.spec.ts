import { signInByApi } from './accounts';
import { expectNoViolations } from './axe';
import { expect, test } from './fixtures';

// A refused API request is reported by Chromium as a failed resource; these tests ask for them on purpose.
test.use({ expectedConsoleErrors: [/status of 40[013] /] });

test('a council officer writes an update, engagement staff return it, the officer changes it, and it is published', async ({ page, browser }) => {
  const run = Date.now().toString(36);
  const headline = `Bulky waste booking tested ${run}`;
  await signInByApi(page, 'rugby@demo.test');
  await page.goto('/your-projects');
  await expect(page.getByRole('heading', { level: 1, name: 'Your projects' })).toBeVisible();
  await expectNoViolations(page);

  // A show and tell for the project first, with its slides.
  await page.getByRole('region', { name: 'Digital Waste Service' }).getByRole('link', { name: 'Digital Waste Service', exact: true }).click();
  await page.getByRole('button', { name: 'Schedule a show and tell' }).click();
  const schedule = page.getByRole('form', { name: 'Schedule a show and tell' });
  const date = schedule.getByRole('group', { name: 'Date' });
  await date.getByRole('textbox', { name: 'Day' }).fill('9');
  await date.getByRole('textbox', { name: 'Month' }).fill('6');
  await date.getByRole('textbox', { name: 'Year' }).fill('2026');
  await schedule.getByRole('textbox', { name: 'Title' }).fill(`Sprint 9 show and tell ${run}`);
  await schedule.getByRole('textbox', { name: 'Link to the slides (optional)' }).fill('https://slides.example.gov.uk/sprint-9');
  await schedule.getByRole('button', { name: 'Schedule show and tell' }).click();
  await expect(page.getByRole('link', { name: `Slides for Sprint 9 show and tell ${run}` })).toBeVisible();

  await page.getByRole('link', { name: 'Write an update' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Write an update' })).toBeVisible();
  // Refused first, so axe checks the form with its errors shown.
  await page.getByRole('textbox', { name: 'Update' }).fill('See [the form](javascript:alert(1))');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByRole('alert').getByRole('link', { name: /Links in the update must start with https:\/\// })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('textbox', { name: 'Headline' }).fill(headline);
  await page.getByRole('textbox', { name: 'Update' }).fill('We tested the **bulky waste** booking with 8 residents.');
  await expect(page.getByRole('region', { name: 'Preview' }).locator('strong')).toHaveText('bulky waste');
  await page.getByRole('button', { name: 'Save and submit for review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await expect(page.getByText('Waiting for review')).toBeVisible();
  const updatePath = new URL(page.url()).pathname;

  // Engagement staff find it in their queue and return it.
  const engagementContext = await browser.newContext();
  const engagement = await engagementContext.newPage();
  await signInByApi(engagement, 'engagement@demo.test');
  await engagement.goto('/review');
  await expect(engagement.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: /^Review updates \(\d+ waiting\)$/ })).toBeVisible();
  await engagement.getByRole('link', { name: headline }).click();
  await engagement.getByRole('button', { name: 'Return with a comment' }).click();
  await engagement.getByRole('textbox', { name: 'What needs to change' }).fill('Say how many residents booked a collection.');
  await expectNoViolations(engagement);
  await engagement.getByRole('button', { name: 'Return the update' }).click();
  await expect(engagement.getByText('The update has been returned to its writers with your comment.')).toBeVisible();

  // The officer sees the comment, changes the update and submits it again.
  await page.goto('/your-projects');
  await expect(page.getByText('Say how many residents booked a collection.')).toBeVisible();
  await page.getByRole('link', { name: headline }).click();
  await page.getByRole('link', { name: 'Edit this update' }).click();
  await page.getByRole('textbox', { name: 'Update' }).fill('We tested the booking with 8 residents; 5 booked a collection.');
  await page.getByRole('button', { name: 'Save and submit for review' }).click();
  await expect(page.getByText('Your update has been submitted.')).toBeVisible();

  // Engagement approves it; it is public on the project page and its card.
  await engagement.goto(updatePath);
  await engagement.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(engagement.getByText('The update is approved and published on its project’s page.')).toBeVisible();
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto('/projects/digital-waste-service');
  await expect(visitor.getByRole('heading', { level: 3, name: headline })).toBeVisible();
  await visitor.goto('/?q=Digital+Waste+Service');
  await expect(visitor.getByText(headline)).toBeVisible();

  // Every step is in the project's history, with who took it.
  await page.goto('/projects/digital-waste-service/history');
  for (const [who, what] of [
    ['Demo Rugby', 'submitted'],
    ['Demo Engagement', 'returned'],
    ['Demo Engagement', 'approved'],
  ] as const) {
    await expect(page.getByRole('heading', { name: new RegExp(`^${who} ${what}`) }).first()).toBeVisible();
  }
  await Promise.all([engagementContext.close(), visitorContext.close()]);
});

test('a council officer cannot write for another council’s project, in the app or through the API', async ({ page }) => {
  await signInByApi(page, 'rugby@demo.test');
  await page.goto('/projects/housing-repairs');
  await expect(page.getByRole('heading', { level: 1, name: 'Housing Repairs' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Write an update' })).toHaveCount(0);
  await page.goto('/projects/housing-repairs/updates/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/permission/i);

  const refused = await page.request.post('/api/projects/housing-repairs/updates', { data: { headline: 'Not ours', bodyMarkdown: 'Not ours' } });
  expect(refused.status()).toBe(403);
});

test('text being written survives a reload, and is offered back after the session ends and the person signs in again', async ({ page, context }) => {
  const run = Date.now().toString(36);
  await signInByApi(page, 'lincoln@demo.test');
  await page.goto('/projects/housing-repairs/updates/new');
  await page.getByRole('textbox', { name: 'Headline' }).fill(`Repairs triage ${run}`);
  await page.getByRole('textbox', { name: 'Update' }).fill(`Half written ${run}`);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Update' })).toHaveValue(`Half written ${run}`);
  await expect(page.getByRole('region', { name: 'Your unsaved text' })).toBeVisible();

  // The session ends (signed out elsewhere); saving sends the person to sign in, and back.
  await context.clearCookies();
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Email address' }).fill('lincoln@demo.test');
  await page.getByRole('textbox', { name: 'Password' }).fill('demo-demo-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Write an update' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Update' })).toHaveValue(`Half written ${run}`);
  await expect(page.getByRole('region', { name: 'Your unsaved text' })).toBeVisible();
  await expectNoViolations(page);
});
