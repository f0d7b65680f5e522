import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { IncrementalSite } from '../incremental/incremental-site.ts';
import { OUTPUT_DIR, type SitePaths } from '../ingest/paths.ts';
import { syncSources, type SyncReport } from '../ingest/sync.ts';
import { INCLUDE_UNPUBLISHED_ENV } from '../site/publication.ts';
import { loadSettings } from '../site/settings.ts';
import { UserError } from '../user-error.ts';
import { parseCommandArgs, type Command } from './args.ts';
import { renderSite } from './build.ts';
import { printSourceProblems, reportFailure } from './report.ts';
import { PREVIEW_HOST, startPreviewServer } from './preview-server.ts';
import { watchSources } from './watch-sources.ts';

/** The preview has its own output folder, so it never replaces the built site in _site/. */
export const PREVIEW_DIR = `${OUTPUT_DIR}.preview`;

export function startCommand(paths: SitePaths): Command {
  const command: Command = {
    usage: `Usage: habar start [--port N]

Ingests content/sources, serves a preview (drafts and scheduled articles included) at
http://${PREVIEW_HOST}:8080/. When a source or its photo is added, changed or deleted, it
rewrites the pages that change and reloads the browser, then brings search up to date. A bad source
prints \`path:line: reason\`; the preview keeps its last good page. Restart it after
changing templates or settings.

Options:
  --port N    port to listen on (default 8080; 0 picks a free one)
  -h, --help  show this help
`,
    async run(args) {
      const parsed = parseCommandArgs(command, args, { port: { type: 'string', default: '8080' } });
      if (!parsed) return 0;
      const port = Number(parsed.values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port must be a port number, found "${String(parsed.values.port)}"`);
      process.env[INCLUDE_UNPUBLISHED_ENV] = '1';
      await mkdir(paths.sources, { recursive: true });
      const preview: SitePaths = { ...paths, output: join(paths.root, PREVIEW_DIR) };
      const sync = await syncSources(preview);
      report(sync);
      // A full build of the preview from the ingested articles, bad sources or not (they keep their
      // last good version), then a warm builder: each change rewrites only the pages it touches.
      await rm(preview.output, { recursive: true, force: true });
      const { read } = await renderSite(preview, preview.output, { written: sync.writtenFiles });
      const site = await IncrementalSite.open(preview, read);
      const server = await startPreviewServer(preview.output, port, loadSettings(paths.root).pathPrefix);
      process.stdout.write(`Preview at ${server.url} (Ctrl+C stops it)\n`);
      watchSources(paths.sources, async (names) => {
        try {
          const { sync, pagesRewritten, pagesRemoved } = await site.update(names);
          report(sync);
          if (pagesRewritten + pagesRemoved > 0) process.stdout.write(`Pages rewritten: ${pagesRewritten}, removed: ${pagesRemoved}\n`);
          server.reload();
          await site.refreshSearch();
        } catch (error) {
          // A problem in the site's files (an unreadable photo, a bad hand edit) must not stop the preview.
          reportFailure(error, 'The preview keeps its last good pages.');
        }
      });
      return new Promise<number>(() => undefined); // runs until stopped
    },
  };
  return command;
}

/** Prints what ingest did. */
function report(sync: SyncReport): void {
  printSourceProblems(sync);
  if (sync.errors.length > 0) process.stderr.write('The preview keeps the last good version of these articles.\n');
  for (const name of sync.written) process.stdout.write(`Updated from ${name}\n`);
  for (const file of sync.removed) process.stdout.write(`Removed ${file}\n`);
}

