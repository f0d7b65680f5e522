import { wordCount } from '../source/line-shape.ts';

// A sentence, a quote, a bracket or a list's lead-in closes on one of these marks (Arabic script's own among them).
const CLOSED = /[.!?…»"”)\]:;؟۔]$/u;
// A paragraph's worth of words: a short last line with no mark is a signature or a list's item, no sentence cut.
const CUT_WORDS = 8;

/**
 * Why the text reads as cut off at its end, or undefined: its last paragraph, a sentence's worth of words, stops with no
 * closing mark (`… в рамках государственной`), as a copy cut mid-sentence does. Published so, the article would end
 * mid-sentence.
 */
export function cutEnding(paragraphs: readonly string[]): string | undefined {
  const last = paragraphs.at(-1)?.trimEnd();
  if (last === undefined || CLOSED.test(last) || wordCount(last, CUT_WORDS) < CUT_WORDS) return undefined;
  return 'the text ends mid-sentence, with no closing mark: was the copy cut? paste the rest of the report, or end its last sentence';
}
