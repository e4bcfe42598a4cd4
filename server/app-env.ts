import type { User } from '../src/domain/user';

/** The signed-in person as routes see them: the API's user plus what permission checks need. */
export interface CurrentUser extends User {
  organisationIds: number[];
}

/** Values the middleware puts on each request's context. */
export interface AppEnv {
  Variables: {
    user: CurrentUser | null;
    sessionToken: string | null;
    /** Names this request in the logs and in the X-Request-Id answer header (see request-log.ts). */
    requestId: string;
    /** Set when the client hung up before its request was read, so the log says that instead of a status. */
    clientAborted: true | undefined;
  };
}
