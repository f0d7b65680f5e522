import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { watchForStall, type StallWatch } from '../../src/search/stall-watch.ts';

const LIMIT_MS = 1_000;
let child: ChildProcess | undefined;
let watch: StallWatch | undefined;

afterEach(() => {
  watch?.stop();
  child?.kill('SIGKILL');
});

/** A process alive and using no processor time: a stopped or deadlocked Pagefind. */
function idleProcess(): number {
  child = spawn('sleep', ['60'], { stdio: 'ignore' });
  return child.pid!;
}

function blockFor(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until);
}

describe('the stall watch on a child process', () => {
  it('calls a process that answers nothing and uses no processor time hung, once', async () => {
    const calls: number[] = [];
    await new Promise<void>((resolve) => {
      watch = watchForStall(idleProcess(), (seconds) => {
        calls.push(seconds);
        resolve();
      }, LIMIT_MS);
    });
    await new Promise((resolve) => setTimeout(resolve, 3 * LIMIT_MS));
    expect(calls).toEqual([1]);
  });

  it('does not count time its own process spent on other work, when the answer may be waiting unread', async () => {
    let stalled = false;
    watch = watchForStall(idleProcess(), () => (stalled = true), LIMIT_MS);
    // Synchronous work longer than the limit: the watch's checks are held back meanwhile.
    blockFor(3 * LIMIT_MS);
    await new Promise((resolve) => setTimeout(resolve, LIMIT_MS / 2));
    expect(stalled).toBe(false);
  });

  it('starts the wait again at each answer', async () => {
    let stalled = false;
    watch = watchForStall(idleProcess(), () => (stalled = true), LIMIT_MS);
    for (let i = 0; i < 4; i++) {
      await new Promise((resolve) => setTimeout(resolve, LIMIT_MS / 2));
      watch.answered();
    }
    expect(stalled).toBe(false);
  });
});
