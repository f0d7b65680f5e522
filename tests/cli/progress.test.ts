import { describe, expect, it } from 'vitest';
import { createProgress, PROGRESS_THRESHOLD } from '../../src/cli/progress.ts';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

function run(target: ReturnType<typeof stream>, total: number): void {
  const progress = createProgress(target, 'Ingesting sources');
  for (let done = 1; done <= total; done++) progress.update(done, total);
  progress.step('Writing pages…');
  progress.finish();
}

describe('progress', () => {
  it(`in a terminal, a build of ${PROGRESS_THRESHOLD}+ sources shows one line per percent (0 to 100), names the next step, then clears the line`, () => {
    const tty = stream(true);
    run(tty, 2000);
    expect(tty.written).toHaveLength(103);
    expect(tty.written[0]).toBe('\rIngesting sources 1/2000 (0%)');
    expect(tty.written[100]).toBe('\rIngesting sources 2000/2000 (100%)');
    expect(tty.written[101]).toBe('\r\u001b[2KWriting pages…');
    expect(tty.written[102]).toBe('\r\u001b[2K');
  });

  it('without a terminal (CI) or on a small build it prints nothing', () => {
    const ci = stream(false);
    run(ci, 5000);
    const small = stream(true);
    run(small, PROGRESS_THRESHOLD - 1);
    expect([...ci.written, ...small.written]).toEqual([]);
  });
});
