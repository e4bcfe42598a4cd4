import { type ConfidenceRating, confidenceLabels, type DeliveryFlag, deliveryFlagLabels } from '../domain/delivery';
import { Tag, type TagColour } from './tag';

const CONFIDENCE_COLOURS: Record<ConfidenceRating, TagColour> = { green: 'green', amber: 'orange', red: 'red' };

/** A manager's rating, in words as well as colour ("Amber: some concerns"). */
export function ConfidenceTag({ rating }: { rating: ConfidenceRating }) {
  return (
    <span className="app-confidence">
      <Tag colour={CONFIDENCE_COLOURS[rating]}>{confidenceLabels[rating]}</Tag>
    </span>
  );
}

/**
 * What the portfolio's rules found, set apart from any manager's rating: plain text behind a
 * marker, never a coloured tag, so a flag cannot be read as a rating.
 */
export function FlagList({ flags, label }: { flags: readonly DeliveryFlag[]; label: string }) {
  if (flags.length === 0) return null;
  return (
    <ul className="app-flags" aria-label={label}>
      {flags.map((flag) => (
        <li key={flag} className="app-flags__flag">
          {deliveryFlagLabels[flag]}
        </li>
      ))}
    </ul>
  );
}
