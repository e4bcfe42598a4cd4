import { EventEmitter } from 'node:events';
import { statSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { today } from '../../src/domain/phase-rules';
import { prepareDatabase } from '../../server/prepare-database';
import { BUSY_ORGANISATION_SLUG, BUSY_PROJECT_SLUG, LARGE_PORTFOLIO, openGeneratedDatabase } from '../generate-portfolio';
import { freePort, killAllNow, rawGet, ServerProcess, startScript } from './server-process';
import { benchSprintNotes, prepareSprintNotes } from './sprint-notes-bench';

/**
 * `npm run bench`: the API's throughput, latency, answer sizes, start-up time and memory on the
 * seed portfolio and on a generated one of 2,000 projects, each served by the real server as
 * `npm start` runs it. It prints figures only; it fails only when something breaks.
 */

const ROOT = resolve(import.meta.dirname, '..', '..');
const CONNECTIONS = [10, 50] as const;
const WARM_UP_SECONDS = 1;
const RUN_SECONDS = 4;
const ACCEPT = { 'accept-encoding': 'br, gzip' };
const BASELINE = '/api/projects';
/** What build-if-stale prints when `npm start` builds the client or compiles the server. */
const BUILD_LINE = /building|compiling/i;

/** The portfolio at a glance: the overview and the timeline under load at both sizes. */
const GLANCE_ROUTES = ['/api/overview', '/api/timeline'];
/**
 * Answers that hold the whole portfolio, asked for one at a time as a person downloading or a
 * calendar app polling would: under 50 connections at once they would only measure the queue.
 */
const WHOLE_PORTFOLIO_ROUTES = ['/api/projects/export.csv', '/calendar.ics'];
const WHOLE_PORTFOLIO_TRIES = 5;
const SEED_ROUTES = [BASELINE, '/api/projects/digital-waste-service', '/api/organisations', '/api/organisations/rugby-borough-council', ...GLANCE_ROUTES];
const FIFTEEN_CARD_ROUTES = [
  '/api/projects?pageSize=15',
  '/api/projects?pageSize=15&phase=beta',
  '/api/projects?pageSize=15&status=active',
  `/api/projects?pageSize=15&organisation=${BUSY_ORGANISATION_SLUG}`,
  '/api/projects?pageSize=15&q=housing',
  '/api/projects?pageSize=15&page=40',
  // The table's sorts on stored fields, and the overview's flags as filters.
  '/api/projects?pageSize=15&sort=latestUpdate&order=descending',
  '/api/projects?pageSize=15&sort=plannedEnd&page=40',
  '/api/projects?pageSize=15&flag=quiet',
];
const SCALE_ROUTES = [
  '/api/projects',
  ...FIFTEEN_CARD_ROUTES,
  `/api/projects/${BUSY_PROJECT_SLUG}`,
  `/api/projects/${BUSY_PROJECT_SLUG}/updates?page=5`,
  '/api/organisations',
  `/api/organisations/${BUSY_ORGANISATION_SLUG}`,
  ...GLANCE_ROUTES,
];

interface Run {
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

interface RouteFigures {
  path: string;
  runs: Run[];
}

interface ServerFigures {
  firstAnswerMs: number;
  /** The measured start still had to build: sources kept changing under it. */
  rebuilt: boolean;
  rssIdleMiB: number | null;
  rssLoadedMiB: number | null;
  routes: RouteFigures[];
}

// autocannon ships no types and none are installed: it is loaded as unknown and checked.
type Autocannon = (options: Record<string, unknown>, done: (error: unknown, result: unknown) => void) => unknown;
const loaded: unknown = createRequire(import.meta.url)('autocannon');
function isAutocannon(value: unknown): value is Autocannon {
  return typeof value === 'function';
}
if (!isAutocannon(loaded)) throw new Error('autocannon did not load as a function');
const autocannon = loaded;

function numberAt(value: unknown, ...path: string[]): number {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) throw new Error(`autocannon result has no ${path.join('.')}`);
    current = (current as Record<string, unknown>)[key];
  }
  if (typeof current !== 'number') throw new Error(`autocannon result's ${path.join('.')} is not a number`);
  return current;
}

/** Nearest-rank percentile over every response's own latency: autocannon's summary has no p95 and rounds to whole ms. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

function load(url: string, connections: number, seconds: number): Promise<Run> {
  const latencies: number[] = [];
  return new Promise((resolvePromise, reject) => {
    const tracker = autocannon({ url, connections, duration: seconds, headers: ACCEPT }, (error, result) => {
      if (error !== null && error !== undefined) {
        reject(error instanceof Error ? error : new Error('autocannon failed', { cause: error }));
        return;
      }
      const sorted = Float64Array.from(latencies).sort();
      resolvePromise({
        connections,
        requestsPerSecond: numberAt(result, 'requests', 'average'),
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        p99: percentile(sorted, 99),
        errors: numberAt(result, 'errors'),
        timeouts: numberAt(result, 'timeouts'),
        non2xx: numberAt(result, 'non2xx'),
      });
    });
    if (!(tracker instanceof EventEmitter)) throw new Error('autocannon returned no event emitter');
    tracker.on('response', (_client: unknown, _status: unknown, _bytes: unknown, responseTime: unknown) => {
      if (typeof responseTime === 'number') latencies.push(responseTime);
    });
  });
}

/** Node's fetch decompresses, so the size on the wire is read from a raw http.get. */
async function answerSize(port: number, path: string): Promise<{ status: number; encoding: string; wire: number; body: number }> {
  const answer = await rawGet(port, path, ACCEPT);
  const encoding = typeof answer.headers['content-encoding'] === 'string' ? answer.headers['content-encoding'] : 'none';
  const body = encoding === 'br' ? brotliDecompressSync(answer.raw) : encoding === 'gzip' ? gunzipSync(answer.raw) : answer.raw;
  return { status: answer.status, encoding, wire: answer.raw.byteLength, body: body.byteLength };
}

const ROUTE_WIDTH = Math.max(...[...SEED_ROUTES, ...SCALE_ROUTES].map((path) => path.length)) + 2;
const int = (value: number) => Math.round(value).toLocaleString('en-GB');
const ms = (value: number) => (Number.isNaN(value) ? 'n/a' : value.toFixed(2));
const mib = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(1)} MiB`);
const row = (cells: [string, number][]) => cells.map(([text, width], index) => (index === 0 ? text.padEnd(width) : text.padStart(width))).join(' ');
const columns: [string, number][] = [
  ['route', ROUTE_WIDTH], ['status', 6], ['enc', 4], ['wire B', 8], ['body B', 9], ['conns', 5], ['req/s', 8], ['p50 ms', 8], ['p95 ms', 8], ['p99 ms', 8], ['err/tmo/non2xx', 14],
];
const widths = columns.map(([, width]) => width);
const line = (...texts: string[]) => console.log(row(texts.map((text, index): [string, number] => [text, widths[index] ?? 8])));

async function benchServer(
  label: string,
  databaseUrl: string,
  command: string,
  routes: readonly string[],
  afterLoad?: (server: ServerProcess) => Promise<void>,
): Promise<ServerFigures> {
  const { server, firstAnswerMs, rebuilt } = await measuredStart(label, databaseUrl, command);
  const port = server.port;
  try {
    const rssIdleMiB = server.rssMiB();
    console.log(`\n${label}: first answer ${int(firstAnswerMs)} ms after spawn${rebuilt ? ' (INCLUDES A REBUILD)' : ''}; server RSS idle ${mib(rssIdleMiB)}`);
    line(...columns.map(([title]) => title));
    const figures: RouteFigures[] = [];
    for (const path of routes) {
      const size = await answerSize(port, path);
      const runs: Run[] = [];
      for (const connections of CONNECTIONS) {
        const url = `http://127.0.0.1:${port}${path}`;
        await load(url, connections, WARM_UP_SECONDS);
        const run = await load(url, connections, RUN_SECONDS);
        runs.push(run);
        const sizeCells = runs.length === 1 ? [path, String(size.status), size.encoding, int(size.wire), int(size.body)] : ['', '', '', '', ''];
        line(...sizeCells, String(connections), run.requestsPerSecond.toFixed(0), ms(run.p50), ms(run.p95), ms(run.p99), `${run.errors}/${run.timeouts}/${run.non2xx}`);
      }
      figures.push({ path, runs });
    }
    for (const path of WHOLE_PORTFOLIO_ROUTES) {
      const times: number[] = [];
      let size = await answerSize(port, path);
      for (let attempt = 0; attempt < WHOLE_PORTFOLIO_TRIES; attempt += 1) {
        const started = performance.now();
        size = await answerSize(port, path);
        times.push(performance.now() - started);
      }
      const sorted = Float64Array.from(times).sort();
      console.log(
        `${label}: ${path} one at a time, median ${ms(percentile(sorted, 50))} ms, slowest ${ms(percentile(sorted, 100))} ms; ${int(size.wire)} B on the wire (${size.encoding}), ${int(size.body)} B in all`,
      );
    }
    const rssLoadedMiB = server.rssMiB();
    console.log(`${label}: server RSS after load ${mib(rssLoadedMiB)}`);
    await afterLoad?.(server);
    return { firstAnswerMs, rebuilt, rssIdleMiB, rssLoadedMiB, routes: figures };
  } finally {
    await server.stop();
  }
}

/**
 * Starts the server as `npm start` does. Others edit the sources while this runs, so a start that
 * rebuilt is not a start-up time: it is thrown away and started again, up to three times.
 */
async function measuredStart(label: string, databaseUrl: string, command: string): Promise<{ server: ServerProcess; firstAnswerMs: number; rebuilt: boolean }> {
  for (let attempt = 1; ; attempt += 1) {
    const server = new ServerProcess(label, await freePort(), 'sh', ['-c', command], { root: ROOT, databaseUrl, onLine: echoServerLine(label) });
    try {
      const firstAnswerMs = await server.firstAnswer(60_000);
      const rebuilt = server.output.some((text) => BUILD_LINE.test(text));
      if (!rebuilt || attempt === 3) return { server, firstAnswerMs, rebuilt };
      console.log(`  ${label}: that start rebuilt the app (sources changed since the warm-up); starting again`);
    } catch (error) {
      await server.stop();
      throw error;
    }
    await server.stop();
  }
}

/** Server output is mostly start-up chatter (and a set-up link for a throwaway database); errors and builds are worth seeing. */
function echoServerLine(label: string) {
  return (text: string, stream: 'stdout' | 'stderr') => {
    if (text.trim() !== '' && (stream === 'stderr' || BUILD_LINE.test(text))) console.log(`  [${label} server] ${text}`);
  };
}

function rpsAt(figures: ServerFigures, path: string, connections: number): number {
  return figures.routes.find((route) => route.path === path)?.runs.find((run) => run.connections === connections)?.requestsPerSecond ?? Number.NaN;
}

async function main(directory: string): Promise<void> {
  const day = today();
  const command = startScript(ROOT);
  console.log(`Benchmark on ${day}, Node ${process.version}; databases in ${directory}`);

  const seedPath = join(directory, 'seed.sqlite');
  const seedDb = await prepareDatabase(seedPath, (text) => console.log(`  ${text}`), { today: day });
  await seedDb.destroy();

  const scalePath = join(directory, 'scale.sqlite');
  const generationStart = performance.now();
  const { db: scaleDb, counts } = await openGeneratedDatabase(LARGE_PORTFOLIO, { today: day, location: scalePath });
  const generationMs = performance.now() - generationStart;
  await scaleDb.destroy();
  console.log(`Generated the large portfolio in ${(generationMs / 1000).toFixed(1)} s (${int(statSync(scalePath).size / 1024)} KiB file):`);
  console.log(`  ${Object.entries<number>({ ...counts }).map(([name, count]) => `${name} ${int(count)}`).join(', ')}`);

  // `npm start` builds whatever is missing or stale before serving; that start is not measured.
  const warmUp = new ServerProcess('warm-up', await freePort(), 'npm', ['start'], { root: ROOT, databaseUrl: seedPath, onLine: echoServerLine('warm-up') });
  try {
    const warmUpMs = await warmUp.firstAnswer(300_000);
    console.log(`Warm-up: \`npm start\` answered after ${int(warmUpMs)} ms (includes any build, npm's own start-up; not measured below).`);
  } finally {
    await warmUp.stop();
  }
  console.log(`Measured starts run package.json "start" directly (sh -c '${command}', as npm does), with the build already present.`);
  console.log(`Load: autocannon, ${WARM_UP_SECONDS} s warm-up then ${RUN_SECONDS} s per run, Accept-Encoding: ${ACCEPT['accept-encoding']}; latency percentiles over every response.`);

  // `npm run bench -- --sprint-notes` measures Sprint Notes alone, on the large portfolio, without the routes' load runs.
  if (process.argv.includes('--sprint-notes')) {
    const prepared = await prepareSprintNotes(scalePath);
    await benchServer(`Large portfolio (${int(counts.projects)} projects)`, scalePath, command, [], (server) => benchSprintNotes(server, prepared));
    return;
  }
  const seed = await benchServer('Seed portfolio (15 projects)', seedPath, command, SEED_ROUTES);
  // Sprint Notes' 2,000 candidates are dated in 2001, so no portfolio page measured here reads them as a latest update.
  const sprintNotes = await prepareSprintNotes(scalePath);
  const scale = await benchServer(`Large portfolio (${int(counts.projects)} projects)`, scalePath, command, SCALE_ROUTES, (server) => benchSprintNotes(server, sprintNotes));

  console.log(`\n15-card pages at scale against the seed's ${BASELINE} (all 15 cards), req/s ratio; ! marks below 0.5`);
  console.log(row([['route', ROUTE_WIDTH], ...CONNECTIONS.map((c): [string, number] => [`c=${c}`, 9])]));
  const lowRatios: string[] = [];
  for (const path of FIFTEEN_CARD_ROUTES) {
    const cells = CONNECTIONS.map((connections): [string, number] => {
      const ratio = rpsAt(scale, path, connections) / rpsAt(seed, BASELINE, connections);
      if (ratio < 0.5) lowRatios.push(`${path} at ${connections} (${ratio.toFixed(2)})`);
      return [`${ratio.toFixed(2)}${ratio < 0.5 ? ' !' : '  '}`, 9];
    });
    console.log(row([[path, ROUTE_WIDTH], ...cells]));
  }

  const failing = [...seed.routes.map((route) => ['seed', route] as const), ...scale.routes.map((route) => ['scale', route] as const)].flatMap(([size, route]) =>
    route.runs.filter((run) => run.connections === 50 && run.errors + run.timeouts > 0).map((run) => `${size} ${route.path} (${run.errors} errors, ${run.timeouts} timeouts)`),
  );
  const slowest = scale.routes
    .flatMap((route) => route.runs.map((run) => ({ path: route.path, run })))
    .reduce((worst, entry) => (entry.run.p99 > worst.run.p99 ? entry : worst));

  console.log('\nSummary');
  console.log(`  Large portfolio generated in ${(generationMs / 1000).toFixed(1)} s`);
  const rebuildNote = (figures: ServerFigures) => (figures.rebuilt ? ' (included a rebuild)' : '');
  console.log(`  First answer (build present, after a warm-up start): seed ${int(seed.firstAnswerMs)} ms${rebuildNote(seed)}, large ${int(scale.firstAnswerMs)} ms${rebuildNote(scale)}`);
  console.log(`  Server RSS idle -> after load: seed ${mib(seed.rssIdleMiB)} -> ${mib(seed.rssLoadedMiB)}, large ${mib(scale.rssIdleMiB)} -> ${mib(scale.rssLoadedMiB)}`);
  console.log(`  Baseline ${BASELINE} on the seed: ${CONNECTIONS.map((c) => `${rpsAt(seed, BASELINE, c).toFixed(0)} req/s at ${c}`).join(', ')}`);
  console.log(`  15-card pages below half the baseline: ${lowRatios.length === 0 ? 'none' : lowRatios.join('; ')}`);
  console.log(`  Errors or timeouts at 50 connections: ${failing.length === 0 ? 'none' : failing.join('; ')}`);
  console.log(`  Slowest p99 at scale: ${slowest.path} at ${slowest.run.connections} connections, ${ms(slowest.run.p99)} ms`);
}

const directory = mkdtempSync(join(tmpdir(), 'portfolio-bench-'));
const cleanUp = () => {
  killAllNow();
  rmSync(directory, { recursive: true, force: true });
};
process.once('SIGINT', () => {
  cleanUp();
  process.exit(130);
});
process.once('SIGTERM', () => {
  cleanUp();
  process.exit(143);
});
process.once('exit', killAllNow);
try {
  await main(directory);
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
} finally {
  cleanUp();
}
