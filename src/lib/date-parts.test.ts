import { describe, expect, it } from 'vitest';
import { partialDateSchema } from '../domain/partial-date';
import { datePartsInError, joinDateParts, readDateParts, sameDateParts, splitPartialDate } from './date-parts';

const parts = (day: string, month: string, year: string) => ({ day, month, year });

describe('joinDateParts', () => {
  it('joins a whole date as YYYY-MM-DD, padding the day and month', () => {
    expect(joinDateParts(parts('7', '4', '2026'))).toBe('2026-04-07');
    expect(joinDateParts(parts('27', '03', '2026'))).toBe('2026-03-27');
    expect(joinDateParts(parts(' 1 ', ' 12 ', ' 2026 '))).toBe('2026-12-01');
  });

  it('joins a month and year as YYYY-MM', () => {
    expect(joinDateParts(parts('', '3', '2026'))).toBe('2026-03');
    expect(joinDateParts(parts('  ', '11', '2026'))).toBe('2026-11');
  });

  it('gives an empty string for no date at all', () => {
    expect(joinDateParts(parts('', '', ''))).toBe('');
    expect(joinDateParts(parts(' ', '  ', ''))).toBe('');
  });

  it('passes an impossible day on as a full date, for the server to refuse', () => {
    expect(joinDateParts(parts('31', '2', '2026'))).toBe('2026-02-31');
  });

  // Whatever the server's rule, these must not be read as a date someone did not mean.
  it.each([
    ['a year alone', parts('', '', '2026')],
    ['a day and year with no month', parts('5', '', '2026')],
    ['a day and month with no year', parts('5', '3', '')],
    ['a day alone', parts('5', '', '')],
    ['a month alone', parts('', '3', '')],
    ['a two-digit year', parts('5', '3', '26')],
    ['a month in words', parts('5', 'March', '2026')],
    ['a day with three digits', parts('005', '3', '2026')],
  ])('passes %s on in a shape no partial date has', (_, typed) => {
    const joined = joinDateParts(typed);
    expect(joined).not.toBe('');
    expect(partialDateSchema.safeParse(joined).success).toBe(false);
  });
});

describe('splitPartialDate', () => {
  it('shows a stored date in the boxes without leading zeros', () => {
    expect(splitPartialDate('2022-05-10')).toEqual(parts('10', '5', '2022'));
    expect(splitPartialDate('2022-03')).toEqual(parts('', '3', '2022'));
    expect(splitPartialDate('2022')).toEqual(parts('', '', '2022'));
    expect(splitPartialDate(null)).toEqual(parts('', '', ''));
  });

  it('gives back what it was given when joined again', () => {
    for (const value of ['2022-05-10', '2022-03', '2026-12-01']) expect(joinDateParts(splitPartialDate(value))).toBe(value);
  });
});

describe('readDateParts', () => {
  it('reads the three boxes of the date input with the given name', () => {
    const form = new FormData();
    form.set('heldOn-day', '9');
    form.set('heldOn-month', '6');
    form.set('heldOn-year', '2026');
    form.set('other-day', '1');
    expect(readDateParts(form, 'heldOn')).toEqual(parts('9', '6', '2026'));
    expect(readDateParts(form, 'missing')).toEqual(parts('', '', ''));
  });
});

describe('sameDateParts', () => {
  it('ignores spaces around a box, and nothing else', () => {
    expect(sameDateParts(parts(' 10', '5 ', '2022'), parts('10', '5', '2022'))).toBe(true);
    expect(sameDateParts(parts('10', '05', '2022'), parts('10', '5', '2022'))).toBe(false);
    expect(sameDateParts(parts('', '5', '2022'), parts('10', '5', '2022'))).toBe(false);
  });
});

describe('datePartsInError', () => {
  it('marks the empty boxes among filled ones', () => {
    expect(datePartsInError(parts('5', '', '2026'))).toEqual(['month']);
    expect(datePartsInError(parts('5', '3', ''))).toEqual(['year']);
    expect(datePartsInError(parts('', '', '2026'))).toEqual(['day', 'month']);
    expect(datePartsInError(parts('', '3', ''))).toEqual(['day', 'year']);
  });

  it('marks the whole date when month and year are given and still refused, as the day may be left out', () => {
    expect(datePartsInError(parts('', '13', '2026'))).toEqual(['day', 'month', 'year']);
  });

  it('marks the whole date when every box or none is filled', () => {
    expect(datePartsInError(parts('31', '2', '2026'))).toEqual(['day', 'month', 'year']);
    expect(datePartsInError(parts('', '', ''))).toEqual(['day', 'month', 'year']);
  });
});
