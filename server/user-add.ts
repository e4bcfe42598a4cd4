import { parseArgs } from 'node:util';
import { createAccount } from './auth/accounts';
import { createUserSchema } from '../src/domain/user';
import { ApiError, parseOr400 } from './http/api-error';
import { databaseLocation, publicBaseUrl, readEnv } from './env';
import { prepareDatabase } from './prepare-database';

/**
 * `npm run user:add -- --email person@council.gov.uk --role council --organisation rugby-borough-council`
 * creates an account and prints its one-time set-up link. No password is ever set from here.
 */
const USAGE =
  'Usage: npm run user:add -- --email EMAIL --role manager|engagement|council [--name "Full name"] [--organisation SLUG ...]';

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    role: { type: 'string' },
    name: { type: 'string' },
    organisation: { type: 'string', multiple: true },
  },
});

if (values.email === undefined || values.role === undefined) {
  console.error(USAGE);
  process.exit(2);
}

const env = readEnv();
const db = await prepareDatabase(databaseLocation(env, false), (line) => console.log(line), { poolSize: 1 });
try {
  const account = parseOr400(
    createUserSchema,
    {
      email: values.email,
      role: values.role,
      // The person can change the name when they follow their link.
      displayName: values.name ?? values.email.split('@')[0] ?? values.email,
      organisations: values.organisation ?? [],
    },
    'Check the details you entered',
  );
  const { setupLink } = await createAccount(
    db,
    account,
    new Date(),
    publicBaseUrl(env),
  );
  console.log(`Account created for ${values.email}. Send them this one-time link to choose a password (valid for 24 hours):`);
  console.log(`  ${setupLink.url}`);
  if (env.PUBLIC_URL === undefined) {
    console.log('The link assumes the app is reached at that address; set PUBLIC_URL to the address people use.');
  }
} catch (error) {
  if (!(error instanceof ApiError)) throw error;
  console.error(`Could not create the account: ${error.message}`);
  for (const [field, messages] of Object.entries(error.fields ?? {})) console.error(`  ${field}: ${messages.join('; ')}`);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
