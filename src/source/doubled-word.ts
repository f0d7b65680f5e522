/**
 * Whether a text may hold a word printed twice (`со со ссылкой`), told by a walk over its characters
 * before the pattern that finds it (attribution.ts DOUBLED_WORD, `(?<![\p{L}\d])(\p{L}+)(?:\s+\1)+`
 * without case): the pattern tries every position of every paragraph, and almost none holds such a word.
 * Never `false` where the pattern matches: each run of letters after no letter or figure is compared with
 * the word after the spaces that follow it, letter by letter, where the case of both letters is known
 * (ASCII, Cyrillic and Arabic letters, signs and quotes fold one to one); a letter of any other kind, or a character past
 * the Basic Multilingual Plane, leaves the answer to the pattern.
 */
export function mayHoldDoubledWord(text: string): boolean {
  let run = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return true;
    if (isLetter(text, i, code)) {
      if (run < 0) run = i;
      continue;
    }
    if (run >= 0 && isSpace(code) && !isDigit(text.charCodeAt(run - 1)) && mayRepeat(text, run, i)) return true;
    run = -1;
  }
  return false;
}

/** Whether the word `text[start, end)` may come again, in any case, right after the spaces at `end`. */
function mayRepeat(text: string, start: number, end: number): boolean {
  let next = end;
  while (next < text.length && isSpace(text.charCodeAt(next))) next++;
  const after = next + end - start;
  if (after > text.length) return false;
  // The copy is a word of its own: no letter or figure right after it.
  const code = text.charCodeAt(after);
  if (after < text.length && !(code >= 0xd800 && code <= 0xdfff) && (isLetter(text, after, code) || isDigit(code))) return false;
  for (let k = 0; k < end - start; k++) {
    const a = text.charCodeAt(start + k);
    const b = text.charCodeAt(next + k);
    if (a === b) continue;
    const foldedA = folded(a);
    const foldedB = folded(b);
    // A letter whose folding is not told here may fold to several, shifting the rest: the pattern tells.
    if (foldedA < 0 || foldedB < 0) return true;
    if (foldedA !== foldedB) return false;
  }
  return true;
}

/** The case folding of an ASCII, Cyrillic or Arabic character, a sign or a quote (none of which folds to several), or -1 for any other. */
function folded(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  // Latin-1's signs and quotes (not µ, which folds to μ), the dashes and quotes of General Punctuation, Arabic: no case.
  if ((code < 0xc0 && code !== 0xb5) || (code >= 0x2000 && code <= 0x206f) || (code >= 0x600 && code <= 0x6ff)) return code;
  if (code < 0x400 || code > 0x52f) return -1;
  if (code <= 0x40f) return code + 0x50;
  if (code <= 0x42f) return code + 0x20;
  if (code <= 0x45f || (code >= 0x482 && code <= 0x489)) return code;
  if (code === 0x4c0) return 0x4cf;
  // Capitals and small letters alternate: a capital's small letter comes right after it (Ӂ ӂ … Ӎ ӎ odd first).
  const capital = code >= 0x4c1 && code <= 0x4ce ? code % 2 === 1 : code % 2 === 0;
  return capital ? code + 1 : code;
}

// Without case, as the pattern reads it: a mark that folds to a letter (U+0345 to ι) is one.
const LETTER = /\p{L}/iuy;

/** `\p{L}` without case: ASCII and Cyrillic letters told by their codes (U+0482–U+0489 are a sign and marks), the rest by the pattern. */
function isLetter(text: string, at: number, code: number): boolean {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  if (code >= 0x400 && code <= 0x4ff) return code < 0x482 || code > 0x489;
  LETTER.lastIndex = at;
  return LETTER.test(text);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** `\s`. */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
