/**
 * How long a session lasts. The server enforces these; the app reads the idle limit to warn
 * people before it is reached, as WCAG 2.2.1 asks of any time limit.
 */
export const IDLE_TIMEOUT_MINUTES = 30;
export const ABSOLUTE_TIMEOUT_MINUTES = 12 * 60;
/** How long before the idle limit the app warns, leaving plenty of time to answer. */
export const IDLE_WARNING_MINUTES = 2;

const MINUTE_MS = 60_000;

export type IdleState = { kind: 'active' } | { kind: 'warning'; secondsLeft: number } | { kind: 'expired' };

/** Where a signed-in person stands, given when the server last heard from their browser. */
export function idleState(lastContactMs: number, nowMs: number): IdleState {
  const left = lastContactMs + IDLE_TIMEOUT_MINUTES * MINUTE_MS - nowMs;
  if (left <= 0) return { kind: 'expired' };
  if (left <= IDLE_WARNING_MINUTES * MINUTE_MS) return { kind: 'warning', secondsLeft: Math.ceil(left / 1000) };
  return { kind: 'active' };
}
