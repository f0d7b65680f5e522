/**
 * Run as a child of the bench: samples the resident memory of every process descended from the
 * bench (this sampler left out) every 100 ms, and writes the largest sum seen so far to a file each
 * time it grows. A build's peak is its processes' together: habar's own and the Pagefind processes
 * its indexing threads drive, which GNU time does not add up (it reports the largest one).
 *
 *   node --import tsx bench/tree-rss.ts <file>
 */
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const PAGE_BYTES = 4096;
const INTERVAL_MS = 100;

/** The process ids below `pid`, but this sampler and what it started. */
function descendants(pid: number): number[] {
  const found: number[] = [];
  const pending = [pid];
  while (pending.length > 0) {
    const parent = pending.pop()!;
    for (const child of childrenOf(parent)) {
      if (child === process.pid) continue;
      found.push(child);
      pending.push(child);
    }
  }
  return found;
}

/** The children of every thread of `pid`: Pagefind is started by habar's worker threads. */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
  } catch {
    return []; // it has just exited
  }
}

/** Resident bytes of `pid`, 0 if it has just exited. */
function residentBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
  } catch {
    return 0;
  }
}

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: tree-rss.ts <file>');
const root = process.ppid;
let peak = 0;
const write = () => {
  // Renamed into place, so that the bench never reads a half-written number.
  writeFileSync(`${file}.tmp`, String(peak));
  renameSync(`${file}.tmp`, file);
};
write();
setInterval(() => {
  const total = descendants(root).reduce((sum, pid) => sum + residentBytes(pid), 0);
  if (total > peak) {
    peak = total;
    write();
  }
}, INTERVAL_MS);
