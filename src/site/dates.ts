import { DateTime } from 'luxon';
import type { Language } from '../source/article.ts';

/**
 * `2026-01-27` → «27 января 2026» (ru, genitive month) or «27 қаңтар 2026» (kk). The date is a
 * calendar date: it is read and formatted in UTC, so no reader's or server's time zone shifts it.
 */
export function readableDate(date: string, lang: Language): string {
  return DateTime.fromISO(date, { zone: 'utc' }).setLocale(lang).toFormat('d MMMM yyyy');
}
