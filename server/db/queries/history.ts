import { type HistoryEntry, type HistoryPage, recordFieldsSchema } from '../../../src/domain/history';
import { pageInfo, pageOffset } from '../../../src/domain/paging';
import type { Db } from '../database';
import type { RecordFields } from '../history';

type FieldValue = RecordFields[string];

/** Changes shown at a time, in a project's history or the whole log. */
export const HISTORY_PAGE_SIZE = 50;

function parseFields(json: string | null): RecordFields | null {
  if (json === null) return null;
  // Written by recordChange alone; a value that does not read as fields is shown as no fields rather than breaking the page.
  const parsed = recordFieldsSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

/** The fields that differ between before and after, in the order they were written. */
function changesBetween(before: RecordFields | null, after: RecordFields | null): HistoryEntry['changes'] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const valueOf = (record: RecordFields | null, field: string): FieldValue => record?.[field] ?? null;
  return fields
    .filter((field) => valueOf(before, field) !== valueOf(after, field))
    .map((field) => ({ field, before: valueOf(before, field), after: valueOf(after, field) }));
}

/** A page of the history, newest first: one project's, one person's, or the whole portfolio's. */
export async function loadHistory(
  db: Db,
  filter: { projectId?: number; userId?: number },
  paging: { page: number; pageSize: number },
): Promise<HistoryPage> {
  let base = db.selectFrom('history');
  if (filter.projectId !== undefined) base = base.where('history.projectId', '=', filter.projectId);
  if (filter.userId !== undefined) base = base.where('history.userId', '=', filter.userId);
  const [rows, counted] = await Promise.all([
    base
      .leftJoin('projects', 'projects.id', 'history.projectId')
      .select([
        'history.id',
        'history.at',
        'history.actorName',
        'history.recordType',
        'history.recordId',
        'history.action',
        'history.beforeJson',
        'history.afterJson',
        'projects.slug',
        'projects.name',
      ])
      .orderBy('history.id', 'desc')
      .limit(paging.pageSize)
      .offset(pageOffset(paging))
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  const entries = rows.map(
    (row): HistoryEntry => ({
      id: row.id,
      at: row.at,
      actorName: row.actorName,
      project: row.slug === null || row.name === null ? null : { slug: row.slug, name: row.name },
      recordType: row.recordType,
      recordId: row.recordId,
      action: row.action,
      changes: changesBetween(parseFields(row.beforeJson), parseFields(row.afterJson)),
    }),
  );
  return { entries, ...pageInfo(Number(counted.total), paging.page, paging.pageSize) };
}
