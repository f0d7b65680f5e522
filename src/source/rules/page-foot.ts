import { isLabelLike, isSentenceLine } from '../line-shape.ts';
import type { ParseState } from '../state.ts';

// A line that introduces what follows (`Победители конкурса:`), or an item of a list (`…;`, `…,`).
const LIST_MARK = /[:;,]$/u;
// A speaker's role under the name that signs a quote (`руководитель управления спорта`).
const SMALL_LETTER = /^\p{Ll}/u;
// Someone's words: a short quote is no label.
const QUOTE = /^[«"“„]/u;
// Figures below the text are the report's data (a schedule's hours, a table's rows), not furniture.
const DIGIT = /\d/u;

/**
 * On a copied page (one whose clutter the table found), short labels left below the report's last
 * paragraph are the page's furniture the table does not know: a widget's heading (`Басқа
 * материалдар`), a button (`Back to top button`), a signature, the site's name. A report closes on a
 * sentence; the labels after it go, recorded, unless a line of the report introduces them as a list
 * (it ends in `:`), they are items of one or a quote, a line among them holds figures (a schedule:
 * `Понедельник` / `09:00-18:00`), or a line in small letters under a name signs a quote.
 */
export function pageFoot(state: ParseState): void {
  if (state.skipped.length === 0) return;
  const { lines } = state;
  let last = -1;
  for (let index = lines.length - 1; index >= 0 && last < 0; index--) if (isSentenceLine(lines[index]!)) last = index;
  if (last < 0 || last === lines.length - 1) return;
  const after = lines.slice(last + 1);
  if (after.some((line) => LIST_MARK.test(line.text) || SMALL_LETTER.test(line.text) || DIGIT.test(line.text))) return;
  state.lines = [
    ...lines.slice(0, last + 1),
    ...after.filter((line) => {
      const label = !line.verbatim && !line.text.startsWith('#') && !QUOTE.test(line.text) && isLabelLike(line.text);
      if (label) state.skipped.push({ line: line.line, text: line.text, rule: 'page foot' });
      return !label;
    }),
  ];
}
