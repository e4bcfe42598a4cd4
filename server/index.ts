import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { today } from '../src/domain/phase-rules';
import { createApp } from './app';
import { buildIfStale } from './build-if-stale';
import { readEnv } from './env';
import { prepareDatabase } from './prepare-database';

const log = (line: string) => console.log(line);
const env = readEnv();
const root = resolve(import.meta.dirname, '..');
const clientDir = resolve(root, 'dist');

await buildIfStale(root, clientDir, log);
const db = await prepareDatabase(env.DATABASE_URL, log);
const app = createApp({ db, today, clientDir });

const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  log(`Local Digital Portfolio is running at http://${env.HOST}:${info.port}/`);
});

function shutdown() {
  server.close(() => {
    void db.destroy().then(() => process.exit(0));
  });
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
