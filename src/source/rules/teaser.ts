import { META_RULES } from '../clutter/table.ts';
import { isSentenceLine } from '../line-shape.ts';
import type { ParseState } from '../state.ts';

// A stamp with its view counter, as lists of reports print each item: `20.02.2026, 12:10 12386`.
const LISTED_STAMP = /\d{1,2}:\d{2},?\s+\d+$/u;

/**
 * Some outlets (kt.kz) follow a report with teasers of others, each opened by its stamp and view
 * counter and with no heading: once such a stamp comes after a paragraph of the report, the rest
 * of the page is teasers.
 */
export function teaser(state: ParseState): void {
  const firstParagraph = state.lines.find(isSentenceLine);
  if (!firstParagraph) return;
  const stamp = state.skipped.find((s) => s.rule === META_RULES.stamp.name && s.line > firstParagraph.line && LISTED_STAMP.test(s.text));
  if (!stamp) return;
  state.lines = state.lines.filter((line) => {
    const after = line.line > stamp.line;
    if (after) state.skipped.push({ line: line.line, text: line.text, rule: 'teaser of another report' });
    return !after;
  });
}
