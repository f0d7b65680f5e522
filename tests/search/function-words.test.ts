import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFunctionWord, markFunctionWords, WORD_JOINER as J } from '../../src/search/function-words.ts';
import { PROPERTY_RUNS, PROPERTY_SEED } from '../properties/arbitraries.ts';

describe('markFunctionWords', () => {
  it('marks one-letter words and two-letter function words, in any case, also as parts of a word', () => {
    expect(markFunctionWords('В Астане к утру, из-за снега, т.е. «с утра»')).toBe(`В${J} Астане к${J} утру, из${J}-за${J} снега, т${J}.е${J}. «с${J} утра»`);
    expect(markFunctionWords('Ол да келді, әр үйде')).toBe(`Ол${J} да${J} келді, әр${J} үйде`);
  });

  it('leaves longer words, abbreviations, numbers and Latin letters alone', () => {
    for (const text of ['РК и ЕС', 'ИИ', '15 %', "O'Brien", 'a B c', 'Астана']) {
      expect(markFunctionWords(text).replace(`и${J}`, 'и')).toBe(text);
    }
  });

  // The pattern that says which words are short: the marks must fall where its matches end.
  const SHORT_WORD = /(?<![\p{L}\p{M}])[\p{sc=Cyrillic}\p{sc=Arabic}\p{M}]{1,2}(?![\p{L}\p{M}])/gu;
  const byPattern = (text: string) => text.replace(SHORT_WORD, (word) => (isFunctionWord(word) ? word + J : word));

  it('marks what the pattern finds, next to digits of the scripts (٣, ҂, 𐹠), marks, astral characters and lone surrogates', () => {
    for (const text of ['٣٤а', '٣к٤', '҂в', 'в҂', 'в𐹠а', '𐹠в', '\u0301', 'к\u0301', '𝒜к', 'к𝒜', '😀к😀', '𞸀', '\ud800к', 'к\udc00', 'и'.repeat(3)]) {
      expect(markFunctionWords(text)).toBe(byPattern(text));
    }
  });

  // Russian and Kazakh letters in both cases, Arabic letters, combining marks (acute, fathatan),
  // Arabic-Indic and Rumi digits and ҂ (of the scripts, no letters), Latin letters, digits, spaces,
  // punctuation, the word joiner, an astral letter and an astral symbol.
  const CHARACTERS = [...'аВкКиИнНаоОсзЗяЁёәӘңҢіІүқолдпабТтЕе', ...'التدنەڭمبپو', '\u0301', '\u064b', '٣', '𐹠', '҂', ...'aBzO', ...'09', ' ', ' ', ...'-.,«»\'', J, '𝒜', '😀'];
  const text = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 24 }).map((characters) => characters.join(''));
  const WORDS = ['в', 'К', 'на', 'НА', 'из-за', 'т.е.', 'Астане', 'РК', 'ол', 'әр', 'келді', 'دا', 'ال', 'كتاب', 'ма\u0301', 'O\'Brien', '15', '«с', 'утра»', '𝒜', '😀', '٣'];
  const sentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((words) => words.join(' '));

  it('marks what the pattern marks, in random texts', () => {
    fc.assert(
      fc.property(text, (random) => {
        expect(markFunctionWords(random)).toBe(byPattern(random));
      }),
      { seed: PROPERTY_SEED, numRuns: PROPERTY_RUNS * 20 },
    );
  });

  it('marks what the pattern marks, in sentences', () => {
    fc.assert(
      fc.property(sentence, (words) => {
        expect(markFunctionWords(words)).toBe(byPattern(words));
      }),
      { seed: PROPERTY_SEED, numRuns: PROPERTY_RUNS * 5 },
    );
  });
});

describe('isFunctionWord', () => {
  it('knows one letter and the list, whatever the case', () => {
    expect(['к', 'К', 'НА', 'ол', 'دا'].every(isFunctionWord)).toBe(true);
    expect(['РК', 'ЕС', 'кабинет', '15'].some(isFunctionWord)).toBe(false);
  });
});
