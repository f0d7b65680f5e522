import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsxLoader } from '../src/core/process/fork-module.ts';

export interface Measurement {
  wallSeconds: number;
  /** Processor seconds the whole machine was busy during the run (see `busySeconds`). */
  cpuSeconds: number;
  /** The largest sum of the resident memory of the run's processes (tree-rss.ts). */
  peakRssMiB: number;
  stdout: string;
}

/**
 * Each run starts from the same state: what earlier runs wrote is flushed, and as root the page
 * cache is dropped. Measured here, a 10k build took 7 s of system time right after dropping it
 * and 27 s after a dozen builds had filled it, so runs would otherwise depend on what ran before.
 * Much of that was the kernel passing over recently deleted inodes (set-aside.ts), which it
 * recognizes only in the inode tables it holds in memory.
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
 * Processor seconds the machine has spent busy since boot (user, nice, system, interrupts; not idle,
 * I/O wait or steal), from /proc/stat. A process's own CPU time would miss what it starts and does
 * not wait for: Pagefind's API stops its processes without waiting, so GNU time never counts them.
 * Taken around a run on an otherwise idle machine, the difference is the run's processor time.
 */
function busySeconds(): number {
  const [user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  return (user! + nice! + system! + irq! + softirq!) / TICKS_PER_SECOND;
}

const TICKS_PER_SECOND = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/**
 * Runs a command to completion under GNU time (Debian package `time`), which reports its wall time,
 * takes the machine's busy processor time around it, and the peak memory of all its processes
 * together from a sampler (tree-rss.ts) started before it.
 */
export function measure(command: string, args: string[], cwd: string): Measurement {
  const scratch = mkdtempSync(join(tmpdir(), 'habar-time-'));
  const report = join(scratch, 'time.txt');
  const peakFile = join(scratch, 'peak-rss.txt');
  const sampler = spawn(process.execPath, ['--import', tsxLoader, join(import.meta.dirname, 'tree-rss.ts'), peakFile], { stdio: 'ignore' });
  try {
    waitUntil(() => existsSync(peakFile), 'the memory sampler did not start');
    return measureRun(command, args, cwd, report, peakFile);
  } finally {
    sampler.kill();
    rmSync(scratch, { recursive: true, force: true });
  }
}

function measureRun(command: string, args: string[], cwd: string, report: string, peakFile: string): Measurement {
  settle();
  const busyBefore = busySeconds();
  const result = spawnSync('/usr/bin/time', ['-f', '%e', '-o', report, command, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`${command} could not start: ${result.error.message} (is /usr/bin/time installed?)`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (status ${result.status}, signal ${result.signal}):\n${result.stdout}${result.stderr}`);
  const cpuSeconds = busySeconds() - busyBefore;
  const wall = Number(readFileSync(report, 'utf8').trim().split('\n').at(-1));
  return { wallSeconds: wall, cpuSeconds, peakRssMiB: Number(readFileSync(peakFile, 'utf8')) / 1024 / 1024, stdout: result.stdout };
}

/** Blocks this thread (the runs are synchronous) until `done`, for at most 30 s. */
function waitUntil(done: () => boolean, failure: string): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; !done(); waited += 10) {
    if (waited > 30_000) throw new Error(failure);
    Atomics.wait(pause, 0, 0, 10);
  }
}
