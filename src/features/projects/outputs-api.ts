import { type NewOutput, type OutputChanges, savedOutputSchema } from '../../domain/output-input';
import type { OutputKind } from '../../domain/project';
import { sendJson } from '../../lib/api-client';

// Apart from projects-api.ts, whose queries the first page's loaders load: these writes and their
// schemas are needed only once the project page's own code has loaded.

/**
 * An output's fields as a form sends them. Its kind may be missing when nobody chose one, so the
 * server refuses it with its own message rather than the form guessing.
 */
export type OutputSubmission<T extends NewOutput | OutputChanges> = Omit<T, 'kind'> & { kind?: OutputKind };

/** Adds an output or event to a project. Answers with it as saved, with its id and version. */
export const createOutput = (slug: string, output: OutputSubmission<NewOutput>) =>
  sendJson('POST', `/api/projects/${encodeURIComponent(slug)}/outputs`, output, savedOutputSchema);

/** Changes an output or event, naming the version read; a stale one is refused with 409 and the output as it stands. */
export const updateOutput = (id: number, changes: OutputSubmission<OutputChanges>) =>
  sendJson('PATCH', `/api/outputs/${String(id)}`, changes, savedOutputSchema);

/** Removes an output or event, naming the version read: nobody removes what they have not seen (204). */
export const removeOutput = (id: number, version: number) => sendJson('DELETE', `/api/outputs/${String(id)}`, { version });
