import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { today } from '../../../src/core/time/today.ts';
import { UserError } from '../../../src/core/user-error.ts';

describe('today', () => {
  it('is the calendar day in Almaty (UTC+5), whatever the process time zone', () => {
    const almaty = DateTime.now().setZone('UTC+5').toISODate();
    expect(today({})).toBe(almaty);
  });

  it('HABAR_TODAY overrides it', () => {
    expect(today({ HABAR_TODAY: '2026-02-01' })).toBe('2026-02-01');
  });

  it('a bad HABAR_TODAY is a user mistake with a clear message', () => {
    expect(() => today({ HABAR_TODAY: '2026-02-30' })).toThrow(UserError);
    expect(() => today({ HABAR_TODAY: '01.02.2026' })).toThrow('HABAR_TODAY must be a date written YYYY-MM-DD, found "01.02.2026"');
  });
});
