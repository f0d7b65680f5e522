import { DateTime } from 'luxon';
import { UserError } from '../user-error.ts';
import { isCalendarDate } from './calendar-date.ts';

/** The newsroom's time zone: "today", scheduling and correction dates are Almaty's calendar days. */
export const NEWSROOM_ZONE = 'Asia/Almaty';

/**
 * Today's date in Almaty, `YYYY-MM-DD`. `HABAR_TODAY=YYYY-MM-DD` overrides it, so that tests and
 * editors can see what the site will look like on another day.
 */
export function today(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.HABAR_TODAY;
  if (override !== undefined && override !== '') {
    if (!isCalendarDate(override)) {
      throw new UserError(`HABAR_TODAY must be a date written YYYY-MM-DD, found "${override}"`);
    }
    return override;
  }
  return DateTime.now().setZone(NEWSROOM_ZONE).toISODate()!;
}

