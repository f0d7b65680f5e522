// Kazakh in Arabic script (Tote jazu) → the Latin letters toSlug gives the same word in Cyrillic, so
// «قازاقستان» and «Қазақстан» both become `qazaqstan`. slugify's own Arabic table knows neither the
// Kazakh letters (ڭ ۇ ۋ ۆ ە ٴ) nor Kazakh sounds (ى is ы or і, not `a`).

/** Each letter as its Cyrillic counterpart is transliterated (ж `zh`, қ `q`, ң `n`, х `kh`, һ `h`). */
const LETTERS: Record<string, string> = {
  'ا': 'a', // а, ә
  'ە': 'e',
  'و': 'o', // о, ө
  'ۇ': 'u', // ұ, ү
  'ۋ': 'u', // у
  'ۆ': 'v',
  'ب': 'b', 'پ': 'p', 'ت': 't', 'ج': 'zh', 'چ': 'ch', 'ح': 'kh', 'د': 'd', 'ر': 'r', 'ز': 'z',
  'س': 's', 'ش': 'sh', 'ع': 'g', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ک': 'k', 'گ': 'g', 'ڭ': 'n',
  'ل': 'l', 'م': 'm', 'ن': 'n', 'ھ': 'h', 'ه': 'h',
};

const VOWELS = new Set(['ا', 'ە', 'و', 'ۇ', 'ى']);
// The high hamza ٴ opens a word whose vowels are all front; papers often type the plain hamza ء instead.
const HAMZA = /[\u0674\u0621]/u;
// Without a hamza, ە ك گ sit among front vowels and ق ع among back ones (ا و ۇ are either: а ә, о ө, ұ ү).
const FRONT = new Set(['ە', 'ك', 'ک', 'گ']);
const BACK = new Set(['ق', 'ع']);
const ARABIC = /\p{Script=Arabic}/u;
// Words: letters with their marks. ٴ and the tatweel are letters (Lm), so they stay inside a word.
const WORD = /[\p{L}\p{M}]+/gu;
// Arabic comma, semicolon and question mark separate words as their Latin counterparts do.
const PUNCTUATION = /[\u060C\u061B\u061F]/gu;
// A vowel sign or the tatweel: dropped from a word's Latin letters.
const MARK_OR_TATWEEL = /\p{M}|\u0640/u;

/** `text` with every Arabic-script word in Latin letters; other words and characters as they are. */
export function latinizeKazakhArabic(text: string): string {
  if (!ARABIC.test(text)) return text;
  return text.replace(PUNCTUATION, ' ').replace(WORD, (word) => (ARABIC.test(word) ? latinWord(word) : word));
}

function latinWord(word: string): string {
  const letters = [...word];
  const hamza = HAMZA.test(word);
  let latin = '';
  let previous = '';
  letters.forEach((letter, at) => {
    if (letter === 'ى') latin += hamza || isFront(letters, at) ? 'i' : 'y'; // і or ы
    else if (letter === 'ي') latin += VOWELS.has(previous) ? 'y' : 'i'; // й after a vowel, else и
    else if (HAMZA.test(letter)) return;
    // Letters of Arabic words (ث ص ط …) are left to slugify's Arabic table; vowel signs and the tatweel go.
    else latin += LETTERS[letter] ?? (MARK_OR_TATWEEL.test(letter) ? '' : letter);
    previous = letter;
  });
  return latin;
}

/**
 * Whether the ى at `at` is і rather than ы in a word with no hamza: as the nearest letter before it
 * that shows front or back vowels says, else the nearest after it, else ы. Nearest, not the whole
 * word, since loans and compounds mix the two: қызметтік, қыркүйек.
 */
function isFront(letters: string[], at: number): boolean {
  const before = letters.slice(0, at).reverse();
  const after = letters.slice(at + 1);
  const shown = [...before, ...after].find((letter) => FRONT.has(letter) || BACK.has(letter));
  return shown !== undefined && FRONT.has(shown);
}
