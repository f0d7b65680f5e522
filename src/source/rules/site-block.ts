import { isHeadlineLike, isSentenceLine, wordCount } from '../line-shape.ts';
import type { ParseState } from '../state.ts';

// The site's own copyright line, its years and name: `© 2002 – 2025 LADA.KZ`, `© 2025 Site.kz`.
const SITE_COPYRIGHT = /^©\s*(?:\d{4}\s*[-–—]\s*)?\d{4}\b/u;
// The report's headline under it: a headline of four words or more.
const HEADLINE_WORDS_MIN = 4;

/**
 * A copy that opens with the site's whole menu block, header and footer (mobile pages print them together:
 * `Курсы валют …` / `Контакты редакции:` / `+7 (7292) …, site@…` / `Адрес редакции:` / `130000, г.Актау, …` /
 * `© 2002 – 2025 LADA.KZ`), closes that block with the site's copyright line: when the report's headline
 * comes after it, above the first paragraph, every line above it is the page's (phones, addresses, menu
 * labels the table does not know). Only when no line up there is a sentence of the text.
 */
export function siteBlock(state: ParseState): void {
  // A headline closing on its question mark reads as a sentence: the first paragraph is no headline.
  const first = state.lines.findIndex((line) => !line.fromTitle && isSentenceLine(line) && !isHeadlineLike(line.text));
  if (first <= 0) return;
  const end = state.skipped.filter((s) => s.rule === 'copyright notice' && s.line < state.lines[first]!.line && SITE_COPYRIGHT.test(s.text)).at(-1);
  if (!end) return;
  const above = state.lines.filter((line) => line.line < end.line);
  if (above.length === 0 || above.some((line) => line.verbatim || (isSentenceLine(line) && !isHeadlineLike(line.text)))) return;
  const headed = state.lines.slice(0, first).some((line) => line.line > end.line && !line.verbatim && isHeadlineLike(line.text) && wordCount(line.text) >= HEADLINE_WORDS_MIN);
  if (!headed) return;
  for (const line of above) state.skipped.push({ line: line.line, text: line.text, rule: 'page head' });
  state.lines = state.lines.filter((line) => line.line > end.line);
}
