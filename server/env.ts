import * as z from 'zod/mini';

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
  NODE_ENV: z._default(z.enum(['development', 'production', 'test']), 'production'),
  /** Where people reach the app, e.g. https://portfolio.example.gov.uk: used in set-up links, and HTTPS here turns on Secure cookies and HSTS. */
  PUBLIC_URL: z.optional(
    z.string().check(z.regex(/^https?:\/\/[^/]+/, { error: 'Set PUBLIC_URL to the address people use, starting https:// or http://' })),
  ),
  /** Behind a reverse proxy, take the client's address for sign-in throttling from X-Forwarded-For. */
  TRUST_PROXY: z._default(z.stringbool(), false),
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

/** Where people reach the app, for links printed at the console: PUBLIC_URL, or else this server's own address. */
export function publicBaseUrl(env: Env): string {
  return env.PUBLIC_URL ?? `http://${env.HOST}:${env.PORT}`;
}

/** The database file: DATABASE_URL when set, otherwise one file for real use and another for the demo. */
export function databaseLocation(env: Env, demo: boolean): string {
  return env.DATABASE_URL ?? (demo ? './data/demo.sqlite' : './data/portfolio.sqlite');
}
