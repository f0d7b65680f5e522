import { clip } from '../core/printable.ts';
import type { Article } from '../source/article.ts';
import { weekdayNumber } from '../source/clutter/months.ts';
import { readStamp } from '../source/clutter/stamp.ts';
import { META_RULES } from '../source/clutter/table.ts';

const FIRST_WORD = /^\p{L}+/u;
const LAST_WORD = /\p{L}+$/u;
// A header's clock says it is today's date: `Сегодня 9 мая 2025 года, пятница`, `Today: 14-02-2024`.
const TODAY = /^(?:сегодня|today|бүгін|búgin)(?![\p{L}])/iu;
// What the parser names the headlines of a feed of other reports (rules/headline.ts).
const FEED_ITEM = 'news widget';

/**
 * A stamp of the page above the lead (or on the date line, above the headline) that dates the report
 * to another day than the date line: the parser keeps the date line's day and so takes no time from
 * that stamp. The editor is told at the stamp's line, with the time left out when it has one. A page
 * that also prints a stamp of the date line's day (under the headline, or at the article's foot) dates the
 * report itself: the other day is its header's clock of the day it was saved (`Среда, 11 февраля, 2026`). So is a
 * day named by its weekday with no time (`Суббота, 8 ноября, 2025`, `… 9 мая 2025 года, пятница`), and a day the header
 * calls today (`Сегодня …`, `Today: 14-02-2024`): a report's stamp gives its hour.
 */
export function otherDayStamp(article: Pick<Article, 'date' | 'time' | 'skipped'>, leadLine: number): { line: number; reason: string } | undefined {
  const stamps = (article.skipped ?? []).filter((line) => line.rule === META_RULES.stamp.name).map((line) => ({ line: line.line, text: line.text, ...readStamp(line.text) }));
  if (stamps.some(({ date }) => date === article.date)) return undefined;
  // A feed's item prints its stamp over or under its headline: that stamp dates another report.
  const feedItems = new Set((article.skipped ?? []).filter((line) => line.rule === FEED_ITEM).map((line) => line.line));
  for (const { line, text, date, time } of stamps) {
    if (line >= leadLine || !date || (!time && isClock(text)) || feedItems.has(line - 1) || feedItems.has(line + 1)) continue;
    const lost = time && time !== article.time ? `; its time ${time} is not taken` : '';
    return { line, reason: `the page's stamp "${clip(text)}" is dated ${date}, the date line ${article.date}${lost}; if the report is of ${date}, write that date on the date line` };
  }
  return undefined;
}

/** A header's clock of the day the page was saved: a date with its weekday, or one it calls today. */
function isClock(text: string): boolean {
  const weekday = (word: string | undefined) => word !== undefined && weekdayNumber(word) !== undefined;
  return weekday(FIRST_WORD.exec(text)?.[0]) || weekday(LAST_WORD.exec(text)?.[0]) || TODAY.test(text);
}
