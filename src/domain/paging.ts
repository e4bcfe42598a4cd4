import * as z from 'zod/mini';

/** The portfolio's default page: enough to scan, small enough to answer and draw at once. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

/**
 * A whole number from a query string, written plainly: "2", not "2.0", "02", "0x2" or "2e0",
 * which Number() would all accept, so one page never has several addresses.
 */
function countParam(error: string) {
  return z.pipe(
    z.string().check(z.regex(/^[1-9]\d{0,6}$/, { error })),
    z.transform((value) => Number(value)),
  );
}

export const pageParamsSchema = z.object({
  page: z.optional(countParam('Enter a page number, 1 or more')),
  pageSize: z.optional(
    z.pipe(
      countParam(`Enter a page size from 1 to ${MAX_PAGE_SIZE}`),
      z.number().check(z.lte(MAX_PAGE_SIZE, { error: `Enter a page size from 1 to ${MAX_PAGE_SIZE}` })),
    ),
  ),
});
export type PageParams = z.infer<typeof pageParamsSchema>;

/**
 * Where a page sits in a list. A page past the end is answered empty with the true total, not
 * refused: a bookmark to page 5 of a list that has since shrunk still says how many there are.
 */
export const pageInfoSchema = z.object({
  total: z.int().check(z.nonnegative()),
  page: z.int().check(z.positive()),
  pageSize: z.int().check(z.positive()),
  /** At least 1, so an empty list is one empty page. */
  pageCount: z.int().check(z.positive()),
});
export type PageInfo = z.infer<typeof pageInfoSchema>;

export function pageInfo(total: number, page: number, pageSize: number): PageInfo {
  return { total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** How many rows come before a page: what SQL's OFFSET skips. */
export function pageOffset({ page, pageSize }: { page: number; pageSize: number }): number {
  return (page - 1) * pageSize;
}

/** The rows a page shows, counted from 1 ("Showing 51 to 100"); null when the page is empty. */
export function pageSpan({ total, page, pageSize }: PageInfo): { from: number; to: number } | null {
  const from = pageOffset({ page, pageSize }) + 1;
  if (from > total) return null;
  return { from, to: Math.min(total, page * pageSize) };
}
