import { DateTime } from 'luxon';
import type { Language } from '../source/article.ts';

/**
 * `2026-01-27` → «27 января 2026» (ru, genitive month) or «27 қаңтар 2026» (kk). The date is a
 * calendar date: it is read and formatted in UTC, so no reader's or server's time zone shifts it.
 */
export function readableDate(date: string, lang: Language): string {
  return formatDate(date, lang, 'd MMMM yyyy');
}

/**
 * Every list item, related link and page shows a date, and luxon builds Intl formatters per call;
 * an archive has only a few thousand distinct days, so each is formatted once per language and format.
 */
function formatDate(date: string, lang: Language, format: string): string {
  const key = `${lang}:${format}:${date}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    text = DateTime.fromISO(date, { zone: 'utc' }).setLocale(lang).toFormat(format);
    formattedDates.set(key, text);
  }
  return text;
}

const formattedDates = new Map<string, string>();

/**
 * `2026-01-27` → `2026-01-27T00:00:00+05:00`: the start of the day in Kazakhstan (Asia/Almaty,
 * UTC+5 since March 2024, +6 before), for `article:published_time`, JSON-LD and the news sitemap.
 */
export function publishedTime(date: string): string {
  // Called for every page, feed entry and sitemap entry; an archive has only a few thousand distinct days.
  let time = publishedTimes.get(date);
  if (time === undefined) {
    time = DateTime.fromISO(date, { zone: 'Asia/Almaty' }).toISO({ suppressMilliseconds: true })!;
    publishedTimes.set(date, time);
  }
  return time;
}

const publishedTimes = new Map<string, string>();

/**
 * The days a list page covers, from its oldest to its newest date: «12 марта 2025», «12–14 марта
 * 2025», «28 февраля — 3 марта 2025», «30 декабря 2024 — 2 января 2025» (the dash between two
 * dates with words is an em dash, bound to the first by a non-breaking space).
 */
export function dateRange(oldest: string, newest: string, lang: Language): string {
  const last = readableDate(newest, lang);
  if (oldest === newest) return last;
  if (oldest.slice(0, 7) === newest.slice(0, 7)) return `${Number(oldest.slice(8, 10))}–${last}`;
  const first = oldest.slice(0, 4) === newest.slice(0, 4) ? dayAndMonth(oldest, lang) : readableDate(oldest, lang);
  return `${first}\u00A0— ${last}`;
}

/** `2026-01-27` → «27 января». */
function dayAndMonth(date: string, lang: Language): string {
  return formatDate(date, lang, 'd MMMM');
}
