import { type ProjectFilters, projectFiltersSchema } from '../../domain/project';

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
    const candidate = name === 'phase' || name === 'status' ? value.toLowerCase() : value;
    const field = projectFiltersSchema.shape[name].safeParse(candidate);
    const known = name !== 'organisation' || knownOrganisations.has(candidate);
    if (field.success && known) filters[name] = field.data;
    else invalid.push({ name, value });
  }
  return { filters: projectFiltersSchema.parse(filters), invalid };
}

export function hasFilters(filters: ProjectFilters): boolean {
  return Object.values(filters).some((value) => value !== '');
}
