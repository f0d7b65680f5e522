import type { ParseState } from '../state.ts';
import { attributionIn } from './attribution.ts';

// The lead names its outlet within its first lines; a label above it is one or two words.
const LEAD_LINES = 3;
const LABEL_LONGEST = 40;
// A domain's ending, which a page's label of the outlet leaves out: `ulysmedia.kz` → `Ulysmedia`.
const DOMAIN_END = /\.(?:kz|ru|com|org|net|info|news)$/u;

function fold(name: string): string {
  return name.toLowerCase().replace(/[«»"“”]/gu, '').trim().replace(DOMAIN_END, '');
}

/**
 * The outlet's name alone on a line above the lead that names it (`Ulysmedia` over `…, деп
 * хабарлайды ulysmedia.kz.`) is the page's label, no paragraph: left out.
 */
export function outletLabel(state: ParseState): void {
  const top = state.lines.slice(0, LEAD_LINES);
  const label = top.findIndex((line) => !line.verbatim && line.text.length <= LABEL_LONGEST && !/\s\S+\s/u.test(line.text));
  if (label < 0) return;
  const lead = top.slice(label + 1).find((line) => attributionIn(line.text));
  const outlet = lead && attributionIn(lead.text)!.outlet;
  const line = state.lines[label]!;
  if (!outlet || fold(line.text) !== fold(outlet)) return;
  state.lines.splice(label, 1);
  state.skipped.push({ line: line.line, text: line.text, rule: 'outlet label' });
}
