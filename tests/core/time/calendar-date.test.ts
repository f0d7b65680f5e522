import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../../src/core/time/calendar-date.ts';

describe('isCalendarDate', () => {
  it('takes days that exist, leap days included', () => {
    for (const date of ['2026-01-27', '2024-02-29', '2000-02-29', '2026-12-31']) expect(isCalendarDate(date)).toBe(true);
  });

  it('refuses days past the end of their month, month 0 or 13, and other spellings', () => {
    for (const date of ['2026-02-29', '1900-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '27.01.2026', '2026-1-27', ' 2026-01-27']) {
      expect(isCalendarDate(date)).toBe(false);
    }
  });

  it('agrees with luxon on any YYYY-MM-DD', () => {
    const digits = (n: number, max: number) => fc.integer({ min: 0, max }).map((value) => String(value).padStart(n, '0'));
    fc.assert(
      fc.property(digits(4, 9999), digits(2, 99), digits(2, 99), (year, month, day) => {
        const date = `${year}-${month}-${day}`;
        expect(isCalendarDate(date)).toBe(DateTime.fromISO(date, { zone: 'utc' }).isValid);
      }),
      { numRuns: 20_000 },
    );
  });
});
