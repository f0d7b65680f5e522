import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { publishedTime, readableDate } from '../../src/index/dates.ts';

describe('readableDate', () => {
  it('writes every day from 1990 to 2040 as luxon does with `d MMMM yyyy`, in Russian and in Kazakh', () => {
    const mismatches: string[] = [];
    for (let day = DateTime.utc(1990, 1, 1); day.year <= 2040; day = day.plus({ days: 1 })) {
      const date = day.toISODate()!;
      for (const lang of ['ru', 'kk'] as const) {
        const expected = day.setLocale(lang).toFormat('d MMMM yyyy');
        if (readableDate(date, lang) !== expected) mismatches.push(`${date} ${lang}: ${readableDate(date, lang)} ≠ ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('puts the Russian month in the genitive and the Kazakh one in the nominative', () => {
    expect(readableDate('2026-01-27', 'ru')).toBe('27 января 2026');
    expect(readableDate('2026-03-01', 'ru')).toBe('1 марта 2026');
    expect(readableDate('2026-01-27', 'kk')).toBe('27 қаңтар 2026');
  });

  it('writes Kazakh in Arabic script with its own month names and Western digits', () => {
    expect(readableDate('2026-01-27', 'kk-Arab')).toBe('27 قاڭتار 2026');
    expect(readableDate('2026-04-05', 'kk-Arab')).toBe('5 ءساۋىر 2026');
    expect(readableDate('2025-12-16', 'kk-Arab')).toBe('16 جەلتوقسان 2025');
  });

  it('writes Kazakh in Latin script in the alphabet of the text: 2021 by default, 2018 where the text is in it', () => {
    expect(readableDate('2026-03-14', 'kk-Latn')).toBe('14 nauryz 2026');
    expect(readableDate('2026-04-05', 'kk-Latn')).toBe('5 säuır 2026');
    expect(readableDate('2026-03-14', 'kk-Latn-2018')).toBe('14 naýryz 2026');
    expect(readableDate('2026-09-01', 'kk-Latn-2018')).toBe('1 qyrkúıek 2026');
  });
});

describe('publishedTime', () => {
  it('is the start of the day in Almaty for a date alone, and that moment of the day with a time', () => {
    expect(publishedTime('2026-01-27')).toBe('2026-01-27T00:00:00+05:00');
    expect(publishedTime('2026-01-27', '14:30')).toBe('2026-01-27T14:30:00+05:00');
    expect(publishedTime('2026-01-27', '00:00')).toBe('2026-01-27T00:00:00+05:00');
  });

  it('takes the offset Almaty had at the time: UTC+6 until 1 March 2024', () => {
    expect(publishedTime('2024-02-29', '14:30')).toBe('2024-02-29T14:30:00+06:00');
    expect(publishedTime('2024-03-01', '14:30')).toBe('2024-03-01T14:30:00+05:00');
    expect(publishedTime('2004-07-01', '12:00')).toBe('2004-07-01T12:00:00+07:00');
  });

  it('agrees with luxon on any minute from 1990 to 2040, the days the clocks changed included', () => {
    const luxon = (date: string, time: string) => DateTime.fromISO(`${date}T${time}`, { zone: 'Asia/Almaty' }).toISO({ suppressMilliseconds: true });
    const day = fc.integer({ min: 0, max: 18_627 }).map((n) => DateTime.utc(1990, 1, 1).plus({ days: n }).toISODate()!);
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    const clockChanges = ['1990-03-25', '1990-09-30', '2004-03-28', '2004-10-31', '2024-02-29', '2024-03-01'];
    fc.assert(fc.property(fc.oneof(day, fc.constantFrom(...clockChanges)), time, (date, at) => {
      expect(publishedTime(date, at)).toBe(luxon(date, at));
    }), { numRuns: 3_000 });
  });
});
