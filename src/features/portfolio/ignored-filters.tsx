import type { FilterName, IgnoredFilter } from './portfolio-filters';

const FILTER_ARTICLES: Record<FilterName, string> = {
  phase: 'a phase',
  status: 'a status',
  organisation: 'an organisation',
  q: 'a search',
  flag: 'a flag',
  funded: 'a kind of phase',
  stream: 'a funding stream',
  confidence: 'a rating',
  sort: 'a column',
  order: 'an order',
};

const FILTER_NOUNS: Record<FilterName, string> = {
  phase: 'phase',
  status: 'status',
  organisation: 'organisation',
  q: 'search',
  flag: 'flags',
  funded: 'funding',
  stream: 'funding stream',
  confidence: 'delivery confidence',
  sort: 'order',
  order: 'order',
};

/** Not an error the person made: an old or mistyped link. Says what was ignored, and the list carries on without it. */
export function IgnoredFilters({ invalid }: { invalid: readonly IgnoredFilter[] }) {
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="ignored-filters-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="ignored-filters-title">
          Important
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">Some filters in this link were not recognised</p>
        <ul className="govuk-list">
          {invalid.map(({ name, value }) => (
            <li key={name}>
              ‘{value}’ is not {FILTER_ARTICLES[name]} we know, so projects are shown whatever their {FILTER_NOUNS[name]}.
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
