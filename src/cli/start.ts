import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { SitePaths } from '../core/paths.ts';
import { loadSettings, type BuildSettings } from '../core/settings/settings.ts';
import { printable } from '../core/printable.ts';
import { UserError } from '../core/user-error.ts';
import { parseCommandArgs, type Command } from './args.ts';
import { reportFailure } from './report.ts';
import { PREVIEW_DIR, PreviewProcess } from './preview-process.ts';
import { PREVIEW_HOST, startPreviewServer } from '../render/preview-server.ts';
import { watchTemplates } from './watch-templates.ts';

const STILL_SERVED = 'The last preview is still served; save a fix to render it again.';

export function startCommand(paths: SitePaths): Command {
  const command: Command = {
    name: 'start',
    usage: `Usage: habar start [--port N]

Ingests content/sources, serves a preview (drafts and scheduled articles included) at
http://${PREVIEW_HOST}:8080/. When a source or its photo is added, changed or deleted, it
rewrites the pages that change and reloads the browser, then brings search up to date. A bad source
prints \`path:line: reason\`; the preview keeps its last good page. When a template, layout, asset
or setting (content/, content/_data/, content/assets/, layouts/) is saved, it renders the whole
preview again; a new pathPrefix moves the preview to its address on the same port.

Options:
  --port N    port to listen on (default 8080; 0 picks a free one)
  -h, --help  show this help
`,
    async run(args) {
      const parsed = parseCommandArgs(command, args, { port: { type: 'string', default: '8080' } });
      if (!parsed) return 0;
      const port = Number(parsed.values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port must be a port number, found "${String(parsed.values.port)}"`);
      // site.json is read again for each whole render: an editor may have changed it.
      const readSettings = () => loadSettings(paths.root, process.env, { includeUnpublished: true });
      let settings = readSettings();
      await mkdir(paths.sources, { recursive: true });
      let reloadBrowsers = () => {};
      let builder: PreviewProcess;
      try {
        builder = await PreviewProcess.start(paths.root, settings, () => reloadBrowsers());
      } catch {
        return 1; // the builder has said why
      }
      const dir = join(paths.root, PREVIEW_DIR);
      let server = await startPreviewServer(dir, port, settings.site.pathPrefix);
      reloadBrowsers = () => server.reload();
      // A new builder process, since Node cannot load a changed module again in the same one.
      watchTemplates(paths.root, async (files) => {
        process.stdout.write(`Changed ${printable(files.join(', '))}: rendering the whole preview again…\n`);
        let next: BuildSettings;
        try {
          next = readSettings();
        } catch (error) {
          reportFailure(error);
          process.stderr.write(`${STILL_SERVED}\n`);
          return;
        }
        await builder.stop();
        try {
          builder = await PreviewProcess.start(paths.root, next, reloadBrowsers);
        } catch {
          process.stderr.write(`${STILL_SERVED}\n`);
          return;
        }
        process.stdout.write('Preview rendered again\n');
        const { pathPrefix } = settings.site;
        settings = next;
        if (next.site.pathPrefix === pathPrefix) return reloadBrowsers();
        // The dev server takes its path prefix once, when it starts.
        await server.close();
        server = await startPreviewServer(dir, Number(new URL(server.url).port), next.site.pathPrefix);
        process.stdout.write(`The path prefix is now ${next.site.pathPrefix}: preview at ${server.url}\n`);
      });
      // Announced once the templates are watched: an edit made on seeing it is never missed.
      process.stdout.write(`Preview at ${server.url} (Ctrl+C stops it)\n`);
      return new Promise<number>(() => undefined); // runs until stopped
    },
  };
  return command;
}
