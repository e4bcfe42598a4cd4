import { useQuery } from '@tanstack/react-query';
import { updateCountQueries } from './update-counts-api';

/**
 * The number beside "Your projects" (updates returned to the person) or "Review updates" (updates
 * waiting), read out with what it counts. Loaded only for people signed in, so a visitor's first
 * page carries none of it; nothing shows until there is something to count.
 */
export function NavCount({ of }: { of: 'returned' | 'waiting' }) {
  const { data: counts } = useQuery(updateCountQueries.counts());
  const value = of === 'returned' ? counts?.returnedToYou : counts?.awaitingReview;
  if (value === undefined || value === null || value === 0) return null;
  return (
    <>
      {' '}
      <span className="app-nav-count" aria-hidden="true">
        {value}
      </span>{' '}
      <span className="govuk-visually-hidden">({value} {of === 'returned' ? 'returned to you' : 'waiting'})</span>
    </>
  );
}
