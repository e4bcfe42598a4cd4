import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';

/**
 * Pages whose code loads lazily, by the address that opens them, and the modules each needs
 * first (src/app/router.tsx). Opened from a link, index.html names only the first bundle, and the
 * browser would find the page's own code only once that had run: a `Link: rel=preload` header
 * on the index.html answer lets it fetch both at once. A name missing from the build's manifest
 * is skipped, so a renamed module costs a preload, never a page.
 */
const LAZY_PAGES: { path: RegExp; modules: string[] }[] = [
  { path: /^\/projects\/[^/]+\/?$/, modules: ['src/app/routes/project-route.tsx'] },
  { path: /^\/organisations\/[^/]+\/?$/, modules: ['src/app/routes/organisation-route.tsx'] },
  { path: /^\/organisations\/?$/, modules: ['src/app/routes/organisations-route.tsx'] },
  { path: /^\/timeline\/?$/, modules: ['src/app/routes/timeline-route.tsx'] },
  { path: /^\/(overview|data-gaps)\/?$/, modules: ['src/app/routes/overview-route.tsx'] },
  { path: /^\/sprint-notes\/[1-9][0-9]*\/compose\/?$/, modules: ['src/app/routes/sprint-notes-compose-route.tsx'] },
  { path: /^\/sprint-notes(\/(new|[1-9][0-9]*))?\/?$/, modules: ['src/app/routes/sprint-notes-route.tsx'] },
];

const manifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    isEntry: z.optional(z.boolean()),
    imports: z.optional(z.array(z.string())),
  }),
);
type Manifest = z.infer<typeof manifestSchema>;

/** A module's file and every file it imports statically, by manifest key, each once. */
function closure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  if (into.has(key) || manifest[key] === undefined) return into;
  into.add(key);
  for (const imported of manifest[key].imports ?? []) closure(manifest, imported, into);
  return into;
}

/**
 * Reads Vite's manifest (build.manifest) once, and answers for a request path the `Link` header
 * that preloads its page's code, leaving out what index.html already loads. Null where there is
 * nothing to add, or no manifest.
 */
export function routePreloads(clientDir: string): (path: string) => string | null {
  let manifest: Manifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(readFileSync(join(clientDir, '.vite', 'manifest.json'), 'utf8')));
  } catch {
    return () => null;
  }
  const loadedFirst = new Set<string>();
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry === true) closure(manifest, key, loadedFirst);

  const headers = LAZY_PAGES.map(({ path, modules }) => {
    const keys = new Set<string>();
    for (const module of modules) closure(manifest, module, keys);
    const files = [...keys].filter((key) => !loadedFirst.has(key)).map((key) => manifest[key]?.file);
    // Module scripts are fetched in CORS mode, so the preload says so too, or the browser would fetch twice.
    const links = files.filter((file) => file !== undefined).map((file) => `</${file}>; rel=preload; as=script; crossorigin`);
    return { path, header: links.length === 0 ? null : links.join(', ') };
  });
  return (requestPath) => headers.find(({ path }) => path.test(requestPath))?.header ?? null;
}
