import { lintSources } from '../check/lint.ts';
import { formatFinding } from '../check/finding.ts';
import type { SitePaths } from '../ingest/paths.ts';
import { parseCommandArgs, type Command } from './args.ts';

export function checkCommand(paths: SitePaths): Command {
  const command: Command = {
    usage: `Usage: habar check

Reads every source in content/sources and prints each problem as \`path:line: reason\`.
Errors (what fails a build: a bad date line, a title that is a lead paragraph, the same
report twice, the placeholder of \`habar new\`) make it exit 1. Warnings
(\`path:line: warning: reason\`) do not: a title that looks like page noise, no tags, no
attribution, a page stamp of another day, tags that look like one tag spelled two ways, a tag
mixing Latin and Cyrillic letters, an invisible joiner in a hashtag or separator in the title.
Notes (\`path:line: note: skipped "…" (rule)\`) list the page clutter the build leaves out.

Options:
  -h, --help  show this help
`,
    async run(args) {
      if (!parseCommandArgs(command, args, {})) return 0;
      const { sources, findings } = await lintSources(paths);
      for (const finding of findings) process.stdout.write(`${formatFinding(finding)}\n`);
      const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
      const errors = count('error');
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      process.stdout.write(`Checked ${plural(sources, 'source')}: ${plural(errors, 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('note'), 'clutter line')} skipped\n`);
      return errors > 0 ? 1 : 0;
    },
  };
  return command;
}
