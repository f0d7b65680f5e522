import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { escapeRegExp } from '../core/escape-regexp.ts';
import { CACHE_DIR, type SitePaths } from '../core/paths.ts';
import { faultPoint } from '../core/process/fault-injection.ts';
import { isRunning } from '../core/process/is-running.ts';

/**
 * The folders a build swaps: the output, and the spare, the output before the last swap, kept in
 * `.cache/habar/` so that an update build can make its next output from it without creating a
 * folder per page again (see `updateSite` in build.ts); none for an output only ever built whole
 * (the preview's).
 */
export interface OutputFolders {
  output: string;
  spare?: string;
}

export function outputFolders(paths: SitePaths, { keepSpare }: { keepSpare: boolean }): OutputFolders {
  return { output: paths.output, spare: keepSpare ? join(paths.root, CACHE_DIR, `${basename(paths.output)}.spare`) : undefined };
}

/** Where a build renders before its output is swapped in: `_site.building-<pid>`. */
export function stagingFolder(output: string, pid = process.pid): string {
  return `${output}.building-${pid}`;
}

/** Where an update build makes its whole next output: `_site.next-<pid>`. */
export function nextFolder(output: string, pid = process.pid): string {
  return `${output}.next-${pid}`;
}

/** Where the previous output waits during the swap: `_site.old-<pid>`. */
export function retiredFolder(output: string, pid = process.pid): string {
  return `${output}.old-${pid}`;
}

/**
 * Swaps the complete folder `next` in as the output with two renames; the old output becomes the
 * spare. Whenever the process stops, the output holds the old site or the new one, or, between the
 * two renames, is missing with the old one beside it for `recoverInterruptedBuilds` to put back. A
 * failed second rename puts the old one back at once.
 */
export async function replaceFolder(next: string, { output, spare }: OutputFolders): Promise<void> {
  const retired = retiredFolder(output);
  const hadOutput = await rename(output, retired).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      return false;
    },
  );
  faultPoint('swap:retired');
  try {
    await rename(next, output);
  } catch (error) {
    if (hadOutput) await rename(retired, output);
    throw error;
  }
  faultPoint('swap:replaced');
  if (hadOutput) await keepAsSpare(retired, spare, { replace: true });
}

/** The spare, moved to `next` to be made into the next output; `next` is created empty when there is none. */
export async function takeSpare(next: string, { spare }: OutputFolders): Promise<void> {
  // Without a spare, or with one on another file system than the output, the next output is made from nothing.
  const taken = spare !== undefined && (await rename(spare, next).then(() => true, () => false));
  if (!taken) await mkdir(next, { recursive: true });
}

/**
 * Keeps `folder` (a former or unfinished output) as the spare: instead of the current spare with
 * `replace`, otherwise only if there is none. Removed where it cannot be kept.
 */
export async function keepAsSpare(folder: string, spare: string | undefined, { replace }: { replace: boolean }): Promise<void> {
  if (spare && replace) await rm(spare, { recursive: true, force: true });
  // Not kept without a spare for this output, beside a spare already there, or with the cache on another file system.
  const kept = spare !== undefined && (await mkdir(dirname(spare), { recursive: true }).then(() => rename(folder, spare)).then(() => true, () => false));
  if (!kept) await rm(folder, { recursive: true, force: true });
}

/**
 * Cleans up after builds that were killed, whatever step they were at: if one died between the two
 * renames of the swap (the output gone, its previous version set aside), that previous version is
 * put back; a whole output left aside, or an unfinished next one, becomes the spare when there is
 * none; the rest is removed. Folders of builds still running are left alone.
 */
export async function recoverInterruptedBuilds({ output, spare }: OutputFolders): Promise<void> {
  const name = basename(output);
  const pattern = new RegExp(`^${escapeRegExp(name)}\\.(building|next|old)-(\\d+)$`);
  const siblings = await readdir(dirname(output)).catch(() => [] as string[]);
  const leftovers = siblings
    .map((entry) => pattern.exec(entry))
    .filter((match): match is RegExpExecArray => match !== null && !isRunning(Number(match[2])))
    .sort((a, b) => a[0].localeCompare(b[0]));
  const retired = siblings.includes(name) ? undefined : leftovers.find((match) => match[1] === 'old');
  if (retired) await rename(join(dirname(output), retired[0]), output);
  for (const match of leftovers) {
    const folder = join(dirname(output), match[0]);
    if (match === retired) continue;
    if (match[1] === 'building') await rm(folder, { recursive: true, force: true });
    else await keepAsSpare(folder, spare, { replace: false });
  }
}
