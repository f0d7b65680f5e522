/**
 * Tells a child process that hangs from one that works slowly. Pagefind writing a large bundle may
 * answer nothing for a long while, but it uses processor time all along; one that is stopped or
 * deadlocked uses none. Where /proc tells the process's processor time (Linux), a request is given
 * up on after STALL_MS with neither an answer nor processor time; elsewhere after SILENCE_MS without
 * an answer. Only time this process spent watching counts: on a loaded machine, or behind a long piece
 * of synchronous work, its own checks come late, and Pagefind's answer may be waiting unread in the pipe.
 */
import { readFileSync } from 'node:fs';

export const STALL_MS = 15_000;
export const SILENCE_MS = 300_000;
const EVERY_MS = 1_000;
/** A check this much later than due: the process was not watching in between, and the wait starts again. */
const LATE_FACTOR = 2;

/** Processor time the process has used (user + system, in clock ticks), or undefined where /proc does not say. */
function processorTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After the command name in parentheses: state is field 3, utime and stime fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

export interface StallWatch {
  /** Something was answered: the wait starts again. */
  answered(): void;
  stop(): void;
}

/** Calls `stalled` once, with how long it waited, when process `pid` has made no progress for the limit (`limitMs`, for tests). */
export function watchForStall(pid: number, stalled: (seconds: number) => void, limitMs?: number): StallWatch {
  let ticks = processorTicks(pid);
  const limit = limitMs ?? (ticks === undefined ? SILENCE_MS : STALL_MS);
  const every = Math.min(EVERY_MS, limit / 4);
  let progress = Date.now();
  let checked = progress;
  const timer = setInterval(() => {
    const now = processorTicks(pid);
    const late = Date.now() - checked > LATE_FACTOR * every;
    checked = Date.now();
    if (late || (now !== undefined && now !== ticks)) {
      ticks = now;
      progress = checked;
    } else if (checked - progress >= limit) {
      // After the answers already in the pipe are read (I/O comes after timers in the event loop).
      setImmediate(() => {
        if (Date.now() - progress < limit) return;
        clearInterval(timer);
        stalled(Math.round(limit / 1000));
      });
    }
  }, every);
  timer.unref();
  return {
    answered: () => void (progress = Date.now()),
    stop: () => clearInterval(timer),
  };
}
