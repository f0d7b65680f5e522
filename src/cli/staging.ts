import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { faultPoint } from '../process/fault-injection.ts';
import { isRunning } from '../process/is-running.ts';

/** Where a build renders before its output is swapped in: `_site.building-<pid>`. */
export function stagingFolder(output: string, pid = process.pid): string {
  return `${output}.building-${pid}`;
}

/** Where the previous output waits during the swap: `_site.old-<pid>`. */
export function retiredFolder(output: string, pid = process.pid): string {
  return `${output}.old-${pid}`;
}

/**
 * Swaps the complete folder `next` in as `target` with two renames, then removes the old `target`:
 * whenever the process stops, `target` holds the old site or the new one, or, between the two
 * renames, is missing with the old one beside it for `recoverInterruptedBuilds` to put back. A
 * failed second rename puts the old one back at once.
 */
export async function replaceFolder(next: string, target: string): Promise<void> {
  const retired = retiredFolder(target);
  const hadTarget = await rename(target, retired).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      return false;
    },
  );
  faultPoint('swap:retired');
  try {
    await rename(next, target);
  } catch (error) {
    if (hadTarget) await rename(retired, target);
    throw error;
  }
  faultPoint('swap:replaced');
  await rm(retired, { recursive: true, force: true });
}

/**
 * Cleans up after builds that were killed: their staging folders are removed, and if one died
 * between the two renames of the swap (the output gone, its previous version set aside), that
 * previous version is put back. Folders of builds still running are left alone.
 */
export async function recoverInterruptedBuilds(output: string): Promise<void> {
  const name = basename(output);
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(building|old)-(\\d+)$`);
  const siblings = await readdir(dirname(output)).catch(() => [] as string[]);
  const leftovers = siblings
    .map((entry) => pattern.exec(entry))
    .filter((match): match is RegExpExecArray => match !== null && !isRunning(Number(match[2])))
    .sort((a, b) => a[0].localeCompare(b[0]));
  const outputExists = siblings.includes(name);
  const retired = leftovers.find((match) => match[1] === 'old');
  if (!outputExists && retired) await rename(join(dirname(output), retired[0]), output);
  for (const match of leftovers) {
    if (match === retired && !outputExists) continue;
    await rm(join(dirname(output), match[0]), { recursive: true, force: true });
  }
}
