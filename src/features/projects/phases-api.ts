import { type NextPhase, type PhaseChanges, savedPhaseSchema, startedPhaseSchema } from '../../domain/phase-input';
import { sendJson } from '../../lib/api-client';

// Apart from projects-api.ts, whose queries the first page loads: these writes load with the project page.

/**
 * A phase's changes as the form sends them. Numbers may be the text as typed when they are not
 * whole numbers, so the server refuses them with its own message rather than the app guessing.
 */
export type PhaseSubmission = Omit<PhaseChanges, 'plannedWeeks' | 'fundingAmountPounds' | 'status'> & {
  plannedWeeks?: number | string | null;
  fundingAmountPounds?: number | string | null;
  status?: string | null;
};

/** Changes a phase, naming the version read; a stale one is refused with 409 and the phase as it stands. */
export const changePhase = (id: number, changes: PhaseSubmission) => sendJson('PATCH', `/api/phases/${String(id)}`, changes, savedPhaseSchema);

/** The next phase as the form sends it: numbers as typed (see PhaseSubmission), and no kind until one is chosen. */
export type NextPhaseSubmission = Omit<NextPhase, 'plannedWeeks' | 'fundingAmountPounds' | 'kind'> & {
  kind?: NextPhase['kind'];
  plannedWeeks?: number | string | null;
  fundingAmountPounds?: number | string | null;
};

/** Ends the phase under way (named with the version read) and starts the next, in one change. */
export const startNextPhase = (slug: string, next: NextPhaseSubmission) =>
  sendJson('POST', `/api/projects/${encodeURIComponent(slug)}/phases/next`, next, startedPhaseSchema);

/** Removes a phase, naming the version read. */
export const removePhase = (id: number, version: number) => sendJson('DELETE', `/api/phases/${String(id)}`, { version });
