import { spawnSync } from 'node:child_process';
import { parse } from 'node:path';
import { DateTime } from 'luxon';
import { NEWSROOM_ZONE } from '../time/today.ts';
import { PHOTO_EXTENSIONS } from './photos.ts';

/**
 * When a source last changed, by the site's git history: the Almaty day of the last commit that
 * touched the source or its photo (its author date, as Hugo's `enableGitInfo` dates a page). A
 * correction is dated by it, so a build from a fresh clone, where content/articles is as last
 * committed, dates it the same on whatever day it runs.
 */
export class SourceHistory {
  /** Files of the sources folder that differ from the last commit, read once; null without a repository. */
  private changed?: Set<string> | null;

  constructor(private readonly sourcesDir: string) {}

  /**
   * `YYYY-MM-DD`, or undefined where the history cannot tell: no git or no repository, or the source
   * or its photo changed since the last commit (or was never committed). In a shallow clone, a change
   * older than the history it holds is dated by its oldest commit.
   */
  lastChange(name: string): string | undefined {
    const changed = (this.changed ??= this.uncommitted());
    const stem = parse(name).name;
    if (!changed || changed.has(name) || changed.has(photoKey(stem))) return undefined;
    const photos = PHOTO_EXTENSIONS.map((extension) => `:(literal,icase)${stem}${extension}`);
    const date = git(this.sourcesDir, ['log', '-1', '--format=%aI', '--', `:(literal)${name}`, ...photos])?.trim();
    return date ? (DateTime.fromISO(date, { setZone: true }).setZone(NEWSROOM_ZONE).toISODate() ?? undefined) : undefined;
  }

  private uncommitted(): Set<string> | null {
    const prefix = git(this.sourcesDir, ['rev-parse', '--show-prefix'])?.replace(/\n$/, '');
    // `--no-optional-locks`: status does not rewrite the index, which the editor's own git may be using.
    const status = prefix === undefined ? undefined : git(this.sourcesDir, ['--no-optional-locks', 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', '.']);
    if (prefix === undefined || status === undefined) return null;
    const changed = new Set<string>();
    // Entries are `XY path`, the path from the repository's root (`-z`: unquoted).
    for (const entry of status.split('\0')) {
      const name = entry.slice(3 + prefix.length);
      if (entry.length === 0 || name.includes('/')) continue;
      const { name: stem, ext } = parse(name);
      changed.add(PHOTO_EXTENSIONS.includes(ext.toLowerCase()) ? photoKey(stem) : name);
    }
    return changed;
  }
}

/** How a changed photo is noted among changed file names: by its source's base name, whatever its extension. */
function photoKey(stem: string): string {
  return `\0photo:${stem}`;
}

/** git's output, or undefined when git is missing or fails (not a repository, say). */
function git(cwd: string, args: string[]): string | undefined {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : undefined;
}
