import * as z from 'zod/mini';
import { DEFAULT_POOL_SIZE } from './db/dialect';
import { LOG_LEVELS } from './log';

/** The only reader of process.env: every setting is parsed and checked once, at start-up. */
const envSchema = z.object({
  PORT: z._default(
    z.coerce
      .number({ error: 'Set PORT to a port number, 0 to 65535' })
      .check(z.int(), z.gte(0), z.lte(65535, { error: 'Set PORT to a port number, 0 to 65535' })),
    3000,
  ),
  HOST: z._default(z.string().check(z.minLength(1)), 'localhost'),
  /** Unset means the default file: ./data/portfolio.sqlite, or ./data/demo.sqlite in demo mode. */
  DATABASE_URL: z.optional(z.string().check(z.minLength(1))),
  /** On PostgreSQL, the most connections one server holds open: several servers share the database's limit. */
  DATABASE_POOL_SIZE: z._default(
    z.coerce
      .number({ error: 'Set DATABASE_POOL_SIZE to a whole number of connections, 1 to 100' })
      .check(z.int(), z.gte(1), z.lte(100, { error: 'Set DATABASE_POOL_SIZE to a whole number of connections, 1 to 100' })),
    DEFAULT_POOL_SIZE,
  ),
  NODE_ENV: z._default(z.enum(['development', 'production', 'test']), 'production'),
  /** Where people reach the app, e.g. https://portfolio.example.gov.uk: used in set-up links, and HTTPS here turns on Secure cookies and HSTS. */
  PUBLIC_URL: z.optional(
    z.string().check(z.regex(/^https?:\/\/[^/]+/, { error: 'Set PUBLIC_URL to the address people use, starting https:// or http://' })),
  ),
  /** Behind a reverse proxy, take the client's address for sign-in throttling from X-Forwarded-For. */
  TRUST_PROXY: z._default(z.stringbool(), false),
  /** How much the server logs, as one JSON line per event: debug, info, warn, error or silent. */
  LOG_LEVEL: z._default(z.enum(LOG_LEVELS, { error: `Set LOG_LEVEL to one of ${LOG_LEVELS.join(', ')}` }), 'info'),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}

/**
 * Where people reach the app: PUBLIC_URL, or else this server's own address as configured. Links
 * and the accepted Origin come from here, never from a request's Host header, which the client writes.
 */
export function publicBaseUrl(env: Env): string {
  return env.PUBLIC_URL ?? `http://${hostInUrl(env.HOST)}:${env.PORT}`;
}

/** An IPv6 address needs brackets in a URL, or its colons read as a port. */
function hostInUrl(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/**
 * Listening beyond this machine without PUBLIC_URL: links would name HOST as written (0.0.0.0,
 * say), which nobody can open, and a browser's own origin would not match, so writes are refused.
 */
export function publicUrlWarning(env: Env): string | null {
  if (env.PUBLIC_URL !== undefined || LOOPBACK_HOSTS.has(env.HOST.toLowerCase())) return null;
  return `HOST is ${env.HOST} but PUBLIC_URL is not set: set-up links and the accepted origin use ${publicBaseUrl(env)}. Set PUBLIC_URL to the address people use.`;
}

/** The database file: DATABASE_URL when set, otherwise one file for real use and another for the demo. */
export function databaseLocation(env: Env, demo: boolean): string {
  return env.DATABASE_URL ?? (demo ? './data/demo.sqlite' : './data/portfolio.sqlite');
}
