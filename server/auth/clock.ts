/** Timestamps are ISO strings in UTC, so they compare correctly as text in any database. */
export function isoNow(now: Date): string {
  return now.toISOString();
}

export function addMinutes(now: Date, minutes: number): Date {
  return new Date(now.getTime() + minutes * 60_000);
}
