import { wordCount } from '../line-shape.ts';
import type { ParseState } from '../state.ts';

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
