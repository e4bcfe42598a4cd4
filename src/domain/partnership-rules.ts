import type { Partnership } from './project';

/**
 * Whether an organisation takes part in a project now: it has not left, and it is not tied to a
 * phase other than the current one (Open Referral UK's discovery councils are past partners).
 * Cards, organisation pages and permission checks all ask this, so they never disagree.
 */
export function takesPartNow(partnership: Pick<Partnership, 'leftOn' | 'phaseId'>, currentPhaseId: number | null): boolean {
  return partnership.leftOn === null && (partnership.phaseId === null || partnership.phaseId === currentPhaseId);
}
