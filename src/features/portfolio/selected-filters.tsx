import { Link } from 'react-router';

export interface SelectedFilter {
  /** What was chosen, as the form words it: "Beta", "Rugby Borough Council". */
  label: string;
  /** The same list without this filter. */
  href: string;
}

/**
 * The filters chosen, each with the address of the list without it, and the address without any.
 * `labels` holds every filter by its name in the URL, undefined where nothing is chosen, so a new
 * filter is one more line. Removing a filter goes back to the first page, as applying one does;
 * anything else in the URL (how the list is shown or sorted) stays.
 */
export function selectedFilters(
  location: { pathname: string; search: string },
  labels: Record<string, string | undefined>,
): { selected: SelectedFilter[]; clearHref: string } {
  const without = (names: string[]) => {
    const params = new URLSearchParams(location.search);
    for (const name of [...names, 'page']) params.delete(name);
    const search = params.toString();
    return search === '' ? location.pathname : `${location.pathname}?${search}`;
  };
  return {
    selected: Object.entries(labels).flatMap(([name, label]) => (label === undefined ? [] : [{ label, href: without([name]) }])),
    clearHref: without(Object.keys(labels)),
  };
}

/** The chosen filters as tags that each remove one, as in the MoJ filter pattern, and a way to clear them all. */
export function SelectedFilters({ selected, clearHref }: { selected: readonly SelectedFilter[]; clearHref: string }) {
  if (selected.length === 0) return null;
  return (
    <div className="app-selected-filters">
      <h2 className="govuk-heading-s">Selected filters</h2>
      <ul className="app-selected-filters__list">
        {selected.map(({ label, href }) => (
          <li key={href}>
            <Link className="app-filter-tag" to={href}>
              <span className="govuk-visually-hidden">Remove filter:</span> {label}
            </Link>
          </li>
        ))}
      </ul>
      <p className="govuk-body">
        <Link className="govuk-link" to={clearHref}>
          Clear filters
        </Link>
      </p>
    </div>
  );
}
