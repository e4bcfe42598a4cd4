import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_DIR, clientIsStale, SERVER_BUNDLE, SERVER_METAFILE, serverIsStale } from './build-if-stale.mjs';

let root = '';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'build-if-stale-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/**
 * Writes a file under root as if at the given time (seconds), its folders too, as creating a file
 * changes its folder's time: no test waits for a clock.
 */
function write(path: string, modified: number, content = '') {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
  for (let at = full; at !== root; at = dirname(at)) utimesSync(at, modified, modified);
}

/** Edits a file in place at the given time: unlike creating one, that leaves its folder's time alone. */
function edit(path: string, modified: number) {
  writeFileSync(join(root, path), 'changed');
  utimesSync(join(root, path), modified, modified);
}

describe('clientIsStale', () => {
  beforeEach(() => {
    write('src/main.tsx', 100);
    write('src/features/page.tsx', 100);
    write('index.html', 100);
    write('package-lock.json', 100);
  });

  it('is true when there is no build', () => {
    expect(clientIsStale(root)).toBe(true);
  });

  it('is false when the build is newer than every source', () => {
    write(`${CLIENT_DIR}/index.html`, 200);
    expect(clientIsStale(root)).toBe(false);
  });

  it('is true when a source, however deep, changed after the build', () => {
    write(`${CLIENT_DIR}/index.html`, 200);
    edit('src/features/page.tsx', 300);
    expect(clientIsStale(root)).toBe(true);
  });
});

describe('serverIsStale', () => {
  function writeBuild(at: number, inputs: string[]) {
    write(SERVER_BUNDLE, at);
    write(SERVER_METAFILE, at, JSON.stringify({ inputs: Object.fromEntries(inputs.map((input) => [input, {}])) }));
  }

  beforeEach(() => {
    write('server/index.ts', 100);
    write('src/domain/phase-rules.ts', 100);
    write('src/features/page.tsx', 100);
    write('package-lock.json', 100);
  });

  it('is true when there is no bundle', () => {
    expect(serverIsStale(root)).toBe(true);
  });

  it('is false when the bundle is newer than everything that went into it', () => {
    writeBuild(200, ['server/index.ts', 'src/domain/phase-rules.ts']);
    expect(serverIsStale(root)).toBe(false);
  });

  it('ignores changes to files the server does not import', () => {
    writeBuild(200, ['server/index.ts', 'src/domain/phase-rules.ts']);
    edit('src/features/page.tsx', 300);
    expect(serverIsStale(root)).toBe(false);
  });

  it.each(['src/domain/phase-rules.ts', 'package-lock.json'])('is true when %s changed after the build', (changed) => {
    writeBuild(200, ['server/index.ts', 'src/domain/phase-rules.ts']);
    edit(changed, 300);
    expect(serverIsStale(root)).toBe(true);
  });

  it('is true when a file that went into it has gone', () => {
    writeBuild(200, ['server/index.ts', 'server/removed.ts']);
    expect(serverIsStale(root)).toBe(true);
  });

  it('is true when the record of its sources is unreadable', () => {
    writeBuild(200, ['server/index.ts']);
    write(SERVER_METAFILE, 200, '{');
    expect(serverIsStale(root)).toBe(true);
  });
});
