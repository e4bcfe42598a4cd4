import { describe, expect, it } from 'vitest';
import {
  comparePartialDatesDescending,
  formatPartialDate,
  isCertainlyBefore,
  isoDay,
  partialDateEnd,
  partialDateSchema,
  partialDateStart,
} from './partial-date';

describe('partialDateEnd and isCertainlyBefore', () => {
  it('ends a year on 31 December and a month on its last day, leap years included', () => {
    expect(isoDay(partialDateEnd('2022'))).toBe('2022-12-31');
    expect(isoDay(partialDateEnd('2024-02'))).toBe('2024-02-29');
    expect(isoDay(partialDateEnd('2022-02'))).toBe('2022-02-28');
    expect(isoDay(partialDateEnd('2022-05-11'))).toBe('2022-05-11');
  });

  it('calls a date before another only when every day it can mean is', () => {
    expect(isCertainlyBefore('2022-04', '2022-05-07')).toBe(true);
    expect(isCertainlyBefore('2022-05-10', '2022-05-11')).toBe(true);
    expect(isCertainlyBefore('2022-05', '2022-05-07')).toBe(false);
    expect(isCertainlyBefore('2022-05-31', '2022-05')).toBe(false);
    expect(isCertainlyBefore('2022-05-11', '2022-05-11')).toBe(false);
    expect(isCertainlyBefore('2021', '2022-01')).toBe(true);
  });
});

describe('formatPartialDate', () => {
  it('writes a full day the GOV.UK way, without a leading zero', () => {
    expect(formatPartialDate('2022-05-10')).toBe('10 May 2022');
    expect(formatPartialDate('2022-04-07')).toBe('7 April 2022');
  });

  it('writes a month with its year and no invented day', () => {
    expect(formatPartialDate('2022-03')).toBe('March 2022');
    expect(formatPartialDate('2022-12')).toBe('December 2022');
  });

  it('writes a year on its own', () => {
    expect(formatPartialDate('2022')).toBe('2022');
  });
});

describe('partialDateSchema', () => {
  it.each(['2022', '2022-03', '2022-05-11', '2024-02-29', '2022-12-31'])('accepts %s', (value) => {
    expect(partialDateSchema.safeParse(value).success).toBe(true);
  });

  it.each(['2022-02-30', '2023-02-29', '2022-04-31', '2022-00-10', '2022-05-00'])(
    'rejects %s, which no calendar has',
    (value) => {
      expect(partialDateSchema.safeParse(value).success).toBe(false);
    },
  );

  it.each(['2022-13', '2022-5-1', '22-05-10', '10/05/2022', '2022-05-10T00:00:00Z', '', 'May 2022'])(
    'rejects %s, which is not a partial ISO date',
    (value) => {
      expect(partialDateSchema.safeParse(value).success).toBe(false);
    },
  );

  it('tells the person what went wrong with an impossible day', () => {
    const result = partialDateSchema.safeParse('2022-02-30');
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Enter a real date']);
  });
});

describe('partialDateStart', () => {
  it('takes the first day a partial date can mean', () => {
    expect(isoDay(partialDateStart('2022-05-11'))).toBe('2022-05-11');
    expect(isoDay(partialDateStart('2022-06'))).toBe('2022-06-01');
    expect(isoDay(partialDateStart('2022'))).toBe('2022-01-01');
  });
});

describe('comparePartialDatesDescending', () => {
  it('puts the newest first and unknown dates last', () => {
    const dates = ['2022-03', null, '2022-05-10', '2021', '2022-05-11', null];
    expect([...dates].sort(comparePartialDatesDescending)).toEqual([
      '2022-05-11',
      '2022-05-10',
      '2022-03',
      '2021',
      null,
      null,
    ]);
  });

  it('puts the days of a month ahead of the month itself', () => {
    expect(['2022-03', '2022-03-17'].sort(comparePartialDatesDescending)).toEqual(['2022-03-17', '2022-03']);
  });
});
