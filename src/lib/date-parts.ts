import { textValue } from './form-values';

export const DATE_PARTS = ['day', 'month', 'year'] as const;
export type DatePart = (typeof DATE_PARTS)[number];

/** What a person typed into a GOV.UK date input's three boxes, as typed. */
export type DateParts = Record<DatePart, string>;

export const EMPTY_DATE_PARTS: DateParts = { day: '', month: '', year: '' };

const twoDigits = (value: string) => (/^\d$/.test(value) ? `0${value}` : value);

/**
 * The date the API takes, from a date input's boxes: `YYYY-MM-DD` from all three, `YYYY-MM` from
 * month and year, '' from none. Nothing is checked here: any other combination, and any value that
 * is not a number, is passed on in a shape no partial date has (an empty part leaves two hyphens
 * together, or one at an end), so the server refuses it with its own message and that rule lives
 * in one place. The year is never padded, so "26" is not quietly read as the year 26.
 */
export function joinDateParts(parts: DateParts): string {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (day === '' && month === '' && year === '') return '';
  if (day === '' && month !== '' && year !== '') return `${year}-${twoDigits(month)}`;
  if (day !== '' && month !== '' && year !== '') return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
  return `${year}-${month}-${day}`;
}

/** A stored partial date as a date input's boxes show it: "2022-05-10" as 10, 5 and 2022. */
export function splitPartialDate(value: string | null): DateParts {
  if (value === null) return EMPTY_DATE_PARTS;
  const [year = '', month = '', day = ''] = value.split('-');
  const unpadded = (part: string) => (/^\d+$/.test(part) ? String(Number(part)) : part);
  return { day: unpadded(day), month: unpadded(month), year };
}

/** The three boxes of the date input named `name` (see components/date-input.tsx), from a submitted form. */
export function readDateParts(form: FormData, name: string): DateParts {
  return { day: textValue(form, `${name}-day`), month: textValue(form, `${name}-month`), year: textValue(form, `${name}-year`) };
}

/** Whether two sets of boxes say the same, ignoring spaces around each: a date left as it was shown. */
export function sameDateParts(a: DateParts, b: DateParts): boolean {
  return DATE_PARTS.every((part) => a[part].trim() === b[part].trim());
}

/**
 * Which boxes to mark when the server refuses a date: GOV.UK marks only the boxes at fault when one
 * can tell, else the whole date. An empty box among filled ones is at fault, except the day, which
 * may be left out when month and year are given; anything else (31 2 2026, a word) is the date as a
 * whole. This only points at boxes: the message, and whether the date is refused, are the server's.
 */
export function datePartsInError(parts: DateParts): DatePart[] {
  const empty = DATE_PARTS.filter((part) => parts[part].trim() === '');
  const dayOptional = parts.month.trim() !== '' && parts.year.trim() !== '';
  const missing = empty.filter((part) => !(part === 'day' && dayOptional));
  return missing.length === 0 || missing.length === DATE_PARTS.length ? [...DATE_PARTS] : missing;
}
