import { type ReactNode, useState } from 'react';

/**
 * Filters that fold away on a phone, as in the MoJ filter pattern: below the tablet breakpoint the
 * form waits behind "Show filters", so the results are not pushed a screen down; from it, the form
 * is always shown and the button is not (app.scss). What is chosen stays in view either way, as
 * selected filters above it.
 */
export function FilterPanel({ id, children }: { id: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="govuk-button govuk-button--secondary app-filter-toggle"
        aria-controls={id}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide filters' : 'Show filters'}
      </button>
      <div id={id} className={open ? undefined : 'app-folded'}>
        {children}
      </div>
    </>
  );
}
