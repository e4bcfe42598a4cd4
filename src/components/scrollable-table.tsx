import type { ReactNode } from 'react';

/**
 * A data table too wide for a phone held upright scrolls sideways in its own box rather than
 * making the page scroll (WCAG 1.4.10 allows this for data tables). The box is a labelled,
 * focusable region so keyboard users can scroll it too.
 */
export function ScrollableTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="app-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
