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
  return ONE_LETTER.test(lower) || FUNCTION_WORD_SET.has(lower);
}

/**
 * A word of one or two Cyrillic or Arabic letters, also within `из-за` or `т.е.`, which Pagefind
 * indexes in parts. A Latin letter is left alone: Pagefind never indexes one as a part, and in
 * `O'Brien` a mark would cut the word. search.js finds words the same way.
 */
const SHORT_WORD = /(?<![\p{L}\p{M}])[\p{sc=Cyrillic}\p{sc=Arabic}\p{M}]{1,2}(?![\p{L}\p{M}])/gu;

/** `text` with a word joiner after each of its one-letter and function words. */
export function markFunctionWords(text: string): string {
  return text.replace(SHORT_WORD, (word) => (isFunctionWord(word) ? word + WORD_JOINER : word));
}
