/**
 * Whether `date` is written YYYY-MM-DD and names a day that exists (not 2026-02-30). Checked for
 * every source and article, so with the built-in Date (a microsecond) rather than a luxon DateTime.
 */
export function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  // Date rolls a day past the month's end over (2026-02-30 → 2026-03-02) rather than rejecting it.
  const day = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(date);
}
