import { type NewPartnership, type PartnershipChanges, savedPartnershipSchema } from '../../domain/partnership-input';
import type { PartnershipRole } from '../../domain/project';
import { sendJson } from '../../lib/api-client';

// Apart from projects-api.ts, whose queries the first page's loaders load: these writes and their
// schemas are needed only once the project page's own code has loaded.

/**
 * A new partnership as the form sends it. The role, and a new organisation's kind, may be missing
 * or as chosen, so the server refuses what is wrong with its own messages rather than the form guessing.
 */
export type PartnershipSubmission = Omit<NewPartnership, 'role' | 'newOrganisation'> & {
  role?: PartnershipRole;
  newOrganisation?: { name: string; kind?: string };
};


/** Adds an organisation (one in the portfolio, or a new one) to a project. Answers with the partnership as saved. */
export const createPartnership = (slug: string, partnership: PartnershipSubmission) =>
  sendJson('POST', `/api/projects/${encodeURIComponent(slug)}/partnerships`, partnership, savedPartnershipSchema);

/** Changes a partnership, naming the version read; a stale one is refused with 409 and the partnership as it stands. */
export const updatePartnership = (id: number, changes: PartnershipChanges) =>
  sendJson('PATCH', `/api/partnerships/${String(id)}`, changes, savedPartnershipSchema);

/** Removes an organisation from a project, naming the version read (204). */
export const removePartnership = (id: number, version: number) => sendJson('DELETE', `/api/partnerships/${String(id)}`, { version });
