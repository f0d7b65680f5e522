import { DateTime } from 'luxon';
import { NEWSROOM_ZONE } from './today.ts';

/**
 * A wall-clock time in Almaty, `2026-01-27` (its midnight) or `2026-01-27T14:30`, as ISO 8601 with
 * the offset Almaty had then: `2026-01-27T14:30:00+05:00`, written as luxon's
 * `DateTime.fromISO(localTime, { zone: NEWSROOM_ZONE }).toISO({ suppressMilliseconds: true })` writes it.
 * Luxon takes some 100 µs for that; this finds the moment as luxon does (fixOffset) from offsets
 * read off one Intl formatter, some 15 µs, and leaves to luxon only a time the clocks skipped or
 * an offset that is not whole minutes (local mean time, before 1924).
 */
export function inAlmaty(localTime: string): string {
  const wallClock = `${localTime.length === 'YYYY-MM-DD'.length ? `${localTime}T00:00` : localTime}:00`;
  const local = Date.parse(`${wallClock}Z`);
  if (Number.isNaN(local)) return inAlmatyByLuxon(localTime);
  const [utc, offset] = utcOf(local);
  if (!Number.isInteger(offset) || utc + offset * 60_000 !== local) return inAlmatyByLuxon(localTime);
  return `${wallClock}${offsetText(offset)}`;
}

function inAlmatyByLuxon(localTime: string): string {
  return DateTime.fromISO(localTime, { zone: NEWSROOM_ZONE }).toISO({ suppressMilliseconds: true })!;
}

/**
 * The moment of the wall-clock time `local` (milliseconds, read as if in UTC) and Almaty's offset
 * then, in minutes: luxon's fixOffset, which starts from the offset at this moment and so picks
 * the same of the two moments of a time the clocks went back over.
 */
function utcOf(local: number): [number, number] {
  const now = offsetAt(Date.now());
  let guess = local - now * 60_000;
  const second = offsetAt(guess);
  if (second === now) return [guess, now];
  guess -= (second - now) * 60_000;
  const third = offsetAt(guess);
  if (third === second) return [guess, second];
  return [local - Math.min(second, third) * 60_000, Math.max(second, third)];
}

const OFFSET_FORMAT = new Intl.DateTimeFormat('en-US', { timeZone: NEWSROOM_ZONE, timeZoneName: 'longOffset' });
const GMT_OFFSET = /GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?$/;

/** Almaty's offset from UTC at `utc` (milliseconds), in minutes, as luxon's IANAZone.offset gives it; NaN if Intl writes it otherwise. */
function offsetAt(utc: number): number {
  const match = GMT_OFFSET.exec(OFFSET_FORMAT.format(utc));
  if (!match) return NaN;
  const [, sign, hours = '0', minutes = '0', seconds = '0'] = match;
  const offset = Number(hours) * 60 + Number(minutes) + Number(seconds) / 60;
  return sign === '-' ? -offset : offset;
}

/** `+05:00`, as luxon writes a whole-minute offset of a zone. */
function offsetText(offset: number): string {
  const size = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${String(Math.trunc(size / 60)).padStart(2, '0')}:${String(size % 60).padStart(2, '0')}`;
}
