import { signInByApi } from './accounts';
import { expectNoViolations } from './axe';
import { expect, test } from './fixtures';

// The second save answers 409, which Chromium reports as a failed request; that line is expected.
test.use({ expectedConsoleErrors: [/status of 409 .*\/api\/projects\/family-context\/links\)$/] });

test('two browsers edit one project’s links: the second is told, keeps its text, saves knowingly, and history shows both', async ({ page, browser }) => {
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInByApi(otherPage, 'manager@demo.test');
  await signInByApi(page, 'manager@demo.test');
  const blog = `https://blog.example.gov.uk/${Date.now().toString(36)}`;
  const website = `https://family-context.example.gov.uk/${Date.now().toString(36)}`;

  // Both open the form on the same version of the project.
  for (const opened of [otherPage, page]) {
    await opened.goto('/projects/family-context');
    await opened.getByRole('button', { name: 'Edit links' }).click();
  }

  const theirs = otherPage.getByRole('form', { name: 'Edit this project’s links' });
  await theirs.getByRole('textbox', { name: 'Blog' }).fill(blog);
  await theirs.getByRole('button', { name: 'Save links' }).click();
  await expect(otherPage.getByText('Links saved.')).toBeVisible();

  const mine = page.getByRole('form', { name: 'Edit this project’s links' });
  await mine.getByRole('textbox', { name: 'Website' }).fill(website);
  await mine.getByRole('button', { name: 'Save links' }).click();

  await expect(mine.getByRole('alert')).toContainText('Someone else changed this while you were editing it.');
  await expect(mine.getByRole('heading', { name: 'Someone else saved these links while you were editing' })).toBeVisible();
  await expect(mine.getByText(blog)).toBeVisible();
  await expect(mine.getByRole('textbox', { name: 'Website' })).toHaveValue(website);
  await expectNoViolations(page);

  await mine.getByRole('button', { name: 'Save links' }).click();
  await expect(page.getByText('Links saved.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Website' })).toHaveAttribute('href', website);
  await expect(page.getByRole('link', { name: 'Blog' })).toHaveAttribute('href', blog);

  await page.getByRole('link', { name: /History of this project/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Family Context History' })).toBeVisible();
  const changes = page.getByRole('table', { name: 'What Demo Manager changed the project' });
  await expect(changes.filter({ hasText: website })).toHaveCount(1);
  await expect(changes.filter({ hasText: blog })).not.toHaveCount(0);
  await expectNoViolations(page);

  await page.getByRole('link', { name: 'History', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Demo Manager changed the project of Family Context' }).first()).toBeVisible();
  await expectNoViolations(page);
  await other.close();
});
