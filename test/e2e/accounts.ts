import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The demo server's accounts (playwright.config.ts runs it with --demo). */
export const DEMO_PASSWORD = 'demo-demo-demo';

/** Signs the page's browser in through the API, as a quicker start for tests about what comes after. */
export async function signInByApi(page: Page, email: string): Promise<void> {
  const response = await page.request.post('/api/session', { data: { email, password: DEMO_PASSWORD } });
  expect(response.status(), `signing in as ${email}`).toBe(200);
}

/** An address no other test or earlier run has used, as the tests share one database. */
export function uniqueEmail(name: string): string {
  return `${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.gov.uk`;
}

/** Adds an account as the signed-in manager and returns the path of its one-time set-up link. */
export async function inviteByApi(page: Page, email: string): Promise<string> {
  const response = await page.request.post('/api/users', {
    data: { email, displayName: 'Axe Example', role: 'engagement', organisations: [] },
  });
  expect(response.status(), `adding ${email}`).toBe(201);
  const body = (await response.json()) as { setupLink: { url: string } };
  return new URL(body.setupLink.url).pathname;
}
