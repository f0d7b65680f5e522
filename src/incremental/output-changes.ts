import { constants, copyFileSync, linkSync, mkdirSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
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
 * Gives `staged`, which holds the pages and search bundles a build changed, every other file of
 * `output` as a hard link, so that it becomes the whole new site while `output` stays as it was
 * (nothing is written through a link: the changed files are already in `staged`, and its files
 * are never rewritten). Where the file system cannot link, a copy. The folders named in `replaced`
 * (relative to both) are left out whole: `staged` holds their new contents, or none.
 */
export function linkUnchanged(output: string, staged: string, replaced: ReadonlySet<string> = new Set()): void {
  linkTree(output, staged, '', replaced);
}

/** What link(2) answers where a file system or its limits allow no (more) hard links. */
const CANNOT_LINK = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK']);

function linkTree(from: string, to: string, relativePath: string, replaced: ReadonlySet<string>): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const path = join(relativePath, entry.name);
    if (replaced.has(path)) continue;
    if (entry.isDirectory()) linkTree(join(from, entry.name), join(to, entry.name), path, replaced);
    else linkFile(join(from, entry.name), join(to, entry.name));
  }
}

function linkFile(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    // The build wrote this file anew.
    if (code === 'EEXIST') return;
    if (!CANNOT_LINK.has(code)) throw error;
    copyFileSync(source, target, constants.COPYFILE_EXCL);
  }
  faultPoint('update:linked');
}
