import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { whileWriting } from '../file-errors.ts';
import type { SitePaths } from '../ingest/paths.ts';
import { MAX_SLUG_LENGTH } from '../slug/allocator.ts';
import { PLACEHOLDER_PARAGRAPH } from '../source/rules/placeholder.ts';
import { toSlug, truncateSlug } from '../slug/transliterate.ts';
import { today } from '../time/today.ts';
import { UserError } from '../user-error.ts';
import { parseCommandArgs, type Command } from './args.ts';

/**
 * A new source starts as a draft: its placeholder text can never reach the public site
 * until the editor has written the article and deleted the `draft` line.
 */
export function newSourceText(date: string, title: string): string {
  return `draft\ndate ${date} ${title}\n\n${PLACEHOLDER_PARAGRAPH}\n`;
}

/** `2026-01-27-<slug>.txt`: sorted by date in a file list, and the subject readable at a glance. */
export function newSourceName(date: string, title: string): string {
  return `${date}-${truncateSlug(toSlug(title), MAX_SLUG_LENGTH) || 'article'}.txt`;
}

export function newCommand(paths: SitePaths): Command {
  const command: Command = {
    name: 'new',
    usage: `Usage: habar new "Заголовок"

Creates content/sources/YYYY-MM-DD-<slug>.txt dated today in Asia/Almaty, marked as a draft.
Write the article, then delete its first line \`draft\` to publish it. An existing file is never
overwritten.

Options:
  -h, --help  show this help
`,
    async run(args) {
      const parsed = parseCommandArgs(command, args, {}, true);
      if (!parsed) return 0;
      const title = parsed.positionals.join(' ').replace(/\s+/g, ' ').trim();
      if (title === '') throw new UserError(`the title is missing\n\n${command.usage}`);
      const date = today(process.env);
      const path = join(paths.sources, newSourceName(date, title));
      const shown = relative(paths.root, path);
      await mkdir(paths.sources, { recursive: true });
      try {
        // `wx` fails if the file exists, with no window between checking and writing.
        await writeFile(path, newSourceText(date, title), { flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
          throw new UserError(`${shown} already exists; it was left as it was. Edit it, or choose another title`);
        }
        throw whileWriting(error);
      }
      process.stdout.write(`Created ${shown} (a draft: delete its first line \`draft\` to publish it)\n`);
      return 0;
    },
  };
  return command;
}
