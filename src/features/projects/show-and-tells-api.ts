import { type NewShowAndTell, savedShowAndTellSchema, type ShowAndTellChanges } from '../../domain/show-and-tell';
import { sendJson } from '../../lib/api-client';

// Apart from projects-api.ts, whose queries the first page's loaders load: these writes and their
// schemas are needed only once the project page's own code has loaded.

/**
 * A show and tell's fields as a form sends them. The sprint may be the text as typed when it is not
 * a whole number, so the server refuses it with its own message rather than the app guessing.
 */
export type ShowAndTellSubmission<T extends NewShowAndTell | ShowAndTellChanges> = Omit<T, 'sprint'> & { sprint?: number | string | null };

/** Schedules a show and tell for a project. Answers with it as saved, with its id and version. */
export const createShowAndTell = (slug: string, showAndTell: ShowAndTellSubmission<NewShowAndTell>) =>
  sendJson('POST', `/api/projects/${encodeURIComponent(slug)}/show-and-tells`, showAndTell, savedShowAndTellSchema);

/** Changes a show and tell, naming the version read; a stale one is refused with 409 and the show and tell as it stands. */
export const updateShowAndTell = (id: number, changes: ShowAndTellSubmission<ShowAndTellChanges>) =>
  sendJson('PATCH', `/api/show-and-tells/${String(id)}`, changes, savedShowAndTellSchema);
