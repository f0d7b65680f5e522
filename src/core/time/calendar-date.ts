const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
// The days of each month of a common year; February has 29 in a leap year.
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `year` (Gregorian, extended before 1582 as Date does) has a 29 February. */
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** The number the ASCII figures of `text` from `start` to `end` write. */
function figures(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + text.charCodeAt(i) - 0x30;
  return value;
}

/**
 * Whether `date` is written YYYY-MM-DD and names a day that exists (not 2026-02-30). Checked for
 * every source and article, so by the days of the month rather than by building a Date or a luxon DateTime.
 */
export function isCalendarDate(date: string): boolean {
  if (!CALENDAR_DATE.test(date)) return false;
  const month = figures(date, 5, 7);
  const day = figures(date, 8, 10);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(figures(date, 0, 4)) ? 29 : MONTH_DAYS[month - 1]!);
}
