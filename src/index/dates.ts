import type { Writing } from '../core/language.ts';
import { inAlmaty } from '../core/time/almaty-time.ts';
import { WORDS } from '../core/words/index.ts';

/**
 * `2026-01-27` → «27 января 2026» (ru, genitive month), «27 қаңтар 2026» (kk), «27 qañtar 2026»
 * (kk-Latn) or «27 قاڭتار 2026» (kk-Arab: Western digits, as Kazakh papers in Arabic script print them). The date is a
 * calendar date (YYYY-MM-DD), written out from its digits, so no reader's or server's time zone shifts it.
 */
export function readableDate(date: string, lang: Writing): string {
  return `${dayAndMonth(date, lang)} ${date.slice(0, 4)}`;
}

/** `2026-01-27` → «27 января». */
// Every list item, related link and page shows a date: from the words' month names, a date costs
// a few string operations instead of a luxon DateTime and its Intl formatter.
function dayAndMonth(date: string, lang: Writing): string {
  return `${Number(date.slice(8, 10))} ${WORDS[lang].monthsOfDay[Number(date.slice(5, 7)) - 1]}`;
}

/**
 * `2026-01-27` → `2026-01-27T00:00:00+05:00`: the start of the day in Kazakhstan (Asia/Almaty,
 * UTC+5 since March 2024, +6 before), for `article:published_time`, JSON-LD and the news sitemap;
 * with a time of day (`14:30`), that moment of the day: `2026-01-27T14:30:00+05:00`.
 */
export function publishedTime(date: string, time?: string): string {
  const day = almatyDay(date);
  if (!time) return day.start;
  // A day whose clocks never changed has one offset, and the time goes before it as luxon would
  // write it; a luxon DateTime per article (some 50 µs) would add seconds to a large build.
  return day.offset ? `${date}T${time}:00${day.offset}` : inAlmaty(`${date}T${time}`);
}

/** A day in Almaty: its start, and its offset (`+05:00`) unless the clocks changed that day (2024-03-01, summer time until 2004). */
interface AlmatyDay {
  start: string;
  offset?: string;
}

// Called for every page, feed entry and sitemap entry; an archive has only a few thousand distinct days.
const almatyDays = new Map<string, AlmatyDay>();

function almatyDay(date: string): AlmatyDay {
  let day = almatyDays.get(date);
  if (day === undefined) {
    const start = inAlmaty(date);
    const offset = start.slice('YYYY-MM-DDTHH:MM:SS'.length);
    day = inAlmaty(`${date}T23:59`).endsWith(offset) ? { start, offset } : { start };
    almatyDays.set(date, day);
  }
  return day;
}

/**
 * The days a list page covers, from its oldest to its newest date: «12 марта 2025», «12–14 марта
 * 2025», «28 февраля — 3 марта 2025», «30 декабря 2024 — 2 января 2025» (the dash between two
 * dates with words is an em dash, bound to the first by a non-breaking space).
 */
export function dateRange(oldest: string, newest: string, lang: Writing): string {
  const last = readableDate(newest, lang);
  if (oldest === newest) return last;
  if (oldest.slice(0, 7) === newest.slice(0, 7)) return `${Number(oldest.slice(8, 10))}–${last}`;
  const first = oldest.slice(0, 4) === newest.slice(0, 4) ? dayAndMonth(oldest, lang) : readableDate(oldest, lang);
  return `${first}\u00A0— ${last}`;
}
