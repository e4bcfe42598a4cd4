import { useEffect, useRef, useState } from 'react';

/**
 * What a list says once one of its entries has been removed: the entry, and the button that had
 * focus with it, have gone, so the message takes focus where a keyboard or screen reader user
 * can find it. `announce` sets it; `RemovedNotice` shows it.
 */
export function useRemovedNotice() {
  // An object each time, so the same words for a second removal still take focus.
  const [removed, setRemoved] = useState<{ text: string } | null>(null);
  return { removed, announce: (text: string) => setRemoved({ text }) };
}

export function RemovedNotice({ removed }: { removed: { text: string } | null }) {
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (removed !== null) message.current?.focus();
  }, [removed]);
  if (removed === null) return null;
  return (
    // Focusable from script only: where focus goes once the entry it was in has gone.
    <p className="govuk-body govuk-!-font-weight-bold app-focus-target" ref={message} tabIndex={-1}>
      {removed.text}
    </p>
  );
}
