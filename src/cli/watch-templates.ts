import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../core/paths.ts';
import { changeBatches } from './change-batches.ts';

/** The folders of a site root whose files make its pages: templates, settings and data, assets, layouts. */
const TEMPLATE_DIRS = [CONTENT_DIR, `${CONTENT_DIR}/_data`, `${CONTENT_DIR}/assets`, 'layouts'];
/** Entries of content/ that are not templates: ingest's input and output, watched or written elsewhere. */
const NOT_TEMPLATES = new Set(['sources', 'articles']);
/** Editors' backup and swap files (`.site.css.swp`, `base.ts~`). */
const EDITOR_LEFTOVER = /^\.|~$/;

/**
 * Calls `onChange` with the files changed in the template folders of the site at `root` (paths
 * from the root), once per burst of changes, never twice at the same time.
 */
export function watchTemplates(root: string, onChange: (files: string[]) => Promise<void>): () => void {
  const batches = changeBatches(onChange);
  const watchers: FSWatcher[] = [];
  for (const dir of TEMPLATE_DIRS) {
    try {
      watchers.push(watch(join(root, dir), (_event, name) => {
        if (!name || EDITOR_LEFTOVER.test(name) || (dir === CONTENT_DIR && NOT_TEMPLATES.has(name))) return;
        batches.add(`${dir}/${name}`);
      }));
    } catch {
      // A folder this site does not have.
    }
  }
  return () => {
    batches.stop();
    for (const watcher of watchers) watcher.close();
  };
}
