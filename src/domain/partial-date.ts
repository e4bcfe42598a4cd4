import * as z from 'zod/mini';

/**
 * Sprint Notes often give only a month ("In March") or a week ("w/c Monday 6 June"), so a
 * date in the portfolio may be a year, a year and month, or a full day. ISO order makes the
 * string sort the same way as the date it names.
 */
export const partialDateSchema = z.string().check(
  z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    error: 'Enter a date as YYYY-MM-DD, YYYY-MM or YYYY',
  }),
  z.refine((value) => value.length < 10 || isRealDay(value), { error: 'Enter a real date' }),
);

export type PartialDate = z.infer<typeof partialDateSchema>;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function isRealDay(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "10 May 2022", "March 2022" or "2022": as precise as what is known, never more. */
export function formatPartialDate(value: PartialDate): string {
  const [year, month, day] = value.split('-');
  if (month === undefined) return year ?? value;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  if (day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** The first day a partial date can mean, as a UTC date, for arithmetic such as weeks elapsed. */
export function partialDateStart(value: PartialDate): Date {
  const [year, month = '01', day = '01'] = value.split('-');
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

/** The last day a partial date can mean, as a UTC date: 31 December for a year, the month's last day for a month. */
export function partialDateEnd(value: PartialDate): Date {
  const [year, month, day] = value.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (month === undefined) return new Date(Date.UTC(year, 11, 31));
  if (day === undefined) return new Date(Date.UTC(year, month, 0));
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * Whether one date is certainly before another: every day the first can mean comes before every
 * day the second can. "April 2022" is before "7 May 2022"; "May 2022" is not, since it may be
 * any day in May. What an end before its start is, when either is known only to the month.
 */
export function isCertainlyBefore(earlier: PartialDate, later: PartialDate): boolean {
  return partialDateEnd(earlier).getTime() < partialDateStart(later).getTime();
}

/** Newest first; a month sorts before the days inside it because it is less precise. */
export function comparePartialDatesDescending(a: PartialDate | null, b: PartialDate | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

/** Today's date as a full ISO day, in UTC so that server and browser agree. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
