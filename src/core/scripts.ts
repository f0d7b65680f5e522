/** The script a character is written in, of the few habar tells apart: Latin, Cyrillic, Arabic, or none of them. */
export const OTHER = 1;
export const LATIN = 2;
export const CYRILLIC = 3;
export const ARABIC = 4;
export type Script = typeof OTHER | typeof LATIN | typeof CYRILLIC | typeof ARABIC;

/** A Latin letter, a Cyrillic one (a character's script, as its Unicode property tells). */
export const LATIN_LETTER = /\p{Script=Latin}/u;
export const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;
const ARABIC_LETTER = /\p{Script=Arabic}/u;

const UNREAD = 0;
// Read from the Unicode properties once per character of the Basic Multilingual Plane, then looked up:
// language detection and the look-alike letters ask it of every character of the lines they read.
const bmpScripts = new Uint8Array(0x10000);

function scriptOfChar(char: string): Script {
  if (LATIN_LETTER.test(char)) return LATIN;
  if (CYRILLIC_LETTER.test(char)) return CYRILLIC;
  return ARABIC_LETTER.test(char) ? ARABIC : OTHER;
}

/** The script of the character with code point `code`. */
export function scriptOfCode(code: number): Script {
  // ASCII letters are Latin, the rest of ASCII none: told without the table, most characters of a line.
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? LATIN : OTHER;
  if (code > 0xffff) return scriptOfChar(String.fromCodePoint(code));
  const known = bmpScripts[code]!;
  return known === UNREAD ? (bmpScripts[code] = scriptOfChar(String.fromCharCode(code))) as Script : (known as Script);
}
