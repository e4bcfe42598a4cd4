import { type ReactNode, useId, useLayoutEffect, useRef, useState } from 'react';

/**
 * A data table too wide for a phone held upright scrolls sideways in its own box rather than
 * making the page scroll (WCAG 1.4.10 allows this for data tables). The box is a labelled,
 * focusable region so keyboard users can scroll it too. Shadows at its edges show there is more
 * (app.scss); while it does not fit, a line above it says so in words, as a shadow is easy to miss,
 * and the region is described by it, so a screen reader arriving on the box hears it too.
 */
export function ScrollableTable({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  const hint = useId();
  // Measured before the browser paints, so the hint never flashes in or out on arrival; again
  // whenever the box or its table changes size (a phone turned, rows added).
  useLayoutEffect(() => {
    const element = box.current;
    if (element === null) return;
    // A pixel over is rounding (a border, a fractional width), not something to scroll to.
    const measure = () => setOverflows(element.scrollWidth - element.clientWidth > 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild !== null) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <>
      {overflows ? (
        <p className="app-table-scroll__hint" id={hint}>
          Scroll to see more
        </p>
      ) : null}
      <div className="app-table-scroll" role="region" aria-label={label} aria-describedby={overflows ? hint : undefined} tabIndex={0} ref={box}>
        {children}
      </div>
    </>
  );
}
