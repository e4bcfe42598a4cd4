import { pageParamsSchema } from '../../src/domain/paging';
import { parseOr400 } from './api-error';

const PAGE_PARAMS: ReadonlySet<string> = new Set(Object.keys(pageParamsSchema.shape));

/** The named query parameters that have a value, so `?phase=&page=` reads as no filter on the first page. */
export function presentParams(query: Record<string, string>, names: ReadonlySet<string>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter(([key, value]) => names.has(key) && value !== ''));
}

/** The page asked for, or the first; a malformed `page` or `pageSize` is a 400 that names it. */
export function readPaging(query: Record<string, string>, defaultPageSize: number): { page: number; pageSize: number } {
  const paging = parseOr400(pageParamsSchema, presentParams(query, PAGE_PARAMS), 'Check the page');
  return { page: paging.page ?? 1, pageSize: paging.pageSize ?? defaultPageSize };
}
