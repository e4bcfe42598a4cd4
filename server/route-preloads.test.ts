import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routePreloads } from './route-preloads';

// A build's manifest as Vite writes it: the entry and what it imports, and lazy pages with theirs.
const MANIFEST = {
  'index.html': { file: 'assets/index-a1.js', isEntry: true, imports: ['_shared-b2.js'] },
  '_shared-b2.js': { file: 'assets/shared-b2.js' },
  '_table-c3.js': { file: 'assets/table-c3.js', imports: ['_shared-b2.js'] },
  'src/app/routes/project-route.tsx': { file: 'assets/project-route-d4.js', isDynamicEntry: true, imports: ['_shared-b2.js', '_table-c3.js'] },
  'src/app/routes/organisation-route.tsx': { file: 'assets/organisation-route-e5.js', isDynamicEntry: true, imports: ['_shared-b2.js'] },
  'src/app/routes/sprint-notes-route.tsx': { file: 'assets/sprint-notes-route-f6.js', isDynamicEntry: true, imports: ['_shared-b2.js'] },
  'src/app/routes/sprint-notes-compose-route.tsx': { file: 'assets/sprint-notes-compose-route-g7.js', isDynamicEntry: true, imports: ['_table-c3.js'] },
};

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'route-preloads-'));
  mkdirSync(join(dir, '.vite'));
  writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify(MANIFEST));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('preloading a lazily loaded page with index.html', () => {
  it('names the page’s own code and what it imports, but nothing index.html already loads', () => {
    const preloads = routePreloads(dir);
    expect(preloads('/projects/digital-waste-service')).toBe(
      '</assets/project-route-d4.js>; rel=preload; as=script; crossorigin, </assets/table-c3.js>; rel=preload; as=script; crossorigin',
    );
    expect(preloads('/organisations/rugby-borough-council')).toBe('</assets/organisation-route-e5.js>; rel=preload; as=script; crossorigin');
    for (const path of ['/sprint-notes', '/sprint-notes/46', '/sprint-notes/new']) {
      expect(preloads(path), path).toBe('</assets/sprint-notes-route-f6.js>; rel=preload; as=script; crossorigin');
    }
    expect(preloads('/sprint-notes/47/compose')).toBe(
      '</assets/sprint-notes-compose-route-g7.js>; rel=preload; as=script; crossorigin, </assets/table-c3.js>; rel=preload; as=script; crossorigin',
    );
    expect(preloads('/sprint-notes/047')).toBeNull();
  });

  it('adds nothing for the portfolio, which is in the first bundle, nor for a page the manifest does not name', () => {
    const preloads = routePreloads(dir);
    expect(preloads('/')).toBeNull();
    expect(preloads('/organisations')).toBeNull();
    expect(preloads('/projects/a/b')).toBeNull();
  });

  it('adds nothing when there is no manifest, rather than failing to serve the page', () => {
    expect(routePreloads(join(dir, 'missing'))('/projects/x')).toBeNull();
  });
});
