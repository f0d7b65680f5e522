import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * What the bench is done with is moved here, and deleted once the bench has finished timing.
 *
 * On ext4 without a journal (this machine's root file system), the kernel will not reuse the
 * inode of a file deleted in the last one to six minutes, and checks each such inode in turn
 * for every file it creates. A clean build that right after the deletion of the previous run's
 * output creates tens of thousands of files spends much of its time in that check. In a perf
 * profile taken on that kind of build, those kernel functions took a fifth of the samples;
 * Hugo took 7.7 s against 3.8 s with no deletion in the minutes before (both without the cache
 * drop of measure.ts, which hides the part the kernel can only see in cached inode tables).
 * Deleting between runs would time the bench's own cleanup, not the tools.
 */
let folder: string | undefined;
let moved = 0;

/** Moves `path` (on the same file system as the system temp folder) out of the way, if it exists. */
export function setAside(path: string): void {
  if (!existsSync(path)) return;
  folder ??= mkdtempSync(join(tmpdir(), 'habar-bench-set-aside-'));
  renameSync(path, join(folder, `${moved++}-${basename(path)}`));
}

/** The folder things are set aside in, if any. */
export function setAsideFolder(): string | undefined {
  return folder;
}

/** Deletes everything set aside; for the end of the bench, when nothing is timed any more. */
export function deleteSetAside(): void {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
}
