import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { createServer as createViteServer } from 'vite';
import { today } from '../src/domain/phase-rules';
import { createApp } from './app';
import { databaseLocation, publicBaseUrl, readEnv } from './env';
import { createLogger } from './log';
import { prepareDatabase } from './prepare-database';

/**
 * Development: one port serving the API and Vite's dev server together, so the app's relative
 * /api calls work as in production. Vite reloads the app; `tsx watch` restarts this on server changes.
 */
const log = (line: string) => console.log(line);
const env = readEnv();
const db = await prepareDatabase(databaseLocation(env, false), log, { poolSize: env.DATABASE_POOL_SIZE });
const api = getRequestListener(createApp({ db, today, publicUrl: publicBaseUrl(env), logger: createLogger({ level: env.LOG_LEVEL }) }).fetch);
const vite = await createViteServer({
  root: resolve(import.meta.dirname, '..'),
  server: { middlewareMode: true },
  appType: 'spa',
});

const server = createServer((request, response) => {
  if (request.url?.startsWith('/api/') === true || request.url === '/api') {
    void api(request, response);
    return;
  }
  vite.middlewares(request, response);
});
server.listen(env.PORT, env.HOST, () => {
  log(`Local Digital Portfolio (development) is running at http://${env.HOST}:${env.PORT}/`);
});
