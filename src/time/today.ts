import { DateTime } from 'luxon';
import { printable } from '../printable.ts';
import { UserError } from '../user-error.ts';
import { isCalendarDate } from './calendar-date.ts';

/** The newsroom's time zone: "today", scheduling and correction dates are Almaty's calendar days. */
export const NEWSROOM_ZONE = 'Asia/Almaty';

/** Today's date in Almaty by the clock, `YYYY-MM-DD`. */
export function almatyToday(): string {
  return DateTime.now().setZone(NEWSROOM_ZONE).toISODate()!;
}

/**
 * The date `HABAR_TODAY=YYYY-MM-DD` sets, so that tests and editors can see what the site will look
 * like on another day; undefined when it is unset.
 */
export function todayOverride(env: NodeJS.ProcessEnv): string | undefined {
  const override = env.HABAR_TODAY;
  if (override === undefined || override === '') return undefined;
  if (!isCalendarDate(override)) throw new UserError(`HABAR_TODAY must be a date written YYYY-MM-DD, found ${printable(JSON.stringify(override))}`);
  return override;
}

/** Today's date in Almaty, or the one `HABAR_TODAY` sets. */
export function today(env: NodeJS.ProcessEnv): string {
  return todayOverride(env) ?? almatyToday();
}
