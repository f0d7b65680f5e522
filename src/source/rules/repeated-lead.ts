import { META_RULES } from '../clutter/table.ts';
import type { ParseState } from '../state.ts';

const META_NAMES = new Set<string>([META_RULES.stamp.name, META_RULES.counter.name]);

/**
 * Some pages print their summary above the share row and again as the lead (tengrinews.kz):
 * the first paragraph, printed once more right after it with page matter or a blank line between
 * the copies, is published once. So is a copy on the adjacent line under the page's stamp or view
 * counter (`• 12248 просмотров` above a summary and the lead alike); elsewhere two adjacent copies
 * stay: nothing shows a page did it.
 */
// An excerpt cut off with dots: `… В их числе и национал...`.
const CUT_DOTS = /(?:\.{3}|…)$/u;
const EXCERPT_SHORTEST = 40;

/**
 * The lead's start, cut off with dots, printed above the lead as the page's summary (kapital.kz:
 * `… В их числе и национал...` over `… В их числе и национальная лига …`): the lead holds every word of it.
 */
function cutExcerpt(state: ParseState): void {
  const [first, second] = state.lines;
  if (!first || !second || first.verbatim || second.verbatim || !CUT_DOTS.test(first.text)) return;
  const body = first.text.replace(CUT_DOTS, '');
  if (body.length < EXCERPT_SHORTEST || !second.text.startsWith(body) || second.text.length <= body.length) return;
  state.lines.shift();
  state.skipped.push({ line: first.line, text: first.text, rule: 'summary repeated as the lead' });
}

export function repeatedLead(state: ParseState): void {
  cutExcerpt(state);
  const [first, second] = state.lines;
  if (!first || !second || first.verbatim || second.verbatim || first.text !== second.text || (second.line === first.line + 1 && !state.skipped.some((s) => s.line < first.line && META_NAMES.has(s.rule)))) return;
  state.lines.splice(1, 1);
  state.skipped.push({ line: second.line, text: second.text, rule: 'summary repeated as the lead' });
}
