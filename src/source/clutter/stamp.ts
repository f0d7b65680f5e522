import { monthNumber, weekdayNumber } from './months.ts';

/** What a page's stamp line says of the report's publication. */
export interface Stamp {
  /** `HH:MM`, when the stamp has a time of day. */
  time?: string;
  /** `YYYY-MM-DD`, when the stamp has a full date. */
  date?: string;
  /** `MM-DD`, when the stamp names a day without its year (`21.01 01:44`, a site header's clock). */
  day?: string;
  /** The weekday it names, Monday 1 to Sunday 7 (`Жұма, 19 сәуір, 15:16`, a site header's clock). */
  weekday?: number;
}

// Seconds may follow, as in a stamp in machine form: `2025-10-14T12:05:00+03:00` is 12:05.
const TIME = /(?<![\d:.])((?:[01]?\d|2[0-3]):[0-5]\d)(?::[0-5]\d)?(?![\d:])/u;
// A day first may be set apart by dashes too, one mark throughout: `23-10-2023, 12:11`.
const NUMERIC_DATE = /(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)|(?<!\d)(\d{4})[-./](\d{2})[-./](\d{2})(?!\d)/u;
// `27 Ноябрь 2025`, `24 - اقپان 2026`, `10 Наурыз, 2026`, `19 qań. 2024`, the weekday between: `23 апреля Вторник 2024`.
const DAY_MONTH = /(?<![\d.])(\d{1,2})\.(\d{2})(?![\d.])/u;
// `07 мая`, `7 қаңтар`: a day and a month's name, no year after them.
const WORD_DAY = /(?<![\d.])(\d{1,2})\s+(\p{L}+)\.?(?=$|[\s,])/u;
const WORD_DATE = /(?<!\d)(\d{1,2})\s+(?:[-–—]\s+)?(\S+?)[.,،]?\s+(?:\p{L}+,?\s+)?(\d{4})(?!\d)/u;
// The month's name first, as English stamps print it: `Dec 3, 2026`, `September 17. 2024. 10:24`.
const MONTH_FIRST = /(?<!\p{L})(\p{L}{3,9})\.?\s+(\d{1,2})[.,]?\s+(\d{4})(?!\d)/u;

/** The time and date a stamp line gives (see meta-line.ts for what is a stamp line). */
export function readStamp(text: string): Stamp {
  const stamp: Stamp = {};
  const time = TIME.exec(text)?.[1];
  if (time) stamp.time = time.padStart(5, '0');
  const weekday = text.split(/[\s,]+/u).map(weekdayNumber).find((number) => number !== undefined);
  if (weekday) stamp.weekday = weekday;
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const [, d, , m, y, isoY, isoM, isoD] = numeric;
    stamp.date = isoY ? `${isoY}-${isoM}-${isoD}` : `${y}-${pad(m!)}-${pad(d!)}`;
    return stamp;
  }
  const word = WORD_DATE.exec(text);
  const month = word && monthNumber(word[2]!);
  if (word && month) stamp.date = `${word[3]}-${pad(String(month))}-${pad(word[1]!)}`;
  const first = stamp.date ? undefined : MONTH_FIRST.exec(text);
  const firstMonth = first && monthNumber(first[1]!);
  if (first && firstMonth) stamp.date = `${first[3]}-${pad(String(firstMonth))}-${pad(first[2]!)}`;
  const day = stamp.date ? undefined : DAY_MONTH.exec(text);
  if (day) stamp.day = `${day[2]}-${pad(day[1]!)}`;
  // A month's name without the year names the day too (`07 мая, 14:11`, a site header's clock).
  const named = stamp.date || stamp.day ? undefined : WORD_DAY.exec(text);
  const namedMonth = named && monthNumber(named[2]!);
  if (named && namedMonth) stamp.day = `${pad(String(namedMonth))}-${pad(named[1]!)}`;
  return stamp;
}

function pad(value: string): string {
  return value.padStart(2, '0');
}
