import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { inAlmaty } from '../../../src/core/time/almaty-time.ts';

const byLuxon = (localTime: string) => DateTime.fromISO(localTime, { zone: 'Asia/Almaty' }).toISO({ suppressMilliseconds: true });

describe('inAlmaty', () => {
  it('writes a day\'s start and a time of it with the offset of the moment', () => {
    expect(inAlmaty('2026-01-27')).toBe('2026-01-27T00:00:00+05:00');
    expect(inAlmaty('2024-02-29T14:30')).toBe('2024-02-29T14:30:00+06:00');
    expect(inAlmaty('2004-07-01T12:00')).toBe('2004-07-01T12:00:00+07:00');
  });

  it('agrees with luxon on any day from 1900 to 2040 and any minute of it, local mean time and the days the clocks changed included', () => {
    const day = fc.integer({ min: 0, max: 51_500 }).map((n) => DateTime.utc(1900, 1, 1).plus({ days: n }).toISODate()!);
    const clockChanges = ['1924-05-02', '1930-06-21', '1981-04-01', '1981-10-01', '1990-03-25', '1990-09-30', '1991-03-31', '2004-03-28', '2004-10-31', '2024-02-29', '2024-03-01'];
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(fc.property(fc.oneof(day, fc.constantFrom(...clockChanges)), fc.oneof(fc.constant(''), time), (date, at) => {
      expect(inAlmaty(`${date}${at}`)).toBe(byLuxon(`${date}${at}`));
    }), { numRuns: 2_000 });
  });

  it('agrees with luxon on every minute of the days around the clock changes', () => {
    for (const date of ['1981-03-31', '1981-04-01', '1981-09-30', '1981-10-01', '1990-03-25', '1990-09-29', '1990-09-30', '2004-03-28', '2004-10-30', '2004-10-31', '2024-02-29', '2024-03-01']) {
      for (let minute = 0; minute < 24 * 60; minute += 5) {
        const at = `${date}T${String(Math.trunc(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
        expect(inAlmaty(at)).toBe(byLuxon(at));
      }
    }
  });
});
