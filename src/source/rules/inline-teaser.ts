import { isHeadlineLike, isSentenceLine, wordCount } from '../line-shape.ts';
import type { ParseState, SourceLine } from '../state.ts';
import { hasHeadlineVerb, hasSectionHeading } from './page-foot.ts';

// Another report's headline a page links inside the text, its «read also» label lost in the copy, alone
// between the lead (or the paragraph under it) and the next paragraph (`Ұлттық банк … несие бермеуді ұсынды` under a lead on teachers'
// pay): a headline of five words or more with a verb, in a report set out in no sections, speaking of
// something else: fewer than a third of its words in the title or the text above. A report's own heading there
// retells them (`Замакима Караганды проверил ход ремонтных работ` under a lead on Karaganda's roads).
const WORDS_MIN = 5;
const WORDS_MAX = 16;
const WORD = /\p{L}{4,}/gu;
// Words match on their first letters, so that a case ending (`Караганды`, `Карагандинской`) is no other word.
const STEM = 5;

// A headline closes on a word, a figure or a quote: a line ending in `:` introduces what follows (a quote, a list).
const CLOSES_BARE = /[\p{L}\d»"”)]$/u;
// An interview's question opening on a dash: the line above heads its section.
const DIALOGUE = /^[-–—−]/u;

const stems = (text: string): string[] => (text.toLowerCase().match(WORD) ?? []).map((word) => word.slice(0, STEM));

// Pages set the link after the lead or after the paragraph under it.
const GAPS = 2;

export function inlineTeaser(state: ParseState): void {
  const { lines } = state;
  const lead = lines.findIndex(isSentenceLine);
  if (lead < 0) return;
  for (let index = lead + 1, gap = 0; gap < GAPS && index < lines.length - 1; index++) {
    const line = lines[index]!;
    if (isSentenceLine(line)) continue;
    gap++;
    if (!isSentenceLine(lines[index - 1]!) || !isSentenceLine(lines[index + 1]!) || !isInlineTeaser(state, line, index)) continue;
    state.skipped.push({ line: line.line, text: line.text, rule: 'teaser of another report' });
    state.lines = lines.filter((_, at) => at !== index);
    return;
  }
}

function isInlineTeaser(state: ParseState, line: SourceLine, index: number): boolean {
  const { lines } = state;
  const words = wordCount(line.text);
  if (line.verbatim || line.text.includes(',') || !CLOSES_BARE.test(line.text) || DIALOGUE.test(lines[index + 1]!.text) || words < WORDS_MIN || words > WORDS_MAX || !isHeadlineLike(line.text) || !hasHeadlineVerb(line.text)) return false;
  if (hasSectionHeading(lines.slice(index + 1))) return false;
  const above = lines.slice(0, index).map((above) => above.text).join(' ');
  const known = new Set(stems(`${state.article.title ?? ''} ${above}`));
  const own = stems(line.text);
  return own.filter((stem) => known.has(stem)).length * 3 < own.length;
}
