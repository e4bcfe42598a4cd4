// `npm run build` compiles the server after Vite builds the app, so `npm start` finds both current.
import { resolve } from 'node:path';
import { buildServer, SERVER_BUNDLE } from './build-if-stale.mjs';

await buildServer(resolve(import.meta.dirname, '..'));
console.log(`Server compiled to ${SERVER_BUNDLE}`);
