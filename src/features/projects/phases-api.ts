import { type PhaseChanges, savedPhaseSchema } from '../../domain/phase-input';
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
