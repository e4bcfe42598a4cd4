import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { createAccount } from '../../server/auth/accounts';
import { openDatabase } from '../../server/db/database';
import { writeContent } from '../../server/db/queries/sprint-notes';
import { DEFAULT_SECTIONS } from '../../src/domain/sprint-notes';
import { rawGet, ServerProcess } from './server-process';

/** The period: far from any generated update, so its candidates are exactly the ones made here. */
const FROM = '2001-01-01';
const TO = '2001-01-14';
export const CANDIDATES = 2_000;
const PASSWORD = 'a bench passphrase of some length';
const ACCEPT = { 'accept-encoding': 'br, gzip' };

// Bodies the length of a real issue's (seed #46's run to 600–1,200 characters), with a list and a link.
const BODY = [
  'The team held their sprint show and tell, during which they presented:',
  '',
  '- a review of their user research into the **booking** journey',
  '- a demonstration of the new [subscription form](https://example.org/form)',
  '- the next steps for their application for continuous funding',
  '',
  'The partner councils have agreed that some of the current underspend will fund two more sprints. During those sprints the team will finish their Theory of Change and publish their research.',
].join('\n');

interface Prepared {
  number: number;
  setupToken: string;
}

/** Adds 2,000 approved updates dated in one fortnight, a draft issue for it, and an engagement account to compose with. */
export async function prepareSprintNotes(location: string): Promise<Prepared> {
  const db = openDatabase(location);
  try {
    const projects = await db.selectFrom('projects').select('id').orderBy('id').limit(CANDIDATES).execute();
    const rows = projects.map((project, index) => ({
      projectId: project.id,
      headline: `Fortnight update ${String(index + 1)}`,
      bodyMarkdown: BODY,
      status: 'approved' as const,
      publishedOn: `2001-01-${String(2 + (index % 12)).padStart(2, '0')}`,
    }));
    for (let start = 0; start < rows.length; start += 500) await db.insertInto('updates').values(rows.slice(start, start + 500)).execute();
    const last = await db.selectFrom('sprintNotes').select('number').orderBy('number', 'desc').limit(1).executeTakeFirst();
    const number = (last?.number ?? 0) + 1;
    const at = new Date().toISOString();
    const { id } = await db
      .insertInto('sprintNotes')
      .values({ number, coversFrom: FROM, coversTo: TO, introMarkdown: '', closingMarkdown: 'Thanks for reading!', status: 'draft', createdAt: at, updatedAt: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeContent(db, id, { sections: DEFAULT_SECTIONS.map((section) => ({ ...section, items: [] })), headings: [] }, new Map());
    const account = await createAccount(
      db,
      { email: `bench-${String(Date.now())}@example.gov.uk`, displayName: 'Bench Engagement', role: 'engagement', organisations: [] },
      new Date(),
      'http://127.0.0.1',
    );
    return { number, setupToken: new URL(account.setupLink.url).pathname.split('/').at(-1) ?? '' };
  } finally {
    await db.destroy();
  }
}

async function send(port: number, method: string, path: string, body: unknown, cookie = ''): Promise<{ status: number; cookie: string; ms: number }> {
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${String(port)}${path}`, {
    method,
    headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${String(port)}`, cookie },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  const setCookie = response.headers.get('set-cookie')?.split(';')[0] ?? '';
  return { status: response.status, cookie: setCookie, ms: performance.now() - started };
}

/** Times a GET over fresh connections, as a composer's browser would fetch it, with its size on the wire. */
async function timedGet(port: number, path: string, cookie: string, times: number) {
  const durations: number[] = [];
  let wire = 0;
  let body = 0;
  for (let run = 0; run < times; run += 1) {
    const started = performance.now();
    const answer = await rawGet(port, path, { ...ACCEPT, cookie }, 60_000);
    durations.push(performance.now() - started);
    if (answer.status !== 200) throw new Error(`GET ${path} answered ${String(answer.status)}`);
    const encoding = answer.headers['content-encoding'];
    wire = answer.raw.byteLength;
    body = (encoding === 'br' ? brotliDecompressSync(answer.raw) : encoding === 'gzip' ? gunzipSync(answer.raw) : answer.raw).byteLength;
  }
  durations.sort((a, b) => a - b);
  return { p50: durations[Math.floor(durations.length / 2)] ?? Number.NaN, max: durations.at(-1) ?? Number.NaN, wire, body };
}

interface Interaction {
  name: string;
  wallMs: number;
  longTasks: number;
  longestMs: number;
}

/** Runs an interaction and reports the main thread's long tasks (over 50 ms) from its start until it settles. */
async function measure(page: Page, name: string, act: () => Promise<void>): Promise<Interaction> {
  await page.evaluate(() => {
    (window as unknown as { benchLongTasks: number[] }).benchLongTasks = [];
  });
  const started = performance.now();
  await act();
  // Two animation frames: whatever the interaction scheduled has run and been painted.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const wallMs = performance.now() - started;
  const tasks = await page.evaluate(() => (window as unknown as { benchLongTasks: number[] }).benchLongTasks);
  return { name, wallMs, longTasks: tasks.length, longestMs: tasks.reduce((longest, duration) => Math.max(longest, duration), 0) };
}

/**
 * Sprint Notes with 2,000 candidate updates in one issue's period, on the large portfolio: how
 * long the API takes to list them, save an issue of all of them and export it, and how the
 * composer behaves in Chromium (long tasks per interaction, which should stay under 200 ms).
 */
export async function benchSprintNotes(server: ServerProcess, prepared: Prepared): Promise<void> {
  const port = server.port;
  const signIn = await send(port, 'POST', `/api/setup/${prepared.setupToken}`, { password: PASSWORD });
  if (signIn.status !== 200 || signIn.cookie === '') throw new Error(`Setting up the bench account answered ${String(signIn.status)}`);
  const cookie = signIn.cookie;
  const base = `/api/sprint-notes/${String(prepared.number)}`;

  console.log(`\nSprint Notes with ${CANDIDATES.toLocaleString('en-GB')} candidate updates in one period (issue #${String(prepared.number)})`);
  const candidates = await timedGet(port, `${base}/candidates`, cookie, 10);
  console.log(`  GET candidates: p50 ${candidates.p50.toFixed(0)} ms, slowest ${candidates.max.toFixed(0)} ms over 10; ${candidates.wire.toLocaleString('en-GB')} B on the wire (${candidates.body.toLocaleString('en-GB')} B JSON)`);
  const missing = await timedGet(port, `${base}/missing`, cookie, 5);
  console.log(`  GET missing (who sent nothing): p50 ${missing.p50.toFixed(0)} ms; ${missing.wire.toLocaleString('en-GB')} B on the wire`);

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const interactions: Interaction[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const split = cookie.indexOf('=');
    await context.addCookies([{ name: cookie.slice(0, split), value: cookie.slice(split + 1), domain: '127.0.0.1', path: '/' }]);
    await context.addInitScript(() => {
      const state = window as unknown as { benchLongTasks: number[] };
      state.benchLongTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) state.benchLongTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    const opened = performance.now();
    await page.goto(`http://127.0.0.1:${String(port)}/sprint-notes/${String(prepared.number)}/compose`);
    await page.getByText(`${CANDIDATES.toLocaleString('en-GB')} updates to choose from`).waitFor({ timeout: 120_000 });
    const openMs = performance.now() - opened;
    const openTasks = await page.evaluate(() => (window as unknown as { benchLongTasks: number[] }).benchLongTasks);
    console.log(`  Composer open to candidates shown: ${openMs.toFixed(0)} ms; ${String(openTasks.length)} long tasks while loading, longest ${Math.max(0, ...openTasks).toFixed(0)} ms`);

    interactions.push(await measure(page, 'Choose one update', () => page.getByRole('checkbox').first().check()));
    interactions.push(
      await measure(page, 'Filter by a word', async () => {
        await page.getByRole('searchbox', { name: 'Filter updates' }).fill('update 19');
        await page.getByText(/updates match$/).waitFor();
      }),
    );
    interactions.push(
      await measure(page, 'Clear the filter', async () => {
        await page.getByRole('searchbox', { name: 'Filter updates' }).fill('');
        await page.getByText(/updates to choose from$/).waitFor();
      }),
    );
    interactions.push(
      await measure(page, `Choose all ${CANDIDATES.toLocaleString('en-GB')}`, async () => {
        await page.getByRole('button', { name: /^Choose all .* project updates$/ }).click();
        await page.getByText(`${CANDIDATES.toLocaleString('en-GB')} of ${CANDIDATES.toLocaleString('en-GB')} chosen.`).waitFor();
      }),
    );
    interactions.push(
      await measure(page, 'Move the first project down', async () => {
        await page.getByRole('button', { name: /^Move down: / }).first().click();
        await page.getByText(/moved to position 2 of/).waitFor();
      }),
    );
    interactions.push(
      await measure(page, 'Edit an item’s words', async () => {
        await page.getByRole('button', { name: /^Edit the words for this issue: / }).first().click();
        await page.getByRole('textbox', { name: 'Text in this issue' }).first().fill('Edited for this issue.');
      }),
    );
    interactions.push(
      await measure(page, 'Preview the whole issue', async () => {
        await page.getByRole('button', { name: 'Show the preview' }).click();
        await page.getByText(/^Drawing the preview/).waitFor({ state: 'detached', timeout: 120_000 });
      }),
    );
    interactions.push(
      await measure(page, 'Save the draft (all items)', async () => {
        await page.getByRole('button', { name: 'Save the draft' }).click();
        await page.getByText('The draft has been saved.').waitFor({ timeout: 120_000 });
      }),
    );
  } finally {
    await browser.close();
  }
  console.log(`  ${'interaction'.padEnd(32)} ${'wall ms'.padStart(8)} ${'long tasks'.padStart(10)} ${'longest ms'.padStart(10)}`);
  for (const entry of interactions) {
    const mark = entry.longestMs > 200 ? ' !' : '';
    console.log(`  ${entry.name.padEnd(32)} ${entry.wallMs.toFixed(0).padStart(8)} ${String(entry.longTasks).padStart(10)} ${entry.longestMs.toFixed(0).padStart(10)}${mark}`);
  }

  const markdown = await timedGet(port, `${base}/export.md`, cookie, 3);
  const html = await timedGet(port, `${base}/export.html`, cookie, 3);
  console.log(`  Export of the ${CANDIDATES.toLocaleString('en-GB')}-item draft: Markdown p50 ${markdown.p50.toFixed(0)} ms (${markdown.body.toLocaleString('en-GB')} B, ${markdown.wire.toLocaleString('en-GB')} B on the wire); HTML p50 ${html.p50.toFixed(0)} ms (${html.body.toLocaleString('en-GB')} B, ${html.wire.toLocaleString('en-GB')} B on the wire)`);
  const slow = interactions.filter((entry) => entry.longestMs > 200).map((entry) => entry.name);
  console.log(`  Interactions with a long task over 200 ms: ${slow.length === 0 ? 'none' : slow.join('; ')}`);
}
