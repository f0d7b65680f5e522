import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { readableDate } from '../../src/site/dates.ts';

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
});
