/**
 * Latin letters and the Cyrillic letters that look like them, pair by pair (Kazakh and Ukrainian і,
 * and ј, ѕ, included): a word typed with a letter of the other script (`Cенат` with a Latin C,
 * `inАstana.kz` with a Cyrillic А) reads the same and is another string.
 */
import { CYRILLIC, CYRILLIC_LETTER, LATIN, LATIN_LETTER, OTHER, scriptOfCode } from './scripts.ts';

export const LATIN_LOOKALIKES = 'AaBCcEeHIiJjKMOoPpSsTXxYy';
export const CYRILLIC_LOOKALIKES = 'АаВСсЕеНІіЈјКМОоРрЅѕТХхУу';

const TO_LATIN = new Map([...CYRILLIC_LOOKALIKES].map((letter, at): [string, string] => [letter, LATIN_LOOKALIKES[at]!]));
const TO_CYRILLIC = new Map([...LATIN_LOOKALIKES].map((letter, at): [string, string] => [letter, CYRILLIC_LOOKALIKES[at]!]));
/** A word of letters in both scripts. */
export const MIXED_WORD = /(?<!\p{L})(?=\p{L}*\p{Script=Latin})(?=\p{L}*\p{Script=Cyrillic})\p{L}+/gu;
const MIXED_LETTERS = /\p{Script=Latin}\p{Script=Cyrillic}|\p{Script=Cyrillic}\p{Script=Latin}/u;

/** A word in one script, its few letters of the other script that look alike written in the word's script. */
export function oneScript(word: string): string {
  const latin = [...word].filter((letter) => LATIN_LETTER.test(letter)).length;
  const cyrillic = [...word].length - latin;
  if (latin === cyrillic) return word;
  const map = latin > cyrillic ? TO_LATIN : TO_CYRILLIC;
  const minority = latin > cyrillic ? CYRILLIC_LETTER : LATIN_LETTER;
  if ([...word].some((letter) => minority.test(letter) && !map.has(letter))) return word;
  return [...word].map((letter) => (minority.test(letter) ? map.get(letter)! : letter)).join('');
}

// Quick tests, a scan for one class without Unicode properties: every Latin or Cyrillic letter of the Basic
// Multilingual Plane is in the class of its script (the blocks holding them), a surrogate pair in both; most lines
// hold no letter of one of the two scripts.
export const MAY_BE_LATIN = /[A-Za-z\u00aa-\u02ff\u1d00-\u1eff\u2070-\u218f\u2c60-\u2c7f\ua720-\ua7ff\uab30-\uab6f\ufb00-\ufb06\uff21-\uff5a\ud800-\udfff]/;
const MAY_BE_CYRILLIC = /[\u0400-\u052f\u1c80-\u1c8f\u1d2b\u1d78\u2de0-\u2dff\ua640-\ua69f\ufe2e\ufe2f\ud800-\udfff]/;

/**
 * Whether a letter of one script stands next to one of the other (MIXED_LETTERS), told by a walk over the
 * characters: every line the clutter table reads is asked, and most mix nothing. Past the Basic
 * Multilingual Plane the pattern tells.
 */
function mixesScripts(text: string): boolean {
  if (!MAY_BE_LATIN.test(text) || !MAY_BE_CYRILLIC.test(text)) return false;
  let previous = OTHER;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return MIXED_LETTERS.test(text);
    const script = scriptOfCode(code);
    if ((script === LATIN && previous === CYRILLIC) || (script === CYRILLIC && previous === LATIN)) return true;
    previous = script;
  }
  return false;
}

/** The text with every word that mixes look-alike letters of the two scripts read in its main script (`cобственный` with a Latin c). */
export function inOneScript(text: string): string {
  return mixesScripts(text) ? text.replace(MIXED_WORD, oneScript) : text;
}
