import { readStamp, type Stamp } from '../clutter/stamp.ts';
import { META_RULES } from '../clutter/table.ts';
import { isSentenceLine } from '../line-shape.ts';
import type { ParseState } from '../state.ts';
import { IMAGE_STAMP } from './photo-credit.ts';

// The rules naming a site header's widgets, and how many lines under a clock they may start.
const HEADER_WIDGETS = new Set(['weather', 'exchange rates']);
const HEADER_CLOCK_REACH = 3;

// The rules naming the lines a time is read from: the page's stamp, an author's line, the main image's title.
const TIME_RULES = new Set([META_RULES.stamp.name, 'byline', IMAGE_STAMP]);

// The rules naming lines that link other reports.
const OTHER_REPORTS = new Set(['related news', 'news widget', 'teaser of another report']);

/**
 * The time of day the report was published, in Almaty time: from the date line
 * (`date 2026-01-27 14:30 Title`), or else from the page's stamp above the lead
 * (`12:24, 27 Ноябрь 2025 | GMT +5`), or the main image's title (`… от 19.10.2025 15:59`) when the page prints no stamp, when it names no other day than the date line (a header's clock,
 * `21.01 01:44`, names the day the page was copied; an hour alone over the header's weather or rates gives none). A stamp naming
 * the date line's day comes first (a stamp under a dek that closes no sentence is above the lead too): an hour alone above it may be a TV schedule's (`11:00` / `Новости`);
 * of the others, the one nearest the lead is the report's (a site header's clock stands above it).
 */
export function publicationTime(state: ParseState): void {
  if (state.article.time) return;
  // Most sources have none of those lines: nothing to choose from.
  if (!state.skipped.some((skipped) => TIME_RULES.has(skipped.rule))) return;
  const [first, second] = state.lines;
  const lead = (first && second && !isSentenceLine(first) ? second : first)?.line ?? Infinity;
  // The image's title glued after the lead's last sentence is on the lead's own line; so is the stamp of a
  // page flattened onto the title's line (Kazpravda: `<headline> 17 ноября 2022 г. 0:06 6345 …`), which heads the text.
  // A stamp glued again, the same, to another report's headline below the text (`Другой заголовок 2025-12-23 03:39:00`)
  // is the page's clock, which stamps every report it prints: no report's time.
  // (The titles of the report's own pictures below may carry its stamp: `… фото - Новости Zakon.kz от 11.10.2022 14:02`.)
  const below = state.skipped.filter((skipped) => skipped.line > lead && OTHER_REPORTS.has(skipped.rule));
  const clock = (text: string) => below.some((skipped) => skipped.text.includes(text));
  // An hour alone over the site header's widgets (`00:00` / `Астана -10oC` / `USD:` / …) is the header's clock: no report's time.
  const widgets = state.skipped.filter((skipped) => HEADER_WIDGETS.has(skipped.rule)).map((skipped) => skipped.line);
  const headerClock = (line: number) => widgets.some((widget) => widget > line && widget <= line + HEADER_CLOCK_REACH);
  // A clock naming a weekday the date line's day is not (`Жұма, 19 сәуір, 15:16` over a report of a Wednesday, the
  // same day of another year) is the day the page was copied: no report's time.
  const weekday = state.article.date ? (new Date(`${state.article.date}T00:00:00Z`).getUTCDay() || 7) : undefined;
  const otherWeekday = (stamp: Stamp) => stamp.weekday !== undefined && weekday !== undefined && stamp.weekday !== weekday;
  const stamps = (rule: string) => state.skipped
    .filter((skipped) => (skipped.line < lead || (rule === IMAGE_STAMP && skipped.line === lead) || (state.gluedHeadline && skipped.line === state.headLine)) && skipped.rule === rule && !clock(skipped.text))
    .map((skipped) => ({ line: skipped.line, stamp: readStamp(skipped.text) }))
    .filter(({ line, stamp }) => stamp.time && (!stamp.date || stamp.date === state.article.date) && (!stamp.day || stamp.day === state.article.date?.slice(5)) && !otherWeekday(stamp) && !(widgets.length > 0 && !stamp.date && !stamp.day && headerClock(line)))
    .map(({ stamp }) => stamp);
  const own = stamps(META_RULES.stamp.name);
  // The date and time in the main image's title (Zakon.kz: `… фото - Новости Zakon.kz от 19.10.2025 15:59`)
  // date the report when the page prints no stamp of its own.
  // So does an author's line that carries the stamp after the name (Dalanews: `Saǵynysh Sardarova 19 qar. 2024 17:45 202`).
  const chosen = own.find((stamp) => stamp.date) ?? own.at(-1) ?? stamps('byline').find((stamp) => stamp.date) ?? stamps(IMAGE_STAMP).find((stamp) => stamp.date);
  if (chosen) state.article.time = chosen.time;
}
