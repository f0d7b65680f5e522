import type { ParseState } from '../state.ts';

// A page's summary signed with its outlet and date: `… заявил Песков. РИА Новости, 23.09.2025`.
const SIGNED = /^(.{20,400}?[.!?…»"])\s+[\p{Lu}][\p{L}\d .«»"-]{1,40},\s+\d{2}\.\d{2}\.\d{4}$/u;
// Tested first: most lines do not end in a date.
const DATE_LAST = /\d{2}\.\d{2}\.\d{4}$/u;

/**
 * Some pages print the summary of a report above its text, signed `Outlet, DD.MM.YYYY`; the lead
 * below says the same. The summary leaves, recorded, when a later line holds its words; a summary
 * with no such line stays, being the only copy of its sentences.
 */
export function signedSummary(state: ParseState): void {
  const { lines } = state;
  const summary = lines.findIndex((line) => !line.verbatim && DATE_LAST.test(line.text) && SIGNED.test(line.text));
  if (summary < 0) return;
  const line = lines[summary]!;
  const body = SIGNED.exec(line.text)![1]!;
  if (!lines.slice(summary + 1).some((later) => later.text.includes(body))) return;
  state.skipped.push({ line: line.line, text: line.text, rule: 'summary repeated' });
  lines.splice(summary, 1);
}
