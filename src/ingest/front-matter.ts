import matter from 'gray-matter';
import { SiteFileError } from '../core/errors.ts';

// gray-matter takes the word after the opening `---` as the front matter's language, and runs
// `---js` front matter as JavaScript. Articles are data: only a `---` line alone opens front matter
// (as gray-matter reads it: after one BOM, and not `----`, which opens none).
const OPENER = /^\uFEFF?---(?!-)([^\r\n]*)/;

// An options object turns off gray-matter's cache, which would otherwise keep every file in memory.
const YAML = {};
// Front matter skipped, not parsed, where the article's fields were read with it already.
const BODY_ONLY = { engines: { yaml: () => ({}) } };

/** The YAML front matter of the Markdown file `file` (for messages), whose text is `text`. */
export function readFrontMatter(text: string, file: string): Record<string, unknown> {
  checkOpener(text, file);
  try {
    return matter(text, YAML).data as Record<string, unknown>;
  } catch (error) {
    throw new SiteFileError(file, `the front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** The Markdown body of `text`, exactly what follows the front matter readFrontMatter reads. */
export function bodyOf(text: string, file: string): string {
  checkOpener(text, file);
  return matter(text, BODY_ONLY).content;
}

function checkOpener(text: string, file: string): void {
  const language = OPENER.exec(text)?.[1]!.trim();
  if (language) {
    throw new SiteFileError(file, `front matter must be YAML, opened by a line "---" alone, found "---${language.slice(0, 40)}"; make the first line ---`);
  }
}
