import { constants, copyFileSync, linkSync, lstatSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, type Dirent } from 'node:fs';
import { dirname, join } from 'node:path';
import { faultPoint } from '../process/fault-injection.ts';

/** Removes the pages at `urls`: a page's `url/index.html`, or a file such as a tag's `feed.xml`; folders left empty go too. */
export function removePages(output: string, urls: Iterable<string>): void {
  for (const url of urls) {
    const file = join(output, url, url.endsWith('/') ? 'index.html' : '');
    rmSync(file, { force: true });
    try {
      rmdirSync(dirname(file));
    } catch {
      // Not empty (pages below it) or already gone: a clean build would keep it too.
    }
  }
}

/**
 * Makes `copy`, a folder in any state (an older output, a half-made one, an empty one), hold the
 * files of `output` and nothing else, each as a hard link to `output`'s file (a copy where the file
 * system cannot link); the folders named in `leaveOut` (relative to both) are left out. A file of
 * `copy` that is already a link to the same file is kept, and folders are created or removed only
 * where the two differ, so that making an output from the one before it costs little more than
 * reading both trees. `output` is only read, and nothing is ever written through a link: files of
 * `copy` are replaced, not rewritten.
 */
export function mirrorTree(output: string, copy: string, leaveOut: ReadonlySet<string> = new Set()): void {
  mirrorFolder(output, copy, '', leaveOut);
}

/** What link(2) answers where a file system or its limits allow no (more) hard links. */
const CANNOT_LINK = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK']);

function mirrorFolder(from: string, to: string, relativePath: string, leaveOut: ReadonlySet<string>): void {
  const present = new Map<string, Dirent>();
  for (const entry of readdirSync(to, { withFileTypes: true })) present.set(entry.name, entry);
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const path = join(relativePath, entry.name);
    if (leaveOut.has(path)) continue;
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    const existing = present.get(entry.name);
    present.delete(entry.name);
    if (existing && existing.isDirectory() !== entry.isDirectory()) rmSync(target, { recursive: true, force: true });
    if (entry.isDirectory()) {
      if (!existing?.isDirectory()) mkdirSync(target);
      mirrorFolder(source, target, path, leaveOut);
    } else if (!existing || existing.isDirectory() || !sameFile(source, target)) {
      linkOrCopy(source, target);
    }
  }
  for (const name of present.keys()) rmSync(join(to, name), { recursive: true, force: true });
}

function sameFile(a: string, b: string): boolean {
  const [first, second] = [lstatSync(a), lstatSync(b)];
  return first.ino === second.ino && first.dev === second.dev;
}

/** Puts a link to `source` at `target`, replacing what is there without writing into it. */
function linkOrCopy(source: string, target: string): void {
  rmSync(target, { force: true });
  try {
    linkSync(source, target);
  } catch (error) {
    if (!CANNOT_LINK.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    copyFileSync(source, target, constants.COPYFILE_EXCL);
  }
  faultPoint('update:linked');
}

/**
 * Moves every file of `staged` to the same place in `output`, replacing what is there; the folders
 * named in `whole` (relative to both) replace theirs entirely, so none of their old files stay.
 */
export function moveInto(staged: string, output: string, whole: ReadonlySet<string> = new Set()): void {
  for (const folder of whole) {
    rmSync(join(output, folder), { recursive: true, force: true });
    mkdirSync(dirname(join(output, folder)), { recursive: true });
    renameSync(join(staged, folder), join(output, folder));
    faultPoint('update:moved');
  }
  moveFiles(staged, output);
}

function moveFiles(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) moveFiles(join(from, entry.name), join(to, entry.name));
    else {
      renameSync(join(from, entry.name), join(to, entry.name));
      faultPoint('update:moved');
    }
  }
}
