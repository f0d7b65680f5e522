import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measurement {
  wallSeconds: number;
  /** user + sys CPU seconds of the process and its children. */
  cpuSeconds: number;
  peakRssMiB: number;
  stdout: string;
}

/**
 * Each run starts from the same state: what earlier runs wrote is flushed, and as root the page
 * cache is dropped. Measured here, a 10k build took 7 s of system time right after dropping it
 * and 27 s after a dozen builds had filled it, so runs would otherwise depend on what ran before.
 */
function settle(): void {
  spawnSync('sync');
  try {
    writeFileSync('/proc/sys/vm/drop_caches', '3');
  } catch {
    // Not root: the runs share whatever the cache holds, alternating as they do.
  }
}

/**
 * Runs a command to completion under GNU time (Debian package `time`), which reports the child's
 * wall time, CPU time and peak resident set size as the kernel counted them.
 */
export function measure(command: string, args: string[], cwd: string): Measurement {
  const scratch = mkdtempSync(join(tmpdir(), 'habar-time-'));
  const report = join(scratch, 'time.txt');
  settle();
  try {
    const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', report, command, ...args], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.error) throw new Error(`${command} could not start: ${result.error.message} (is /usr/bin/time installed?)`);
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
    const [wall, user, sys, rssKiB] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
    return { wallSeconds: wall!, cpuSeconds: user! + sys!, peakRssMiB: rssKiB! / 1024, stdout: result.stdout };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
