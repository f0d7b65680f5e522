import { DateTime } from 'luxon';
import type { Language } from '../source/article.ts';

/**
 * `2026-01-27` → «27 января 2026» (ru, genitive month) or «27 қаңтар 2026» (kk). The date is a
 * calendar date: it is read and formatted in UTC, so no reader's or server's time zone shifts it.
 */
export function readableDate(date: string, lang: Language): string {
  // Every list page formats twenty dates, and an archive has only a few thousand distinct ones.
  const key = `${lang} ${date}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = DateTime.fromISO(date, { zone: 'utc' }).setLocale(lang).toFormat('d MMMM yyyy');
    formatted.set(key, text);
  }
  return text;
}

const formatted = new Map<string, string>();
