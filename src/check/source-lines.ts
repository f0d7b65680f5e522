import type { Article } from '../source/article.ts';
import { normalizeLines } from '../source/normalize.ts';

/** Where the parts of a parsed source are, so that a warning can name a line. */
export interface SourceLines {
  title: number;
  lead: number;
  /** The hashtag line, or the last line when there is none (where tags would go). */
  tags: number;
  /** The last line of the last paragraph. */
  last: number;
}

export function locateLines(text: string, article: Article): SourceLines {
  const lines = normalizeLines(text);
  const title = lines.find((l) => /^date\s/i.test(l.text))?.line ?? 1;
  const lead = lines.find((l) => l.line > title && l.text === article.paragraphs[0])?.line ?? title;
  const end = article.paragraphs.at(-1);
  const last = end === undefined ? undefined : [...lines].reverse().find((l) => l.line > title && l.text !== '' && end.endsWith(l.text))?.line;
  return { title, lead, tags: lines.at(-1)?.line ?? title, last: last ?? lead };
}
