import { describe, expect, it } from 'vitest';
import { otherDayStamp } from '../../src/check/other-day-stamp.ts';

const stamp = (line: number, text: string) => ({ line, text, rule: 'date or time stamp' });

describe('otherDayStamp', () => {
  it('names the stamp above the headline dated another day, and the time the parser left out', () => {
    const found = otherDayStamp({ date: '2026-03-11', skipped: [stamp(1, '10.03.2026, 17:36 3126')] }, 4);
    expect(found).toEqual({ line: 1, reason: 'the page\'s stamp "10.03.2026, 17:36 3126" is dated 2026-03-10, the date line 2026-03-11; its time 17:36 is not taken; if the report is of 2026-03-10, write that date on the date line' });
  });

  it('names a stamp with its weekday and time', () => {
    expect(otherDayStamp({ date: '2026-03-11', skipped: [stamp(2, 'Вторник, 10 марта 2026, 12:00')] }, 4)?.line).toBe(2);
  });

  it('says nothing of a time when the stamp has none', () => {
    expect(otherDayStamp({ date: '2026-03-11', skipped: [stamp(2, '10.03.2026')] }, 4)?.reason).not.toMatch(/time/);
  });

  it.each([
    ['the date line\'s day', [stamp(2, '11.03.2026, 17:36')], 4],
    ['under the lead: another report\'s', [stamp(9, '10.03.2026, 17:36')], 4],
    ['a day with no year: a header\'s clock', [stamp(1, '10.03 17:36')], 4],
    ['not a stamp', [{ line: 2, text: '10.03.2026, 17:36', rule: 'page head' }], 4],
    ['a header\'s clock above the report\'s own stamp under the headline', [stamp(1, 'Четверг, 4 июля 2024'), stamp(3, '11.03.2026 9:28')], 5],
    ['a header\'s clock, the report\'s stamp at its foot', [stamp(2, '08-10-2025'), stamp(30, '11.03.2026 18:10')], 5],
    ['a header\'s date of the day the page was saved, its weekday and no time', [stamp(3, 'Суббота, 8 ноября, 2025')], 5],
    ['a header\'s clock, its weekday last', [stamp(19, 'Сегодня 9 мая 2025 года, пятница')], 25],
    ['a header\'s clock calling the day today', [stamp(1, 'Today: 14-02-2024')], 5],
    ['a feed item\'s stamp under its headline', [{ line: 1, text: 'Другая новость дня', rule: 'news widget' }, stamp(2, '10.03.2026')], 5],
    ['a feed item\'s stamp over its headline', [stamp(2, '10.03.2026'), { line: 3, text: 'Другая новость дня', rule: 'news widget' }], 5],
  ])('no warning: %s', (_, skipped, lead) => {
    expect(otherDayStamp({ date: '2026-03-11', skipped }, lead)).toBeUndefined();
  });
});
