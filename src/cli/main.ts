import { sitePaths } from '../ingest/paths.ts';
import type { SitePaths } from '../ingest/paths.ts';
import type { Command } from './args.ts';
import { reportFailure } from './report.ts';

// Loaded on demand: `check`, `new` and `--help` start quickly without loading Eleventy.
const commands: Record<string, { summary: string; load(paths: SitePaths): Promise<Command> }> = {
  build: {
    summary: 'ingest content/sources into content/articles and build the site into _site/',
    load: async (paths) => (await import('./build-command.ts')).buildCommand(paths),
  },
  start: {
    summary: 'live preview: rebuilds and reloads the browser when a source changes',
    load: async (paths) => (await import('./start.ts')).startCommand(paths),
  },
  check: {
    summary: 'check every source without building; exits 1 if a source would fail the build',
    load: async (paths) => (await import('./check.ts')).checkCommand(paths),
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
    process.stderr.write(`habar: unknown command "${name}"\n\n${usage}`);
    return 1;
  }
  return (await command.load(sitePaths(process.cwd()))).run(args);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => { process.exitCode = reportFailure(error); },
);
