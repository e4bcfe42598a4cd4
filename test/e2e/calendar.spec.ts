import { expect, test } from './fixtures';

const TALK = 'SUMMARY:Housing Repairs: User-led design to deliver housing repairs online service\r\n';

/** A content line folded over several lines reads as one again (RFC 5545 §3.1). */
function unfold(text: string): string {
  return text.replaceAll('\r\n ', '');
}

test('the portfolio’s calendar is served as iCalendar, for calendar apps to subscribe to and ask again cheaply', async ({ request }) => {
  const response = await request.get('/calendar.ics');

  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(response.headers()['cache-control']).toBe('public, max-age=300');
  const text = await response.text();
  expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  // The Digital Leaders Week talk, on its day.
  expect(unfold(text)).toContain(TALK);
  expect(text).toContain('DTSTART;VALUE=DATE:20220620\r\n');

  const etag = response.headers().etag ?? '';
  expect(etag).not.toBe('');
  const again = await request.get('/calendar.ics', { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);
});

test('an organisation’s page offers its own calendar, which holds its projects’ events only', async ({ page }) => {
  await page.goto('/organisations/city-of-lincoln-council');
  await expect(page.getByRole('heading', { level: 1, name: 'City of Lincoln Council' })).toBeVisible();

  const section = page.getByRole('region', { name: 'Show and tells and events' });
  // The seed is from 2022, so nothing is coming: the page names the last talk instead.
  await expect(section).toContainText('None planned.');
  await expect(section).toContainText('The last was User-led design to deliver housing repairs online service (Housing Repairs, talk on 20 June 2022).');
  const link = section.getByRole('link', { name: 'Subscribe in your calendar' });
  await expect(link).toHaveAttribute('href', '/organisations/city-of-lincoln-council/calendar.ics');

  const feed = await page.request.get((await link.getAttribute('href')) ?? '');
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const text = unfold(await feed.text());
  expect(text).toContain(TALK);
  expect(text).toContain('X-WR-CALNAME:City of Lincoln Council: show and tells and events\r\n');
  // Digital Waste Service is Rugby's, not Lincoln's.
  expect(text).not.toContain('Digital Waste Service');
});

test.describe('at 320 pixels wide', () => {
  test.use({ viewport: { width: 320, height: 720 } });

  test('an organisation’s calendar address wraps rather than widen the page', async ({ page }) => {
    await page.goto('/organisations/newark-and-sherwood-district-council');
    await expect(page.getByRole('link', { name: 'Subscribe in your calendar' })).toBeVisible();

    const { scrollWidth, clientWidth } = await page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
    });
    expect(scrollWidth, `page is ${String(scrollWidth)}px wide in a ${String(clientWidth)}px viewport`).toBeLessThanOrEqual(clientWidth);
  });
});
