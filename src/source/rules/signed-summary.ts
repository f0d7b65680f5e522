import type { ParseState } from '../state.ts';

// A page's summary signed with its outlet and date: `… заявил Песков. РИА Новости, 23.09.2025`.
const SIGNED = /^(.{20,400}?[.!?…»"])\s+[\p{Lu}][\p{L}\d .«»"-]{1,40},\s+\d{2}\.\d{2}\.\d{4}$/u;
// Or its date first, with no period closing the summary: `… салынып жатыр 18.04.2025, Sputnik Қазақстан`.
const SIGNED_DATE_FIRST = /^(.{20,400}?)\s+\d{2}\.\d{2}\.\d{4},\s+[\p{Lu}][\p{L}\d .«»"-]{1,40}$/u;
// Tested first: most lines hold no date in figures.
const DATE_IN = /\d{2}\.\d{2}\.\d{4}/u;

/**
 * Some pages print the summary of a report above its text, signed `Outlet, DD.MM.YYYY` (or
 * `DD.MM.YYYY, Outlet`); the lead
 * below says the same. The summary leaves, recorded, when a later line holds its words; a summary
 * with no such line stays, being the only copy of its sentences.
 */
export function signedSummary(state: ParseState): void {
  const { lines } = state;
  const summary = lines.findIndex((line) => !line.verbatim && signed(line.text) !== null);
  if (summary < 0) return;
  const line = lines[summary]!;
  const body = signed(line.text)![1]!;
  if (!lines.slice(summary + 1).some((later) => later.text.includes(body))) return;
  state.skipped.push({ line: line.line, text: line.text, rule: 'summary repeated' });
  lines.splice(summary, 1);
}

/** The summary signed with its outlet and date on the line, its text first, or null. */
function signed(text: string): RegExpExecArray | null {
  return DATE_IN.test(text) ? (SIGNED.exec(text) ?? SIGNED_DATE_FIRST.exec(text)) : null;
}
