import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { type IncomingHttpHeaders, request } from 'node:http';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body exactly as it came over the socket: still compressed, unlike what fetch hands back. */
  raw: Buffer;
}

/** One GET to 127.0.0.1 on a fresh connection, so no kept-alive socket outlives the server it talks to. */
export function rawGet(port: number, path: string, headers: Record<string, string> = {}, timeoutMs = 10_000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers, agent: false, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, raw: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${path} timed out after ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}

/** A port nobody is listening on now; the tiny race until the server binds it is acceptable for a bench. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('No free port'))));
    });
  });
}

/** What `npm start` runs, read at run time because that script is being changed while this bench exists. */
export function startScript(root: string): string {
  const parsed: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (typeof parsed === 'object' && parsed !== null && 'scripts' in parsed) {
    const { scripts } = parsed;
    if (typeof scripts === 'object' && scripts !== null && 'start' in scripts && typeof scripts.start === 'string') return scripts.start;
  }
  throw new Error('package.json has no "start" script');
}

const running = new Set<ChildProcess>();

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group has already gone.
  }
}

/** For exit and Ctrl+C paths, which cannot wait: every server this bench started, and their children, die now. */
export function killAllNow(): void {
  for (const child of running) if (child.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
  running.clear();
}

export class ServerProcess {
  readonly output: string[] = [];
  private readonly child: ChildProcess;
  private readonly spawnedAt: number;
  private exited = false;

  /**
   * Each server gets its own process group (detached), so stopping it also stops whatever the
   * start command runs under it (sh, npm, tsx's child node, esbuild), and Ctrl+C in the terminal
   * reaches this bench alone, which then stops them.
   */
  constructor(
    readonly label: string,
    readonly port: number,
    command: string,
    args: readonly string[],
    options: { root: string; databaseUrl: string; onLine: (line: string, stream: 'stdout' | 'stderr') => void },
  ) {
    this.spawnedAt = performance.now();
    this.child = spawn(command, args, {
      cwd: options.root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        // As npm does for scripts, so a bare `tsx` or `vite` in the start script resolves.
        PATH: [join(options.root, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter),
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: options.databaseUrl,
      },
    });
    running.add(this.child);
    this.child.once('exit', () => {
      this.exited = true;
    });
    for (const stream of ['stdout', 'stderr'] as const) {
      let pending = '';
      this.child[stream]?.setEncoding('utf8');
      this.child[stream]?.on('data', (text: string) => {
        const lines = (pending + text).split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          this.output.push(line);
          options.onLine(line, stream);
        }
      });
    }
  }

  /** Milliseconds from spawn to the first 200 from GET /api/projects, polling every 10 ms. */
  async firstAnswer(deadlineMs: number): Promise<number> {
    const giveUpAt = this.spawnedAt + deadlineMs;
    while (performance.now() < giveUpAt) {
      if (this.exited) throw new Error(`${this.label} server exited before answering:\n${this.output.slice(-20).join('\n')}`);
      try {
        const answer = await rawGet(this.port, '/api/projects', {}, Math.max(1, giveUpAt - performance.now()));
        if (answer.status === 200) return performance.now() - this.spawnedAt;
      } catch {
        // Not listening yet.
      }
      await sleep(10);
    }
    throw new Error(`${this.label} server did not answer within ${deadlineMs / 1000} s:\n${this.output.slice(-20).join('\n')}`);
  }

  /** The server itself is whichever process in the group holds the listening socket, not the sh, npm or tsx wrapped around it. */
  listenerPid(): number | null {
    const portHex = this.port.toString(16).toUpperCase().padStart(4, '0');
    const inodes = new Set<string>();
    for (const line of readFileSync('/proc/net/tcp', 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local_address is fields[1] ("0100007F:1F90"), st is fields[3] (0A is LISTEN), inode is fields[9].
      if (fields[1]?.endsWith(`:${portHex}`) === true && fields[3] === '0A' && fields[9] !== undefined) inodes.add(`socket:[${fields[9]}]`);
    }
    for (const pid of this.groupPids()) {
      try {
        for (const fd of readdirSync(`/proc/${pid}/fd`)) {
          if (inodes.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) return pid;
        }
      } catch {
        // A process that ended while being looked at.
      }
    }
    return null;
  }

  /** Resident memory in MiB, from VmRSS. */
  rssMiB(): number | null {
    const pid = this.listenerPid();
    if (pid === null) return null;
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] === undefined ? null : Number(match[1]) / 1024;
  }

  /** SIGTERM lets the server close its database; SIGKILL after 5 s if the group is still there. */
  async stop(): Promise<void> {
    const pid = this.child.pid;
    if (pid === undefined) return;
    signalGroup(pid, 'SIGTERM');
    const killAt = performance.now() + 5000;
    while (groupAlive(pid) && performance.now() < killAt) await sleep(20);
    if (groupAlive(pid)) signalGroup(pid, 'SIGKILL');
    // Bounded, because an unreaped zombie still counts as a member of the group.
    const giveUpAt = performance.now() + 2000;
    while (groupAlive(pid) && performance.now() < giveUpAt) await sleep(20);
    running.delete(this.child);
  }

  private groupPids(): number[] {
    const pgid = this.child.pid;
    const pids: number[] = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        // Fields after the command name, which is in parentheses and may hold spaces: state, ppid, pgrp.
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
        if (pgrp === pgid) pids.push(Number(entry));
      } catch {
        // A process that ended while being looked at.
      }
    }
    return pids;
  }
}
