import * as z from 'zod/mini';

/** A whole day, YYYY-MM-DD, that exists on the calendar. */
export const daySchema = z.string({ error: 'Enter a date' }).check(
  z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'Enter a date as day, month and year' }),
  z.refine(
    (value) => {
      const [year, month, day] = value.split('-').map(Number) as [number, number, number];
      const date = new Date(Date.UTC(year, month - 1, day));
      return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    },
    { error: 'Enter a real date' },
  ),
);
