/**
 * One-letter words and two-letter function words, kept out of the search index's words.
 *
 * When no word of the index starts with a query's word, Pagefind searches for the longest word of
 * the index that the query's word starts with (its issue #599): with the preposition «к» indexed, a
 * search for «кабинет», a word in no article, finds every article that says «к»; with «из-за»
 * (indexed as «из» and «за» too), a search for «закон» finds it. A search record writes a word
 * joiner (U+2060) after each such word, a character the index is told to keep in its words
 * (`includeCharacters`): «к⁠» is then a word of the index that no query's word starts with. The
 * search page leaves these words out of a query, and writes them the same way in a quoted phrase,
 * so that «"закон о бюджете"» is still found as written.
 */
export const WORD_JOINER = '\u2060';

/**
 * Two-letter prepositions, conjunctions, particles and pronouns; Russian, then Kazakh in Cyrillic
 * and in Arabic script. Two-letter abbreviations (РК, ЕС, ИИ) are not among them: readers search for those.
 */
export const FUNCTION_WORDS: readonly string[] = [
  'во', 'да', 'до', 'же', 'за', 'из', 'ко', 'ли', 'на', 'не', 'ни', 'но', 'ну', 'об', 'он', 'от', 'по', 'со', 'то', 'уж',
  'бы', 'вы', 'мы', 'ей', 'им', 'их', 'ею', 'её', 'ее', 'ой',
  'ал', 'әр', 'ең', 'де', 'та', 'те', 'ма', 'ме', 'ба', 'бе', 'па', 'пе', 'ол',
  'ال', 'نە', 'ەڭ', 'دا', 'دە', 'تا', 'تە', 'ما', 'مە', 'با', 'بە', 'پا', 'پە', 'ول',
];

const FUNCTION_WORD_SET = new Set(FUNCTION_WORDS);
const ONE_LETTER = /^\p{L}$/u;

/** A word of one letter, or a function word, in any case: what `markFunctionWords` marks. */
export function isFunctionWord(word: string): boolean {
  const lower = word.toLowerCase();
  return FUNCTION_WORD_SET.has(lower) || ONE_LETTER.test(lower);
}

/**
 * A word of one or two Cyrillic or Arabic letters, also within `из-за` or `т.е.`, which Pagefind
 * indexes in parts. A Latin letter is left alone: Pagefind never indexes one as a part, and in
 * `O'Brien` a mark would cut the word. search.js finds words the same way.
 *
 * `markFunctionWords` finds what the pattern
 * `(?<![\p{L}\p{M}])[\p{sc=Cyrillic}\p{sc=Arabic}\p{M}]{1,2}(?![\p{L}\p{M}])` would, a code point at a
 * time. Some characters of those scripts are no letters (Arabic-Indic digits, ҂): a word may start
 * right after one, and a word of two that a letter follows may still be a word of one.
 */
const WORD_CHAR = 1; // \p{L} or \p{M}, of any script
const SHORT_WORD_CHAR = 2; // \p{sc=Cyrillic}, \p{sc=Arabic} or \p{M}
const ONE_LETTER_WORD = 4; // a word of this character alone is marked
const READ = 8;
const WORD_CHARACTER = /[\p{L}\p{M}]/u;
const SHORT_WORD_CHARACTER = /[\p{sc=Cyrillic}\p{sc=Arabic}\p{M}]/u;
// The first mark is U+0300, the first Cyrillic letter U+0400: a text with nothing from U+0300 on has no short word.
const FROM_FIRST_MARK = /[\u0300-\u{10ffff}]/u;
// Read from the Unicode properties once per character of the Basic Multilingual Plane, then looked up.
const bmpKinds = new Uint8Array(0x10000);

function kindOfChar(char: string): number {
  const kind = READ | (WORD_CHARACTER.test(char) ? WORD_CHAR : 0);
  return SHORT_WORD_CHARACTER.test(char) ? kind | SHORT_WORD_CHAR | (isFunctionWord(char) ? ONE_LETTER_WORD : 0) : kind;
}

/** What the character with code point `code` is to a short word, as the flags above; none past the text's end. */
function kindOf(code: number | undefined): number {
  if (code === undefined) return 0;
  if (code > 0xffff) return kindOfChar(String.fromCodePoint(code));
  return bmpKinds[code] || (bmpKinds[code] = kindOfChar(String.fromCharCode(code)));
}

/** `text` with a word joiner after each of its one-letter and function words. */
export function markFunctionWords(text: string): string {
  if (!FROM_FIRST_MARK.test(text)) return text;
  let marked = '';
  let copied = 0;
  let afterWordChar = false;
  let at = 0;
  while (at < text.length) {
    const code = text.codePointAt(at)!;
    const kind = kindOf(code);
    const next = code > 0xffff ? at + 2 : at + 1;
    if (kind & SHORT_WORD_CHAR && !afterWordChar) {
      // A word of two characters, else of one, else none starts here.
      const nextCode = text.codePointAt(next);
      const nextKind = kindOf(nextCode);
      const afterNext = nextCode !== undefined && nextCode > 0xffff ? next + 2 : next + 1;
      let end = -1;
      if (nextKind & SHORT_WORD_CHAR && !(kindOf(text.codePointAt(afterNext)) & WORD_CHAR)) end = afterNext;
      else if (!(nextKind & WORD_CHAR)) end = next;
      if (end > 0) {
        if (end === next ? kind & ONE_LETTER_WORD : isFunctionWord(text.slice(at, end))) {
          marked += text.slice(copied, end) + WORD_JOINER;
          copied = end;
        }
        afterWordChar = ((end === next ? kind : nextKind) & WORD_CHAR) !== 0;
        at = end;
        continue;
      }
    }
    afterWordChar = (kind & WORD_CHAR) !== 0;
    at = next;
  }
  return copied === 0 ? text : marked + text.slice(copied);
}
