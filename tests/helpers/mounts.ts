import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

export interface Tmpfs {
  dir: string;
  /** Remounts it read-only, or read-write again. */
  readOnly(on: boolean): void;
  /** Fills it with a file outside any site, leaving `bytes` free. */
  leaveFree(bytes: number): void;
}

function run(command: string, args: string[]): string | undefined {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.status === 0 ? undefined : (result.error?.message ?? result.stderr.trim()) || `${command} ended with ${result.status}`;
}

let problem: string | undefined | null = null;

/** Why no tmpfs can be mounted here (not root, a container without the right), or undefined when one can. */
export function cannotMount(): string | undefined {
  if (problem !== null) return problem;
  const dir = mkdtempSync(join(tmpdir(), 'habar-mount-'));
  problem = run('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]);
  if (!problem) run('umount', [dir]);
  rmSync(dir, { recursive: true, force: true });
  return problem;
}

/** Call at the top of a test file: a factory of tmpfs mounts of a given size, unmounted and removed after each test. */
export function throwawayTmpfs(): (megabytes: number) => Tmpfs {
  const mounted: string[] = [];
  afterEach(() => {
    for (const dir of mounted.splice(0)) {
      // Lazily: a process that failed the test may still have its working directory there.
      run('umount', ['-l', dir]);
      rmSync(dir, { recursive: true, force: true });
    }
  });
  return (megabytes) => {
    const dir = mkdtempSync(join(tmpdir(), 'habar-tmpfs-'));
    const failed = run('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir]);
    if (failed) throw new Error(`cannot mount a tmpfs: ${failed}`);
    mounted.push(dir);
    return {
      dir,
      readOnly(on) {
        const failedRemount = run('mount', ['-o', `remount,${on ? 'ro' : 'rw'}`, dir]);
        if (failedRemount) throw new Error(`cannot remount ${dir}: ${failedRemount}`);
      },
      leaveFree(bytes) {
        const { bavail, bsize } = statfsSync(dir);
        writeFileSync(join(dir, 'filler'), Buffer.alloc(Math.max(0, bavail * bsize - bytes)));
      },
    };
  };
}
