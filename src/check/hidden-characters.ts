import type { Article } from '../source/article.ts';
import { normalizeLines } from '../source/normalize.ts';
import { foldTag, JOINERS } from '../source/rules/hashtags.ts';
import type { SourceLines } from './source-lines.ts';

export interface LineReason {
  line: number;
  reason: string;
}

const SEPARATORS: Record<string, string> = {
  '\u2028': 'a line separator (U+2028), which the build reads as a space',
  '\u2029': 'a paragraph separator (U+2029): the title ends before it, and the rest is read as the next line',
};
const JOINER_NAMES: Record<string, string> = {
  '\u200c': 'a zero-width non-joiner (U+200C)',
  '\u200d': 'a zero-width joiner (U+200D)',
};

/**
 * Invisible characters the build reads otherwise than an editor would guess from the screen: a
 * separator in the title line, a joiner inside a hashtag (left out of the tag).
 */
export function hiddenCharacters(text: string, article: Article, lines: SourceLines): LineReason[] {
  const found: LineReason[] = [];
  // Normalization reads the separators, so they are looked for in the line as written.
  for (const separator of text.split(/\r\n|\r|\n/)[lines.title - 1]?.match(/[\u2028\u2029]/gu) ?? []) {
    found.push({ line: lines.title, reason: `the title line holds ${SEPARATORS[separator]}; type a space instead` });
  }
  const tags = new Set(article.tags.map(foldTag));
  for (const [token] of normalizeLines(text).at(-1)?.text.matchAll(/#[^\s,#]+/gu) ?? []) {
    const name = token.slice(1).replace(JOINERS, '');
    if (!tags.has(foldTag(name))) continue; // not read as a tag
    for (const joiner of token.matchAll(JOINERS)) {
      const before = token.slice(1, joiner.index).replace(JOINERS, '');
      const where = before === '' ? 'at its start' : `after "${before}"`;
      found.push({ line: lines.tags, reason: `the tag #${name} holds ${JOINER_NAMES[joiner[0]]} ${where}, which the build leaves out; delete it` });
    }
  }
  return found;
}
