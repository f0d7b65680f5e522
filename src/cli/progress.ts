/** The part of a stream progress needs; process.stdout in use, a fake in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** Below this many sources a build is quick enough that a progress line would only flicker. */
export const PROGRESS_THRESHOLD = 1000;

/**
 * A single self-overwriting progress line, shown only in a terminal and only for large archives:
 * in CI (no TTY) the log keeps nothing but the summary.
 */
export function createProgress(stream: ProgressStream, label: string) {
  let shownPercent = -1;
  let active = false;
  let large = false;
  return {
    update(done: number, total: number): void {
      large = total >= PROGRESS_THRESHOLD;
      if (!stream.isTTY || !large) return;
      const percent = Math.floor((done / total) * 100);
      if (percent === shownPercent) return;
      shownPercent = percent;
      active = true;
      stream.write(`\r${label} ${done}/${total} (${percent}%)`);
    },
    /** Replaces the line with the next step's name (`Writing pages…`), on the same terms as update. */
    step(text: string): void {
      if (!stream.isTTY || !large) return;
      active = true;
      stream.write(`\r\u001b[2K${text}`);
    },
        /** Clears the line, so the next output starts clean. */
    finish(): void {
      if (active) stream.write('\r\u001b[2K');
      active = false;
    },
  };
}
