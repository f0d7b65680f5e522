/**
 * Preloaded into a habar process (`node --import late-evening.mjs main.js ARGS`): sets luxon's clock
 * to a second before midnight in Almaty on 2025-03-14, an hour later at each reading of the time, so
 * that a build that asks for "today" more than once gets two days. JavaScript, not TypeScript: it
 * runs beside compiled habar (support/compiled-habar.ts leaves luxon unbundled for it), with no tsx.
 */
import { DateTime } from 'luxon';

const evening = DateTime.fromISO('2025-03-14T23:59:59', { zone: 'Asia/Almaty' });
let readings = 0;
DateTime.now = () => evening.plus({ hours: readings++ });
