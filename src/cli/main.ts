import { sitePaths } from '../ingest/paths.ts';
import type { Command } from './args.ts';
import { buildCommand } from './build-command.ts';
import { checkCommand } from './check.ts';
import { newCommand } from './new.ts';
import { reportFailure } from './report.ts';
import { startCommand } from './start.ts';

async function main(argv: string[]): Promise<number> {
  const paths = sitePaths(process.cwd());
  const commands: Record<string, Command> = {
    build: buildCommand(paths),
    start: startCommand(paths),
    check: checkCommand(paths),
    new: newCommand(paths),
  };
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
  const command = commands[name];
  if (!command) {
    process.stderr.write(`habar: unknown command "${name}"\n\n${usage}`);
    return 1;
  }
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => { process.exitCode = reportFailure(error); },
);
