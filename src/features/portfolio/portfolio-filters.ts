import { type ProjectFilters, projectFiltersSchema } from '../../domain/project';

export type FilterName = keyof ProjectFilters;

export interface ParsedFilters {
  filters: ProjectFilters;
  /** Filters in the URL whose value is not one we know, e.g. from an old or mistyped link. */
  invalid: FilterName[];
}

const FILTER_NAMES = Object.keys(projectFiltersSchema.shape) as FilterName[];

/** Reads the portfolio's filters from a URL, keeping the valid ones and naming the rest. */
export function parseFilters(params: URLSearchParams): ParsedFilters {
  const filters: Record<string, string | undefined> = {};
  const invalid: FilterName[] = [];
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (value === undefined || value === '') continue;
    const field = projectFiltersSchema.shape[name].safeParse(value);
    if (field.success) filters[name] = field.data;
    else invalid.push(name);
  }
  return { filters: projectFiltersSchema.parse(filters), invalid };
}

export function hasFilters(filters: ProjectFilters): boolean {
  return Object.values(filters).some((value) => value !== '');
}
