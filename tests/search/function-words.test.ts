import { describe, expect, it } from 'vitest';
import { isFunctionWord, markFunctionWords, WORD_JOINER as J } from '../../src/search/function-words.ts';

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
});

describe('isFunctionWord', () => {
  it('knows one letter and the list, whatever the case', () => {
    expect(['к', 'К', 'НА', 'ол', 'دا'].every(isFunctionWord)).toBe(true);
    expect(['РК', 'ЕС', 'кабинет', '15'].some(isFunctionWord)).toBe(false);
  });
});
