import type { Output, Partnership, Phase } from '../../../src/domain/project';
import type { Db } from '../database';
import { partnershipOfRow, selectPartnerships } from './projects';

/**
 * One phase, partnership or output by its id, as the API answers it, with the project it belongs
 * to: what the routes that change one read before and after the change. Each is one step down
 * its table's primary key.
 */

export type WithProject<T> = T & { projectId: number };

export async function loadPhaseRecord(db: Db, id: number): Promise<WithProject<Phase> | undefined> {
  return db.selectFrom('phases').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function loadPartnershipRecord(db: Db, id: number): Promise<WithProject<Partnership & { organisationId: number }> | undefined> {
  const row = await selectPartnerships(db).where('partnerships.id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : partnershipOfRow(row);
}

export async function loadOutputRecord(db: Db, id: number): Promise<WithProject<Output> | undefined> {
  const row = await db
    .selectFrom('outputs')
    .select(['id', 'version', 'projectId', 'kind', 'title', 'description', 'url', 'occursOn'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const { occursOn, ...output } = row;
  return { ...output, date: occursOn };
}

/** The fields history keeps of a partnership: the organisation by name, as a reader knows it. */
export function partnershipFields({ organisation, role, phaseId, joinedOn, leftOn, note }: Partnership) {
  return { organisation: organisation.name, role, phaseId, joinedOn, leftOn, note };
}

/** A record as replies show it: the project is the one its address or page names. */
export function withoutProject<T extends { projectId: number }>(record: T | undefined): Omit<T, 'projectId'> | undefined {
  if (record === undefined) return undefined;
  const { projectId: _projectId, ...rest } = record;
  return rest;
}

/** The next free position at the end of a project's phases. Call it holding the project's lock (projectLockKey). */
export async function nextPhasePosition(db: Db, projectId: number): Promise<number> {
  const row = await db
    .selectFrom('phases')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('projectId', '=', projectId)
    .executeTakeFirst();
  return (row?.last ?? 0) + 1;
}

/**
 * The lock every change to a project's phases and partnerships takes on PostgreSQL (lockKeys), so
 * a check and the write that relies on it cannot be split by another: the last position and the
 * phase added after it, a phase nobody takes part in and its removal, a phase and a partnership
 * moved into it.
 */
export function projectLockKey(projectId: number): string {
  return `project-structure:${String(projectId)}`;
}
