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
  DATABASE_URL: z._default(z.string().check(z.minLength(1)), './data/portfolio.sqlite'),
  NODE_ENV: z._default(z.enum(['development', 'production', 'test']), 'production'),
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
