/**
 * The preview's builder, in a child process of `habar start` (preview-process.ts), so that starting
 * it again loads the site's templates and layouts afresh: Node keeps every module it has imported,
 * the TypeScript layouts among them. Its first argument is the settings `habar start` read, as JSON.
 * It ingests the sources, renders the whole preview into a fresh folder that replaces the last one
 * only once complete, then keeps a warm builder that rewrites the pages each source change touches. It tells its parent `ready` once the preview is on
 * disk and `changed` after each update; a failure to render the whole preview ends it with code 1.
 */
import { join } from 'node:path';
import { IncrementalSite } from '../build/incremental/incremental-site.ts';
import { sitePaths, type SitePaths } from '../core/paths.ts';
import type { SyncReport } from '../ingest/sync.ts';
import { printable } from '../core/printable.ts';
import type { BuildSettings } from '../core/settings/settings.ts';
import { buildSite } from '../build/build.ts';
import { PREVIEW_DIR, type PreviewMessage } from './preview-process.ts';
import { printSourceProblems, reportFailure } from './report.ts';
import { watchSources } from './watch-sources.ts';

/** Builds the whole preview, bad sources or not (they keep their last good version), and opens a warm builder on it. */
async function openPreview(paths: SitePaths, settings: BuildSettings): Promise<IncrementalSite> {
  const preview: SitePaths = { ...paths, output: join(paths.root, PREVIEW_DIR) };
  // No record of the last build: the warm builder changes the preview in place from here on.
  const { sync, read, pages } = await buildSite(preview, settings, { despiteBadSources: true, lastBuild: 'none' });
  report(sync);
  return IncrementalSite.open(preview, settings, read && pages && { read, pages });
}

/** Prints what ingest did. */
function report(sync: SyncReport): void {
  printSourceProblems(sync);
  if (sync.errors.length > 0) process.stderr.write('The preview keeps the last good version of these articles.\n');
  for (const name of sync.written) process.stdout.write(`Updated from ${printable(name)}\n`);
  for (const file of sync.removed) process.stdout.write(`Removed ${printable(file)}\n`);
}

function tell(message: PreviewMessage): void {
  process.send!(message);
}

// Ends with `habar start`, however that ends.
process.on('disconnect', () => process.exit());

const paths = sitePaths(process.cwd());
const settings = JSON.parse(process.argv[2]!) as BuildSettings;
let opened!: (site: IncrementalSite) => void;
const warm = new Promise<IncrementalSite>((resolve) => (opened = resolve));
// Watched before the preview is rendered, not after: a source saved while it renders (after ingest
// has read the sources) is taken up once the warm builder is ready, instead of being missed.
watchSources(paths.sources, async (names) => {
  const site = await warm;
  try {
    const { sync, pagesRewritten, pagesRemoved } = await site.update(names);
    report(sync);
    if (pagesRewritten + pagesRemoved > 0) process.stdout.write(`Pages rewritten: ${pagesRewritten}, removed: ${pagesRemoved}\n`);
    tell('changed');
    await site.refreshSearch();
  } catch (error) {
    // A problem in the site's files (an unreadable photo, a bad hand edit) must not stop the preview.
    reportFailure(error, 'The preview keeps its last good pages.');
  }
});
try {
  opened(await openPreview(paths, settings));
} catch (error) {
  process.exit(reportFailure(error, 'The preview was not rendered.'));
}
tell('ready');
