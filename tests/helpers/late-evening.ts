/**
 * Runs `habar ARGS` with luxon's clock at a second before midnight in Almaty on 2025-03-14, an hour
 * later at each reading of the time: a build that asks for "today" more than once gets two days.
 * Usage: node --import tsx late-evening.ts ARGS
 */
import { DateTime } from 'luxon';

const evening = DateTime.fromISO('2025-03-14T23:59:59', { zone: 'Asia/Almaty' });
let readings = 0;
DateTime.now = () => evening.plus({ hours: readings++ }) as DateTime<true>;
await import('../../src/cli/main.ts');
