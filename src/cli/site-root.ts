import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SETTINGS_FILE } from '../core/paths.ts';

/**
 * The site a command started in `cwd` works on: the nearest folder at or above `cwd` holding
 * `content/_data/site.json`, so `habar` runs from any folder of a site as git does from any folder
 * of a repository; `cwd` itself when there is none (`habar new` in an empty folder starts a site there).
 */
export function findSiteRoot(cwd: string): string {
  for (let folder = cwd; ; folder = dirname(folder)) {
    if (existsSync(join(folder, SETTINGS_FILE))) return folder;
    if (dirname(folder) === folder) return cwd;
  }
}
