import { type ReactNode, useEffect, useRef } from 'react';

/**
 * The GOV.UK notification banner. A success banner reports something the person just did, so it
 * is an alert and takes focus, as GOV.UK Frontend's script does; an important one is a region
 * read in its place.
 */
export function NotificationBanner({
  id,
  type = 'important',
  title = type === 'success' ? 'Success' : 'Important',
  urgent = false,
  focusOnArrival = false,
  children,
}: {
  id: string;
  type?: 'important' | 'success';
  title?: string;
  /** Read out as soon as it appears, without taking focus: for a warning that comes while someone works. */
  urgent?: boolean;
  /** Takes focus when its page opens, instead of the h1: for the reason a person was sent to this page. */
  focusOnArrival?: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (type === 'success') ref.current?.focus();
  }, [type]);
  const titleId = `${id}-title`;
  return (
    <div
      ref={ref}
      id={id}
      className={`govuk-notification-banner${type === 'success' ? ' govuk-notification-banner--success' : ''}`}
      role={type === 'success' || urgent ? 'alert' : 'region'}
      data-focus-on-arrival={focusOnArrival ? '' : undefined}
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  );
}
