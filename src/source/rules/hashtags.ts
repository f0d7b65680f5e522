import type { ParseState } from '../state.ts';

const TAG = String.raw`#[\p{L}\p{M}\p{N}_]+(?:-[\p{L}\p{M}\p{N}_]+)*`;
// A line made only of hashtags, separated by spaces or commas.
const TAG_LINE = new RegExp(String.raw`^${TAG}(?:[\s,]+${TAG})*[\s,]*$`, 'u');
const TAG_TOKEN = new RegExp(TAG, 'gu');

/** Case folding for tag identity: `#туризм` and `#ТУРИЗМ` are one tag. */
export function foldTag(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/**
 * The closing line of hashtags. Only a line made entirely of hashtags counts, and only
 * the last one: a `#` inside a sentence (`#1 рейтинга`) is text, not a tag.
 */
export function hashtags(state: ParseState): void {
  const last = state.lines.at(-1);
  const tags: string[] = [];
  if (last && TAG_LINE.test(last.text)) {
    state.lines.pop();
    const seen = new Set<string>();
    for (const [token] of last.text.matchAll(TAG_TOKEN)) {
      const name = token.slice(1).normalize('NFC');
      const key = foldTag(name);
      if (seen.has(key)) continue;
      seen.add(key);
      tags.push(name);
    }
  }
  state.article.tags = tags;
}
