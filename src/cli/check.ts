import { lintSources } from '../check/lint.ts';
import { formatFinding } from '../check/finding.ts';
import type { SitePaths } from '../ingest/paths.ts';
import { parseCommandArgs, type Command } from './args.ts';

export function checkCommand(paths: SitePaths): Command {
  const command: Command = {
    usage: `Usage: habar check

Reads every source in content/sources and prints each problem as \`path:line: reason\`.
Errors (what fails a build) make it exit 1; warnings (\`path:line: warning: reason\`) do not:
a title that looks like page noise, no tags, no attribution, the same report twice, tags
that look like one tag spelled two ways.

Options:
  -h, --help  show this help
`,
    async run(args) {
      if (!parseCommandArgs(command, args, {})) return 0;
      const { sources, findings } = await lintSources(paths);
      for (const finding of findings) process.stdout.write(`${formatFinding(finding)}\n`);
      const errors = findings.filter((f) => f.severity === 'error').length;
      const warnings = findings.length - errors;
      process.stdout.write(`Checked ${sources} source${sources === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
      return errors > 0 ? 1 : 0;
    },
  };
  return command;
}
