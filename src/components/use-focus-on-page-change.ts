import { useEffect, useRef } from 'react';

/**
 * After moving to another page of a list, focus goes to the element this ref is put on (the line
 * saying which items are shown), so a keyboard or screen reader user carries on from the top of
 * the new list rather than from a pagination link that has moved or gone. On first arrival focus
 * stays where the browser put it.
 */
export function useFocusOnPageChange<T extends HTMLElement>(page: number | string) {
  const target = useRef<T>(null);
  const shownPage = useRef(page);
  useEffect(() => {
    if (shownPage.current === page) return;
    shownPage.current = page;
    target.current?.focus();
  }, [page]);
  return target;
}
