import { relative } from 'node:path';
import type { SitePaths } from '../ingest/paths.ts';
import { limitHeapGrowthOfLargeArchives } from '../process/heap-growth.ts';
import { loadSettings, SETTINGS_FILE } from '../site/settings.ts';
import { parseCommandArgs, type Command } from './args.ts';
import { buildSite } from './build.ts';
import { createProgress } from './progress.ts';
import { reportSync } from './report.ts';
import { formatSummary, summarizeSite } from './summary.ts';

export function buildCommand(paths: SitePaths): Command {
  const command: Command = {
    name: 'build',
    usage: `Usage: habar build [--drafts] [--full]

Ingests content/sources into content/articles, then builds the site into _site/.
Drafts and articles dated after today (Asia/Almaty) are left out and listed.
When only articles changed since the last build (same templates, layouts, assets,
settings and habar), only the pages and search bundles they change are written.

Options:
  --drafts    include drafts and scheduled articles
  --full      write every page, whatever the last build wrote
  -h, --help  show this help
`,
    async run(args) {
      const parsed = parseCommandArgs(command, args, { drafts: { type: 'boolean' }, full: { type: 'boolean' } });
      if (!parsed) return 0;
      const settings = loadSettings(paths.root, process.env, { includeUnpublished: parsed.values.drafts === true });
      if (settings.siteFileMissing) process.stderr.write(`${SETTINGS_FILE} not found: the site is built with the default settings (see "Site settings" in README.md)\n`);
      limitHeapGrowthOfLargeArchives(paths.sources);
      const started = performance.now();
      const progress = createProgress(process.stdout, 'Ingesting sources');
      const result = await buildSite(paths, settings, {
        lastBuild: parsed.values.full ? 'full' : 'update',
        onProgress: (done, total) => {
          progress.update(done, total);
          if (done === total) progress.step('Writing pages…');
        },
      });
      progress.finish();
      if (!reportSync(result.sync)) return 1;
      const summary = summarizeSite(result.read?.stored ?? [], settings, result.sync.registry);
      const seconds = (performance.now() - started) / 1000;
      const output = relative(paths.root, paths.output);
      const { updated } = result;
      process.stdout.write(updated
        ? `Updated ${output}/: only what changed since the last build (${updated.pagesRemoved} pages removed, ${updated.bundlesIndexed} search bundles indexed; --full writes every page)\n`
        : `Built the site into ${output}/\n`);
      process.stdout.write(formatSummary(summary, { pagesWritten: result.pagesWritten, errors: 0, seconds }, settings));
      return 0;
    },
  };
  return command;
}
