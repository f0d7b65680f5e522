/**
 * Stage 8, cli: the `habar` command. Reads the arguments and settings once, runs build, start
 * (the live preview), check or new, and turns every failure a user can fix into one line.
 */
import { sitePaths } from '../core/paths.ts';
import type { SitePaths } from '../core/paths.ts';
import { printable } from '../core/printable.ts';
import type { Command } from './args.ts';
import { reportFailure } from './report.ts';
import { findSiteRoot } from './site-root.ts';
import { closestName } from './suggest.ts';

// Loaded on demand: `check`, `new` and `--help` start quickly without loading Eleventy.
// `cwd` is where the command was typed, which may be below the site's root.
const commands: Record<string, { summary: string; load(paths: SitePaths, cwd: string): Promise<Command> }> = {
  build: {
    summary: 'ingest content/sources into content/articles and build the site into _site/',
    load: async (paths) => (await import('./build-command.ts')).buildCommand(paths),
  },
  start: {
    summary: 'live preview: rebuilds and reloads the browser when a source changes',
    load: async (paths) => (await import('./start.ts')).startCommand(paths),
  },
  check: {
    summary: 'check every source (or the named ones) without building; exits 1 if one would fail the build',
    load: async (paths, cwd) => (await import('./check.ts')).checkCommand(paths, cwd),
  },
  new: {
    summary: 'create a draft source dated today (Asia/Almaty): habar new "Заголовок"',
    load: async (paths) => (await import('./new.ts')).newCommand(paths),
  },
};

async function main(argv: string[]): Promise<number> {
  const usage = `Usage: habar <command> [options]

Commands:
${Object.entries(commands).map(([name, command]) => `  ${name.padEnd(7)}  ${command.summary}`).join('\n')}

Run \`habar <command> --help\` for a command's options.
`;
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(usage);
    return name ? 0 : 1;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    const meant = closestName(name, Object.keys(commands));
    const unknown = printable(`habar: unknown command "${name}"`);
    process.stderr.write(meant ? `${unknown}; did you mean "${meant}"?\n` : `${unknown}\n\n${usage}`);
    return 1;
  }
  const cwd = process.cwd();
  // Every stage (Eleventy, the preview's builder process) works on the site in the working directory.
  const root = findSiteRoot(cwd);
  process.chdir(root);
  return (await command.load(sitePaths(root), cwd)).run(args);
}

const argv = process.argv.slice(2);
main(argv).then(
  (code) => { process.exitCode = code; },
  // Only a build has a last built site to leave as it was.
  (error: unknown) => { process.exitCode = reportFailure(error, argv[0] === 'build' ? undefined : ''); },
);
