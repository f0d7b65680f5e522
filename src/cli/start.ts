import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import Eleventy from '@11ty/eleventy';
import type UserConfig from '@11ty/eleventy/UserConfig';
import { OUTPUT_DIR, type SitePaths } from '../ingest/paths.ts';
import { outputFolderOf } from '../ingest/placement.ts';
import { syncSources } from '../ingest/sync.ts';
import { INCLUDE_UNPUBLISHED_ENV } from '../site/publication.ts';
import { UserError } from '../user-error.ts';
import { parseCommandArgs, type Command } from './args.ts';
import { CONFIG_PATH } from './render.ts';
import { printSourceProblems } from './report.ts';
import { bindToLoopback, PREVIEW_HOST } from './preview-server.ts';
import { quietBenchmarks } from './quiet-benchmarks.ts';
import { watchSources } from './watch-sources.ts';

/** The preview has its own output folder, so it never replaces the built site in _site/. */
export const PREVIEW_DIR = `${OUTPUT_DIR}.preview`;

export function startCommand(paths: SitePaths): Command {
  const command: Command = {
    usage: `Usage: habar start [--port N]

Ingests content/sources, serves a preview (drafts and scheduled articles included) at
http://${PREVIEW_HOST}:8080/ and rebuilds it when a source is added, changed or deleted.
A bad source prints \`path:line: reason\`; the preview keeps its last good page.

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
      const output = join(paths.root, PREVIEW_DIR);
      await ingest(paths, output);

      const eleventy = new Eleventy(undefined, output, {
        configPath: CONFIG_PATH,
        quietMode: true,
        runMode: 'serve',
        config: (eleventyConfig: UserConfig) => {
          quietBenchmarks(eleventyConfig);
          eleventyConfig.setServerOptions({
            port,
            messageOnStart: () => false,
            ready: (server: { getServerUrl(host: string): string }) => {
              process.stdout.write(`Preview at ${server.getServerUrl(PREVIEW_HOST)} (Ctrl+C stops it)\n`);
            },
          });
        },
      });
      await eleventy.init();
      await bindToLoopback(eleventy);
      // Eleventy watches content/articles (habar's plugin adds it): every article ingest writes or
      // removes also changes registry.json there, and that rebuilds the preview and reloads the browser.
      await eleventy.watch();
      await eleventy.serve(port);
      watchSources(paths.sources, () => ingest(paths, output));
      return new Promise<number>(() => undefined); // runs until stopped
    },
  };
  return command;
}

/** Ingests and prints what happened. */
async function ingest(paths: SitePaths, output: string): Promise<void> {
  const report = await syncSources(paths);
  printSourceProblems(report);
  if (report.errors.length > 0) process.stderr.write('The preview keeps the last good version of these articles.\n');
  for (const name of report.written) process.stdout.write(`Updated from ${name}\n`);
  for (const file of report.removed) {
    // Eleventy never deletes pages it wrote before; a removed article's page would linger.
    await rm(join(output, outputFolderOf(file)), { recursive: true, force: true });
    process.stdout.write(`Removed ${file}\n`);
  }
}
