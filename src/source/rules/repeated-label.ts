import { foldHeadline, isSentenceLine, wordCount } from '../line-shape.ts';
import type { ParseState, SourceLine } from '../state.ts';

// Three copies or more: a caption printed twice is photo-caption.ts's, a subtitle is printed once.
const COPIES = 3;
// One to three words and no mark of a sentence or a clause at the end.
const LABEL = /^[^.!?…:;,]+$/u;
const LONGEST = 40;
// A label in small letters (a tag link printed above the text and again below it) shows by two copies.
const SMALL_COPIES = 2;
const SMALL_FIRST = /^\p{Ll}/u;

/**
 * A short label a page prints on its own line under each of its pictures (the alt text of a
 * photo gallery: `сенбілік`, again and again between the paragraphs). A report prints no line of
 * three words or fewer three times, nor one starting in a small letter twice (a tag link printed
 * above the text and below it), so every copy goes, recorded.
 */
export function repeatedLabel(state: ParseState): void {
  const counts = new Map<string, number>();
  for (const line of state.lines) {
    if (line.text.length > LONGEST || line.verbatim || !LABEL.test(line.text) || wordCount(line.text) > 3) continue;
    counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  }
  const labels = new Set([...counts].filter(([text, count]) => count >= (SMALL_FIRST.test(text) ? SMALL_COPIES : COPIES)).map(([text]) => text));
  if (labels.size === 0) return;
  state.lines = state.lines.filter((line) => {
    const label = !line.verbatim && labels.has(line.text);
    if (label) state.skipped.push({ line: line.line, text: line.text, rule: SMALL_FIRST.test(line.text) && counts.get(line.text)! < COPIES ? 'repeated label' : 'image label' });
    return !label;
  });
}

// A kicker: one to four words, no mark of a sentence or a clause in it, short.
const KICKER_WORDS = 4;
const KICKER_LONGEST = 50;
// A trail's bullet or a list's mark before a copy of the headline: `• <headline>`.
const LEADING_MARK = /^[•·▪►»›*–—-]\s*/u;
// A kicker opens on a letter, a figure or a quote: no list's mark, no bracket.
const KICKER_START = /^[\p{L}\d«"]/u;

/** A line of a kicker's shape: `Сельское хозяйство`, `Агро`, `Образование и наука` (no period, no colon, no comma). */
function isKickerShaped(line: SourceLine): boolean {
  return !line.verbatim && line.text.length <= KICKER_LONGEST && LABEL.test(line.text) && KICKER_START.test(line.text) && wordCount(line.text) <= KICKER_WORDS;
}

/**
 * A kicker the page prints twice, each copy right next to the headline or one of its copies (over the page's stamp
 * under the trail's `• <headline>`, then again right over the headline's copy: `• <headline>` / `Сельское хозяйство` /
 * stamp / `<headline>` / `Сельское хозяйство` / `<headline>` / lead), is the rubric both times, whatever its words: the
 * copy left above the first paragraph leaves too (`rubric`), though the text may say its words. A line said once, or
 * a copy standing by no copy of the headline (a subheading, a refrain), stays.
 */
export function repeatedKicker(state: ParseState): void {
  const title = state.article.title;
  const paragraph = state.lines.findIndex(isSentenceLine);
  if (!title || paragraph <= 0) return;
  // Tested first: most pages keep no line of a kicker's shape above the lead.
  const candidates = state.lines.slice(0, paragraph).filter(isKickerShaped);
  if (candidates.length === 0) return;
  const folded = foldHeadline(title);
  const isHeadlineCopy = (text: string) => Math.abs(text.length - title.length) <= 12 && foldHeadline(text.replace(LEADING_MARK, '')) === folded;
  // Every non-blank line the parse has seen so far, kept or left out, in the file's order; the headline's own line too.
  const seen = new Map<number, string>([[state.headLine, title]]);
  for (const s of state.skipped) if (!seen.has(s.line)) seen.set(s.line, s.text);
  for (const line of state.lines) seen.set(line.line, line.text);
  const order = [...seen.keys()].sort((a, b) => a - b);
  const byHeadline = (at: number) => {
    const index = order.indexOf(at);
    return [order[index - 1], order[index + 1]].some((other) => other !== undefined && (other === state.headLine || isHeadlineCopy(seen.get(other)!)));
  };
  const kickers = new Set<string>();
  for (const candidate of candidates) {
    const copies = order.filter((at) => seen.get(at) === candidate.text);
    if (copies.length >= 2 && copies.every(byHeadline)) kickers.add(candidate.text);
  }
  if (kickers.size === 0) return;
  const lead = state.lines[paragraph];
  let inHead = true;
  state.lines = state.lines.filter((line) => {
    if (line === lead) inHead = false;
    const kicker = inHead && isKickerShaped(line) && kickers.has(line.text);
    if (kicker) state.skipped.push({ line: line.line, text: line.text, rule: 'rubric' });
    return !kicker;
  });
}
