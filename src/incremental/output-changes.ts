import { mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

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
 * Moves every file of `staged` to the same place in `output`, replacing what is there; the folders
 * named in `whole` (relative to both) replace theirs entirely, so none of their old files stay. Each
 * file is replaced by a rename: a reader never gets half of one.
 */
export function moveInto(staged: string, output: string, whole: ReadonlySet<string> = new Set()): void {
  for (const folder of whole) {
    rmSync(join(output, folder), { recursive: true, force: true });
    mkdirSync(dirname(join(output, folder)), { recursive: true });
    renameSync(join(staged, folder), join(output, folder));
  }
  moveFiles(staged, output);
}

function moveFiles(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) moveFiles(join(from, entry.name), join(to, entry.name));
    else renameSync(join(from, entry.name), join(to, entry.name));
  }
}
