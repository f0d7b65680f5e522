import { SourceError } from '../errors.ts';
import { MAX_TAG_LENGTH, MAX_TAGS } from '../limits.ts';
import { isLabelLike } from '../line-shape.ts';
import type { ParseState } from '../state.ts';

// Zero-width joiners and non-joiners copy-paste leaves inside words: a tag holding one is still a
// tag, and the same tag without it (`habar check` names the character).
export const JOINERS = /[\u200c\u200d]/gu;
const WORD = String.raw`[\u200c\u200d]*[\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_\u200c\u200d]*`;
const TAG = String.raw`#${WORD}(?:-${WORD})*`;
// A line made only of hashtags, separated by spaces or commas.
export const TAG_LINE = new RegExp(String.raw`^${TAG}(?:[\s,]+${TAG})*[\s,]*$`, 'u');
const TAG_TOKEN = new RegExp(TAG, 'gu');
// Tag links some sites print with a `#` before each, a tag of two or three words among them:
// `#новости актобе #аким #дороги`, commas between them or not (`#Семей, #Абай облысы, #қала күні`).
// Two tags or more, so that a sentence opening on one is text.
const SPACED_TAG = String.raw`#${WORD}(?: ${WORD}){0,2}`;
const SPACED_TAG_LINE = new RegExp(String.raw`^${SPACED_TAG}(?:,? ${SPACED_TAG})+,?$`, 'u');
// Most tag lines are tags of ASCII and Cyrillic letters, figures and `_` only (every one of them a WORD character;
// U+0482 is a sign): read with these narrow classes first, quicker than with the Unicode ones, and to the same tags.
const PLAIN_WORD = String.raw`[\w\u0400-\u0481\u0483-\u052f]+`;
const PLAIN_TAG = String.raw`#${PLAIN_WORD}(?:-${PLAIN_WORD})*`;
const PLAIN_TAG_LINE = new RegExp(String.raw`^${PLAIN_TAG}(?:[\s,]+${PLAIN_TAG})*[\s,]*$`);
const PLAIN_TAG_TOKEN = new RegExp(PLAIN_TAG, 'g');

/** A closing line of hashtags: the tags alone, or tag links of up to three words each. */
export function isTagLine(text: string): boolean {
  return TAG_LINE.test(text) || SPACED_TAG_LINE.test(text);
}

/** The tags a closing line names, or undefined when it is no tag line. */
function tagsOf(text: string): string[] | undefined {
  if (!text.startsWith('#')) return undefined;
  if (PLAIN_TAG_LINE.test(text)) return [...text.matchAll(PLAIN_TAG_TOKEN)].map(([token]) => token.slice(1));
  if (TAG_LINE.test(text)) return [...text.matchAll(TAG_TOKEN)].map(([token]) => token.slice(1));
  return SPACED_TAG_LINE.test(text) ? text.replace(/,$/u, '').split(/,? #/u).map((token, i) => (i === 0 ? token.slice(1) : token)) : undefined;
}

/** Case folding for tag identity: `#туризм` and `#ТУРИЗМ` are one tag. */
export function foldTag(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

// On a copied page the tag line may have the page's short labels under it (`Комментарии`, `Объявления`),
// which the page's foot leaves out later.
const LABELS_UNDER = 3;

/** The closing tag line (with the tag lines right above it) and its tags: the last line, or the line above a copied page's last labels. */
function closingTagLine(state: ParseState): { at: number; count: number; tags: string[] } | undefined {
  const { lines } = state;
  const last = lines.length - 1;
  let at = last;
  if (state.skipped.length > 0) while (at > 0 && last - at < LABELS_UNDER && !lines[at]!.verbatim && !lines[at]!.text.startsWith('#') && isLabelLike(lines[at]!.text)) at--;
  const line = lines[at];
  const tags = line && !line.verbatim ? tagsOf(line.text) : undefined;
  if (!tags) return undefined;
  // A copied page's tags printed one a line above its foot (`#құтмекен` / `#Түлкібас_Түркістан` / `®Site.kz`):
  // the run is one closing list. As a source's last line, the tags are one line: a `#тег` above it is text.
  const end = at;
  if (end < last) while (at > 0 && !lines[at - 1]!.verbatim && TAG_LINE.test(lines[at - 1]!.text)) tags.unshift(...tagsOf(lines[--at]!.text)!);
  return { at, count: end - at + 1, tags };
}

/**
 * The closing line of hashtags, added to the tags of a `Теги:` list if the page had one. Only a
 * line made entirely of hashtags (or of tag links of up to three words, each after its `#`) counts, and only the last one (with the one-tag lines right above it on a copied page whose foot is under them): a `#` inside a sentence
 * (`#1 рейтинга`) is text, not a tag.
 */
export function hashtags(state: ParseState): SourceError | void {
  const closing = closingTagLine(state);
  const names = [...(state.article.tags ?? [])];
  let blame = state.headLine;
  if (closing) {
    blame = state.lines[closing.at]!.line;
    state.lines.splice(closing.at, closing.count);
    names.push(...closing.tags);
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
