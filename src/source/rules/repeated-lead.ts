import type { ParseState } from '../state.ts';

/**
 * Some pages print their summary above the share row and again as the lead (tengrinews.kz):
 * the first paragraph, printed once more right after it with page matter or a blank line between
 * the copies, is published once. So is a copy on the adjacent line of a copied page (one whose
 * clutter was found: `• 12248 просмотров` above a summary and the lead alike); in a clean source two
 * adjacent copies stay: nothing shows a page did it.
 */
export function repeatedLead(state: ParseState): void {
  const [first, second] = state.lines;
  if (!first || !second || first.verbatim || second.verbatim || first.text !== second.text || (second.line === first.line + 1 && state.skipped.length === 0)) return;
  state.lines.splice(1, 1);
  state.skipped.push({ line: second.line, text: second.text, rule: 'summary repeated as the lead' });
}
