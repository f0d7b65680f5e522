import { lstatSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SiteFileError } from '../core/errors.ts';

/** Why a symbolic link in content/ is refused, after `path: `. */
export const LINK_REFUSED = 'it is a symbolic link, which habar does not follow in content/; put the file or folder itself there';

/** The entries of the sources folder, sorted: its files and its symbolic links (refused, never read); none when it does not exist. */
export function listSourceFolder(dir: string): { files: string[]; links: string[] } {
  const files: string[] = [];
  const links: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return { files, links };
  }
  for (const entry of entries) {
    if (entry.isSymbolicLink()) links.push(entry.name);
    else if (entry.isFile()) files.push(entry.name);
  }
  return { files: files.sort(), links: links.sort() };
}

/**
 * The paths ingest reads, writes and deletes below the articles folder, with no symbolic link on the
 * way: through a linked folder or file (registry.json names its paths) it would touch files outside.
 * Folders found free of links are not checked again.
 */
export class ArticlePaths {
  private readonly checked = new Set<string>();

  constructor(
    private readonly root: string,
    private readonly dir: string,
  ) {}

  /** The absolute path of `file`, relative to the articles folder. */
  path(file: string): string {
    this.exists(file);
    return join(this.dir, file);
  }

  /** Whether `file` exists. */
  exists(file: string): boolean {
    // The common case, a file in a folder already checked (its own folders checked before it): one lstat.
    const slash = file.lastIndexOf('/');
    if (slash > 0 && this.checked.has(join(this.dir, file.slice(0, slash)))) return this.fileExists(join(this.dir, file));
    const parts = file.split('/');
    let current = this.dir;
    for (const [position, part] of parts.entries()) {
      current = join(current, part);
      const folder = position < parts.length - 1;
      if (folder && this.checked.has(current)) continue;
      if (!folder) return this.fileExists(current);
      const stats = lstatSync(current, { throwIfNoEntry: false });
      if (stats?.isSymbolicLink()) throw new SiteFileError(relative(this.root, current), LINK_REFUSED);
      if (!stats) return false;
      this.checked.add(current);
    }
    return false;
  }

  /** Whether the file at `path` exists; a symbolic link is refused. */
  private fileExists(path: string): boolean {
    const stats = lstatSync(path, { throwIfNoEntry: false });
    if (stats?.isSymbolicLink()) throw new SiteFileError(relative(this.root, path), LINK_REFUSED);
    return stats !== undefined;
  }
}
