import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const START = `
const { startServer } = await import(process.env.SERVER_ENTRY);
await startServer({ clientDir: process.env.CLIENT_DIR, demo: process.env.SERVER_DEMO === 'yes' });
`;

export interface ServerProcess {
  process: ChildProcess;
  /** Resolves with the first match of `pattern` in everything the server has printed, or fails if it exits first. */
  output: (pattern: RegExp) => Promise<RegExpMatchArray>;
  /** Everything printed so far. */
  printed: () => string;
  exited: Promise<number | null>;
  /** Resolves with the port once the server says it is listening. */
  port: () => Promise<number>;
}

/**
 * The real server in its own process, as `npm start` runs it (through tsx rather than the
 * compiled bundle, so the test needs no build). `env` adds to or replaces the test's own
 * environment; `clientDir` is the folder of the built app it serves.
 */
export function startServerProcess(options: { clientDir: string; env: Record<string, string>; demo?: boolean }): ServerProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SERVER_ENTRY: pathToFileURL(join(ROOT, 'server', 'index.ts')).href,
    CLIENT_DIR: options.clientDir,
    SERVER_DEMO: options.demo === true ? 'yes' : 'no',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'info',
    NODE_ENV: 'production',
    ...options.env,
  };
  if (options.env.PUBLIC_URL === undefined) delete env.PUBLIC_URL;
  const started = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', START], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    for (const listener of listeners) listener();
  };
  started.stdout.on('data', collect);
  started.stderr.on('data', collect);
  const exited = new Promise<number | null>((done) => started.once('exit', (code) => done(code)));
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((found, failed) => {
      const check = () => {
        const match = pattern.exec(output);
        if (match === null) return;
        listeners.delete(check);
        found(match);
      };
      listeners.add(check);
      check();
      void exited.then((code) => failed(new Error(`The server exited (${String(code)}) before printing ${String(pattern)}:\n${output}`)));
    });
  return {
    process: started,
    output: waitFor,
    printed: () => output,
    exited,
    port: async () => Number((await waitFor(/is running at http:\/\/[^:]+:(\d+)\//))[1]),
  };
}

/** Sends a request to a server process as the app does (JSON), optionally with a cookie and as if from an address behind the proxy. */
export function sendTo(port: number, method: string, path: string, options: { cookie?: string; body?: unknown; from?: string } = {}): Promise<Response> {
  const headers = new Headers({ 'Content-Type': 'application/json' });
  if (options.cookie !== undefined) headers.set('Cookie', options.cookie);
  if (options.from !== undefined) headers.set('X-Forwarded-For', options.from);
  return fetch(`http://127.0.0.1:${String(port)}${path}`, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
}
