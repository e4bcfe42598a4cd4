import { type PortfolioView, portfolioViewSchema } from '../../domain/portfolio-table';
import { type ProjectFilters, projectFiltersSchema } from '../../domain/project';
import { pageSearch } from '../../lib/page-param';

export type FilterName = keyof ProjectFilters;

export interface IgnoredFilter {
  name: FilterName;
  value: string;
}

export interface ParsedFilters {
  filters: ProjectFilters;
  /** Filters in the URL whose value is not one we know, e.g. from an old or mistyped link. */
  invalid: IgnoredFilter[];
}

const FILTER_NAMES = Object.keys(projectFiltersSchema.shape) as FilterName[];
/** Words from a fixed list, as the server reads them: "Beta" in a hand-typed link means beta. */
const CASE_FREE: ReadonlySet<FilterName> = new Set(['phase', 'status', 'flag', 'funded', 'confidence', 'order']);

/**
 * Reads the portfolio's filters from a URL, keeping the valid ones and naming the rest.
 * `knownOrganisations` are the slugs that exist: a well-formed slug of no organisation is ignored too.
 */
export function parseFilters(params: URLSearchParams, knownOrganisations: ReadonlySet<string>): ParsedFilters {
  const filters: Record<string, string | undefined> = {};
  const invalid: IgnoredFilter[] = [];
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (value === undefined || value === '') continue;
    const candidate = CASE_FREE.has(name) ? value.toLowerCase() : value;
    const field = projectFiltersSchema.shape[name].safeParse(candidate);
    const known = name !== 'organisation' || knownOrganisations.has(candidate);
    if (field.success && known) filters[name] = field.data;
    else invalid.push({ name, value });
  }
  return { filters: projectFiltersSchema.parse(filters), invalid };
}

/** Whether the list is narrowed: a sort order is not a filter. */
export function hasFilters(filters: ProjectFilters): boolean {
  // Only filters with a value are in the object (see parseFilters).
  return Object.keys(filters).some((name) => name !== 'sort' && name !== 'order');
}

/** Cards unless the URL asks for the table; anything else in `view` is the cards too. */
export function parseView(params: URLSearchParams): PortfolioView {
  const parsed = portfolioViewSchema.safeParse(params.get('view')?.trim().toLowerCase());
  return parsed.success ? parsed.data : 'cards';
}

/** The portfolio's own query string: a page of the list with its filters, its order and how it is shown. */
export function portfolioSearch(page: number, filters: ProjectFilters, view: PortfolioView): string {
  return pageSearch(page, { ...filters, view: view === 'table' ? 'table' : undefined });
}
