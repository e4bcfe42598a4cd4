import { pageParamsSchema } from '../domain/paging';
import { toSearchParams } from './api-client';

/**
 * The page in a list's URL. Anything but a plain page number (from a mistyped or old link)
 * means the first page: the list is still worth showing.
 */
export function parsePage(params: URLSearchParams): number {
  const parsed = pageParamsSchema.shape.page.safeParse(params.get('page')?.trim());
  return parsed.success ? (parsed.data ?? 1) : 1;
}

/**
 * The query string of a page of a list, with whatever else the list is narrowed by (filters),
 * in the app's URL and the API's alike. Page 1 is the address without a page.
 */
export function pageSearch(page: number, values: Record<string, string | undefined> = {}): string {
  return toSearchParams({ ...values, page: page > 1 ? String(page) : undefined });
}
