import type { Phase } from '../../../src/domain/project';
import type { Db } from '../database';

/** Rows grouped by a key, each group in the rows' own order. */
export function groupBy<T, K>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  return groups;
}

/** The phases of each project, in order, as the domain knows them: what cards, pages and the stored fields all start from. */
export async function loadPhases(db: Db, projectIds: readonly number[]): Promise<Map<number, Phase[]>> {
  if (projectIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('phases')
    .selectAll()
    .where('projectId', 'in', projectIds)
    .orderBy('projectId')
    .orderBy('position')
    .execute();
  const phases = new Map<number, Phase[]>();
  for (const [projectId, group] of groupBy(rows, (row) => row.projectId)) {
    phases.set(
      projectId,
      group.map(({ projectId: _projectId, ...phase }) => phase),
    );
  }
  return phases;
}
