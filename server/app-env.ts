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
  };
}
