import { isLabelLike, isSentenceLine } from '../line-shape.ts';
import type { ParseState } from '../state.ts';

/**
 * On a copied page (one whose clutter the table found), short labels left above the first
 * paragraph are the page's furniture the table does not know: menu items, a section, an author's
 * name. A report never opens with a line of three words or fewer, so they go, recorded.
 */
export function pageHead(state: ParseState): void {
  if (state.skipped.length === 0) return;
  const paragraph = state.lines.findIndex(isSentenceLine);
  if (paragraph <= 0) return;
  state.lines = state.lines.filter((line, index) => {
    const label = index < paragraph && !line.verbatim && !line.text.startsWith('#') && isLabelLike(line.text) && line.text.split(' ').length <= 3;
    if (label) state.skipped.push({ line: line.line, text: line.text, rule: 'page head' });
    return !label;
  });
}
