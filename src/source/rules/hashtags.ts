import { SourceError } from '../errors.ts';
import { MAX_TAG_LENGTH, MAX_TAGS } from '../limits.ts';
import type { ParseState } from '../state.ts';

// Zero-width joiners and non-joiners copy-paste leaves inside words: a tag holding one is still a
// tag, and the same tag without it (`habar check` names the character).
export const JOINERS = /[\u200c\u200d]/gu;
const WORD = String.raw`[\u200c\u200d]*[\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_\u200c\u200d]*`;
const TAG = String.raw`#${WORD}(?:-${WORD})*`;
// A line made only of hashtags, separated by spaces or commas.
export const TAG_LINE = new RegExp(String.raw`^${TAG}(?:[\s,]+${TAG})*[\s,]*$`, 'u');
const TAG_TOKEN = new RegExp(TAG, 'gu');

/** Case folding for tag identity: `#туризм` and `#ТУРИЗМ` are one tag. */
export function foldTag(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/**
 * The closing line of hashtags, added to the tags of a `Теги:` list if the page had one. Only a
 * line made entirely of hashtags counts, and only the last one: a `#` inside a sentence
 * (`#1 рейтинга`) is text, not a tag.
 */
export function hashtags(state: ParseState): SourceError | void {
  const last = state.lines.at(-1);
  const names = [...(state.article.tags ?? [])];
  let blame = state.headLine;
  if (last && !last.verbatim && TAG_LINE.test(last.text)) {
    state.lines.pop();
    blame = last.line;
    for (const [token] of last.text.matchAll(TAG_TOKEN)) names.push(token.slice(1));
  }
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const raw of names) {
    const name = raw.replace(JOINERS, '').normalize('NFC');
    if (name.length > MAX_TAG_LENGTH) {
      return new SourceError(`the tag #${name.slice(0, 20)}… is ${name.length} characters long; a tag may be at most ${MAX_TAG_LENGTH}`, blame);
    }
    const key = foldTag(name);
    if (seen.has(key)) continue;
    seen.add(key);
    tags.push(name);
  }
  if (tags.length > MAX_TAGS) {
    return new SourceError(`the source has ${tags.length} tags; an article may have at most ${MAX_TAGS}`, blame);
  }
  state.article.tags = tags;
}
