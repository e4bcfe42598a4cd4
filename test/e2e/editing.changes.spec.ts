import { signInByApi } from './accounts';
import { expectNoViolations } from './axe';
import { expect, test } from './fixtures';

// The refused save answers 400, which Chromium reports as a failed request; that line is expected.
test.use({ expectedConsoleErrors: [/status of 400 .*\/api\/phases\/\d+\)$/] });

const SPRINTS = 'Sprints 8 and 9, funded from underspend';

test('a manager gives Digital Waste Service its phase, and the phase filter then finds it', async ({ page }) => {
  await page.goto('/?phase=beta');
  await expect(page.getByRole('status').filter({ hasText: /projects? match/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Digital Waste Service', exact: true })).toHaveCount(0);

  await signInByApi(page, 'manager@demo.test');
  await page.goto('/projects/digital-waste-service');
  const phases = page.getByRole('region', { name: 'Phases' });
  await phases.getByRole('button', { name: `Edit ${SPRINTS}` }).click();
  const form = phases.getByRole('form', { name: `Edit ${SPRINTS}` });

  // Refused first, so axe checks the form with its errors shown.
  const ended = form.getByRole('group', { name: 'Actual end (optional)' });
  await ended.getByRole('textbox', { name: 'Day' }).fill('31');
  await ended.getByRole('textbox', { name: 'Month' }).fill('2');
  await ended.getByRole('textbox', { name: 'Year' }).fill('2022');
  await form.getByRole('radio', { name: 'Beta' }).check();
  await form.getByRole('button', { name: 'Save phase' }).click();
  await expect(form.getByRole('alert')).toBeVisible();
  await expectNoViolations(page);

  await ended.getByRole('textbox', { name: 'Day' }).fill('');
  await ended.getByRole('textbox', { name: 'Month' }).fill('');
  await ended.getByRole('textbox', { name: 'Year' }).fill('');
  await form.getByRole('button', { name: 'Save phase' }).click();
  await expect(phases.getByRole('heading', { level: 3, name: `Beta: ${SPRINTS}` })).toBeVisible();

  await page.goto('/?phase=beta');
  await expect(page.getByRole('link', { name: 'Digital Waste Service', exact: true })).toBeVisible();

  await page.goto('/projects/digital-waste-service/history');
  await expect(page.getByRole('heading', { name: /^Demo Manager changed the phase/ }).first()).toBeVisible();
  await expectNoViolations(page);
});
