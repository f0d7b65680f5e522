/**
 * Words compared however inflected, by their first letters: how the rules tell whether a headline
 * retells a lead, or a line names anything of a report.
 */

// A word's stem: its first letters, so that `годовом` and `годовой` are one word. Short words (`на`, `в`) say
// nothing of the report.
const STEM = 5;
// A word, or a figure with its separators and percent sign (`1,5`, `10%`).
const WORD_OR_FIGURE = /[\p{L}\d][\p{L}\d,.%-]*[\p{L}\d%]|\d/gu;

/** The stems of a text's words of three letters or more, and its figures; `ё` is `е`, written with its dots or not (`мёртвых`, `мертвых`). */
export const stems = (text: string): string[] =>
  (text.toLowerCase().replace(/ё/gu, 'е').match(WORD_OR_FIGURE) ?? []).filter((word) => word.length >= 3 || /\d/u.test(word)).map((word) => word.slice(0, STEM));

/** The share of `words` (stems) that `text` holds too. */
export function sharedShare(words: readonly string[], text: string): number {
  const known = stems(text);
  return words.filter((word) => known.some((other) => sameStem(word, other))).length / words.length;
}

/** Whether the line names a word of the text, however inflected: a headline says something of the lead under it. */
export function sharesWordWith(line: string, text: string): boolean {
  const words = stems(line);
  return words.length > 0 && sharedShare(words, text) > 0;
}

/** One word's stems however inflected: all letters shared but a short word's ending (`воду`, `воды`; `цен`, `цены`). */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  let shared = 0;
  while (shared < shorter && a[shared] === b[shared]) shared++;
  return shared >= Math.max(3, shorter - 1);
}
