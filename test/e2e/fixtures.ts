import { test as base, expect, type Locator, type Page } from '@playwright/test';

interface ConsoleFixtures {
  /**
   * Console errors a test expects, e.g. the browser's own "Failed to load resource" line when a
   * test asks the API for a project that does not exist. Matched against "text (source URL)".
   */
  expectedConsoleErrors: readonly RegExp[];
}

/**
 * Every test's page fails the test on an error in the browser console or an uncaught exception:
 * both are bugs a journey can pass straight over without looking for them.
 */
export const test = base.extend<ConsoleFixtures>({
  expectedConsoleErrors: [[], { option: true }],
  page: async ({ page, expectedConsoleErrors }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const line = `${message.text()} (${message.location().url})`;
      if (!expectedConsoleErrors.some((pattern) => pattern.test(line))) problems.push(`console.error: ${line}`);
    });
    page.on('pageerror', (error) => {
      problems.push(`pageerror: ${error.stack ?? error.message}`);
    });
    await use(page);
    expect(problems, `The page logged errors:\n${problems.join('\n')}`).toEqual([]);
  },
});

export { expect };

/**
 * Presses Tab (or Shift+Tab, going back) until the target has focus, as someone using a keyboard
 * would. Fails if the target is not reached within `limit` presses, which means it is missing or
 * not focusable.
 */
export async function tabTo(page: Page, target: Locator, limit = 150, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press(key);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  await expect(target, `not reached after ${String(limit)} presses of ${key}`).toBeFocused();
}
