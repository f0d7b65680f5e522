import { lstatSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { lintSources } from '../check/lint.ts';
import { formatFinding } from '../check/finding.ts';
import { LINK_REFUSED } from '../ingest/links.ts';
import { loadSettings } from '../core/settings/settings.ts';
import type { SitePaths } from '../core/paths.ts';
import { printable } from '../core/printable.ts';
import { UserError } from '../core/user-error.ts';
import { parseCommandArgs, type Command } from './args.ts';

export function checkCommand(paths: SitePaths, cwd: string): Command {
  const command: Command = {
    name: 'check',
    usage: `Usage: habar check [FILE...]

Reads every source in content/sources, or only the named ones, and prints each problem as
\`path:line: reason\`. Errors (what fails a build: a bad date line, a title that is a lead
paragraph, the same report twice, the placeholder of \`habar new\`) make it exit 1. Warnings
(\`path:line: warning: reason\`) do not: a title that looks like page noise, no tags, no
attribution, a page stamp of another day, a lead pasted on the date line over the headline found
under it, tags that look like one tag spelled two ways (unless tagSpellings joins them), a tag
mixing Latin and Cyrillic letters, an invisible joiner in a hashtag or separator in the title.
Notes (\`path:line: note: skipped "…" (rule)\`) list the page clutter the build leaves out.
Named sources are still compared with all the others (the same report twice, look-alike tags).

Options:
  -h, --help  show this help
`,
    async run(args) {
      const parsed = parseCommandArgs(command, args, {}, true);
      if (!parsed) return 0;
      const only = parsed.positionals.length > 0 ? namedSources(paths, cwd, parsed.positionals) : undefined;
      // Spellings the settings join are no look-alikes, nor are tags of different editions.
      const { sources, findings } = await lintSources(paths, only, loadSettings(paths.root, process.env).site);
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

/** The source names the FILE arguments (relative to where the command was typed) stand for; a UserError for the first that is no source. */
function namedSources(paths: SitePaths, cwd: string, files: string[]): Set<string> {
  const names = new Set<string>();
  for (const file of files) {
    const path = resolve(cwd, file);
    const stats = lstatSync(path, { throwIfNoEntry: false });
    const refuse = (reason: string) => new UserError(printable(`${file}: ${reason}`));
    if (dirname(path) !== paths.sources || !path.endsWith('.txt')) throw refuse('not a source; habar check reads the .txt files in content/sources');
    if (!stats) throw refuse('no such file in content/sources');
    if (stats.isSymbolicLink()) throw refuse(LINK_REFUSED);
    if (!stats.isFile()) throw refuse('not a source; habar check reads the .txt files in content/sources');
    names.add(basename(path));
  }
  return names;
}
