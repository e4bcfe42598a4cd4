import { http, HttpResponse, type HttpHandler } from 'msw';
import { errorBody } from '../server/http/api-error';
import { API_PATTERN } from './handlers';

/**
 * Faults a real server cannot easily produce on cue, for `server.use(...)`. Each takes an msw
 * path pattern so a test can break one endpoint and leave the rest of the API working.
 */

/** The request never reaches a server: offline, DNS failure, a dropped connection. */
export function networkError(path: string = API_PATTERN): HttpHandler {
  return http.all(path, () => HttpResponse.error());
}

/** The API fails on its side, answering with the same JSON error body the real one sends. */
export function serverError(path: string = API_PATTERN): HttpHandler {
  return http.all(path, () =>
    HttpResponse.json(errorBody(500, 'Something went wrong on our side. Try again later.'), { status: 500 }),
  );
}

/**
 * Someone else saves the same record just before this request reaches the API: `edit` makes
 * their change (once), then the request goes on to the real API, which refuses it as stale
 * with 409 and the record as it now stands, as it would for two people in two browsers.
 */
export function editedMeanwhile(path: string, edit: () => Promise<void>): HttpHandler {
  let edited = false;
  return http.all(path, async () => {
    if (!edited) {
      edited = true;
      await edit();
    }
    // Nothing returned: the request continues to the real API.
    return undefined;
  });
}

export interface SlowReply {
  handler: HttpHandler;
  /** Settles once a request is being held, so a test knows the app is waiting on the API. */
  holding: Promise<void>;
  /** Lets every held request through to the real API. */
  release: () => void;
}

/**
 * Holds requests until the test calls `release()`, then lets them through to the real API. A
 * test sees the loading state for as long as it likes with no timers, and decides when it ends.
 */
export function slowReply(path: string = API_PATTERN): SlowReply {
  const held = deferred();
  const released = deferred();
  const handler = http.all(path, async ({ request }) => {
    held.resolve();
    // A request the app abandons (the person navigated away, the test ended) stops waiting, and
    // does not go on to the API, whose database may be gone by then.
    await Promise.race([released.promise, whenAborted(request.signal)]);
    if (request.signal.aborted) return HttpResponse.error();
    // Returning nothing hands the request on to the next handler: the real API.
    return undefined;
  });
  return { handler, holding: held.promise, release: released.resolve };
}

function whenAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  // Node 20 has no Promise.withResolvers.
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((settle) => {
    resolve = settle;
  });
  return { promise, resolve: () => resolve() };
}
