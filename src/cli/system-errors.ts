import { accessSync, constants, lstatSync, statSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { ARTICLES_DIR, CACHE_DIR, OUTPUT_DIR } from '../ingest/paths.ts';
import { printable } from '../printable.ts';
import { ChildStopped } from '../process/child-stopped.ts';
import { SEARCH_DIR } from '../site/search-shards.ts';

/** An error of the file system (or of a process that stopped on one), with its errno name as `code`. */
interface SystemError {
  code: string;
  syscall?: string;
  path?: string;
  /** Set by `whileWriting` (file-errors.ts). */
  writing?: boolean;
}

/** Calls that write; `open` may read or write, and counts as a write in the folders a build writes (or when marked). */
const WRITES = new Set(['mkdir', 'rename', 'write', 'unlink', 'rmdir', 'rm', 'copyfile', 'link', 'symlink', 'ftruncate', 'utime', 'chmod']);
const FOLDER_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOENT', 'ENOTDIR']);

/**
 * One line saying what could not be written, why and what to do about it, for a full disk, a
 * folder that is not writable, read-only, missing or a file, or too many open files; none for any
 * other error. Paths inside the site `root` are shown relative to it, folders to make writable in full.
 */
export function systemErrorLine(error: unknown, root: string): string | undefined {
  const { code, syscall, path: errorPath, writing } = (error ?? {}) as Partial<SystemError>;
  if (typeof code !== 'string') return undefined;
  const path = errorPath && (isAbsolute(errorPath) ? errorPath : join(root, errorPath));
  const shown = (p: string) => printable(p.startsWith(root + sep) ? relative(root, p) : p);
  if (code === 'ENOSPC') {
    return `the disk is full while writing ${path ? `${whatIs(relative(root, path))} (${shown(path)})` : 'the site'}; free some space on it`;
  }
  if (code === 'EMFILE' || code === 'ENFILE') return `too many files are open at once${path ? ` (at ${shown(path)})` : ''}; raise the limit (ulimit -n) and try again`;
  const isWrite = writing || code === 'EROFS' || error instanceof ChildStopped || (syscall && WRITES.has(syscall)) || (syscall === 'open' && path && whatIs(relative(root, path)) !== 'a file');
  if (!FOLDER_CODES.has(code) || !path || !isWrite) return undefined;
  const { folder, blocker } = nearestFolder(path);
  const cannot = `cannot write ${printable(relative(folder, path))} in ${printable(folder)}`;
  if (blocker) {
    return blocker.isLink
      ? `${cannot}: ${shown(blocker.path)} is a link to a folder that does not exist; restore that folder or delete the link`
      : `${cannot}: ${shown(blocker.path)} is a file, not a folder; move it out of the way`;
  }
  const refusal = writeRefusal(folder);
  switch (refusal ?? code) {
    case 'EROFS':
      return `${cannot}: the file system is read-only; mount it read-write`;
    case 'EACCES':
    case 'EPERM':
      return `${cannot}: permission denied; make ${printable(refusal ? folder : path)} writable`;
    default:
      return `${cannot}: ${shown(join(folder, relative(folder, path).split(sep)[0]!))} does not exist`;
  }
}

/**
 * The deepest folder above `path` that exists, and what stands in the way below it: a file, or a
 * link to nothing, where a folder should be (ENOTDIR, or ENOENT through a link).
 */
function nearestFolder(path: string): { folder: string; blocker?: { path: string; isLink: boolean } } {
  let blocker: { path: string; isLink: boolean } | undefined;
  for (let current = dirname(path); ; current = dirname(current)) {
    const stats = entry(current, lstatSync);
    const isFolder = stats?.isDirectory() || (stats?.isSymbolicLink() && entry(current, statSync)?.isDirectory());
    if (isFolder || current === dirname(current)) return { folder: current, blocker };
    // What is nearest the root blocks the way.
    if (stats) blocker = { path: current, isLink: stats.isSymbolicLink() };
  }
}

/** The stats of `path`, or none if it cannot be reached. */
function entry(path: string, stat: typeof lstatSync): Stats | undefined {
  try {
    return stat(path);
  } catch {
    return undefined;
  }
}

/**
 * Why `folder` cannot be written into, if it cannot: Node's recursive mkdir reports a read-only or
 * forbidden parent as ENOENT, so the folder is asked directly.
 */
function writeRefusal(folder: string): string | undefined {
  try {
    accessSync(folder, constants.W_OK);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code;
  }
}

/** What a path inside the site root is, in words. */
function whatIs(path: string): string {
  const [top, next] = path.split(sep);
  if (top === CACHE_DIR.split('/')[0]) return 'the build cache';
  if (path.startsWith(ARTICLES_DIR + sep)) return 'the articles';
  if (top?.startsWith(OUTPUT_DIR)) return next === SEARCH_DIR ? 'the search index' : 'the site';
  return 'a file';
}
