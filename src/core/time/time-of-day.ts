/** Whether `time` is a time of day written `HH:MM`, 24-hour, with both leading zeros: `09:05`, `23:59`. */
export function isTimeOfDay(time: string): boolean {
  return /^(?:[01]\d|2[0-3]):[0-5]\d$/.test(time);
}
