import { META_RULES } from '../clutter/table.ts';
import type { ParseState } from '../state.ts';

/**
 * Some pages print the start of a report twice, each copy under the same stamp: a teaser, then the
 * full text (`Jeksenbi, 10 maýsym 2012 0:25` above both). The first copy leaves, recorded; every
 * sentence stays once, in the full text.
 */
export function repeatedText(state: ParseState): void {
  const stamps = state.skipped.filter((s) => s.rule === META_RULES.stamp.name);
  for (const [index, stamp] of stamps.entries()) {
    const again = stamps.slice(index + 1).find((s) => s.text === stamp.text);
    if (!again) continue;
    const teaser = state.lines.filter((line) => line.line > stamp.line && line.line < again.line);
    const full = state.lines.filter((line) => line.line > again.line);
    if (teaser.length === 0 || teaser.some((line, k) => line.verbatim || line.text !== full[k]?.text)) continue;
    for (const line of teaser) state.skipped.push({ line: line.line, text: line.text, rule: 'text repeated' });
    state.lines = state.lines.filter((line) => !teaser.includes(line));
    return;
  }
}
