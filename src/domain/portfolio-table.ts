import * as z from 'zod/mini';
import type { PhaseKind } from './project';

/**
 * The portfolio as a table (decision 0015): the columns it sorts by, in the URL as `sort` and
 * `order`, and the views it offers. Every sort is done by the server on stored fields, so paging
 * stays stable at any size; unknown values sort last whichever way a column goes.
 */
export const portfolioSorts = ['name', 'leads', 'phase', 'status', 'plannedEnd', 'funding', 'latestUpdate', 'confidence'] as const;
export const portfolioSortSchema = z.enum(portfolioSorts, { error: 'Sort by one of the table’s columns' });
export type PortfolioSort = z.infer<typeof portfolioSortSchema>;

export const sortOrders = ['ascending', 'descending'] as const;
export const sortOrderSchema = z.enum(sortOrders, { error: 'Sort ascending or descending' });
export type SortOrder = z.infer<typeof sortOrderSchema>;

export const portfolioViews = ['cards', 'table'] as const;
export const portfolioViewSchema = z.enum(portfolioViews);
export type PortfolioView = z.infer<typeof portfolioViewSchema>;

/** The GDS order, then other kinds of work: sorting by phase goes from discovery to live. */
export const phaseRanks: Record<PhaseKind, number> = { discovery: 1, alpha: 2, beta: 3, live: 4, other: 5 };

/** The order a column takes when first chosen: newest and largest first where that is what people look for. */
export const firstOrder: Record<PortfolioSort, SortOrder> = {
  name: 'ascending',
  leads: 'ascending',
  phase: 'ascending',
  status: 'ascending',
  plannedEnd: 'ascending',
  funding: 'descending',
  latestUpdate: 'descending',
  confidence: 'descending',
};
