import { pageParamsSchema } from '../domain/paging';

/**
 * The page in a list's URL. Anything but a plain page number (from a mistyped or old link)
 * means the first page: the list is still worth showing.
 */
export function parsePage(params: URLSearchParams): number {
  const parsed = pageParamsSchema.shape.page.safeParse(params.get('page')?.trim());
  return parsed.success ? (parsed.data ?? 1) : 1;
}
