import { describe, expect, it } from 'vitest';
import { ENDINGS, foldWord, MIN_STEM, queryForm, searchForms, stem } from '../../content/assets/kazakh-search.js';

describe('foldWord', () => {
  it('folds Kazakh letters as their Russian-keyboard stand-ins, into plain lower-case Latin letters', () => {
    expect(foldWord('Қазақстан')).toBe('kazakstan');
    expect(foldWord('Казакстан')).toBe('kazakstan');
    expect(foldWord('ӘҒҚҢӨҰҮҺІ')).toBe(foldWord('АГКНОУУХИ'));
    expect(foldWord('Тоқаев')).toBe(foldWord('Токаев'));
    // Letters the Latin alphabets do not write, or write with others.
    expect(foldWord('объём')).toBe('obem');
    expect(foldWord('Юлия')).toBe(foldWord('İulia'));
  });

  it('gives a Latin-script word of the 2021, 2018 and 2017 alphabets the form of its Cyrillic spelling', () => {
    const spellings: [string, string[]][] = [
      ['Қазақстан', ['Qazaqstan', 'QAZAQSTAN']],
      ['шілде', ['şılde', 'shilde', "s'ilde"]],
      ['сәуір', ['säuır', 'sáýir']],
      ['наурыз', ['nauryz', 'naýryz']],
      ['қыркүйек', ['qyrküiek', 'qyrkúıek']],
      ['жаңалықтары', ['jañalyqtary', 'jańalyqtary', "jan'alyqtary"]],
      ['әлем', ['älem', 'álem', "a'lem"]],
      ['Үкімет', ['Ükımet', 'Úkimet']],
      ['Ізбасар', ['İzbasar']],
      ['ұлт', ['ūlt']],
    ];
    for (const [cyrillic, latin] of spellings) {
      for (const word of latin) expect(foldWord(word), word).toBe(foldWord(cyrillic));
    }
  });
});

describe('stem', () => {
  it('takes off plural, possessive and case endings, the longest first', () => {
    expect(stem(foldWord('кітапханалар'))).toBe(foldWord('кітапхана'));
    expect(stem(foldWord('келісімдер'))).toBe(foldWord('келісім'));
    expect(stem(foldWord('қаласында'))).toBe('kala');
    expect(stem(foldWord('жаңалықтарының'))).toBe('janalyk');
    expect(stem(foldWord('Қазақстанда'))).toBe('kazakstan');
  });

  it('gives back the consonant an ending starting with a vowel voiced: кітабы → кітап, жүрегі → жүрек', () => {
    expect(stem(foldWord('кітабы'))).toBe('kitap');
    expect(stem(foldWord('жүрегі'))).toBe('jurek');
  });

  it(`never leaves fewer than ${MIN_STEM} letters, and leaves a word without an ending of the table alone`, () => {
    expect(stem('ashty')).toBe('ash');
    expect(stem('elde')).toBe('elde');
    expect(stem('astana')).toBe('astana');
    expect(stem('kitap')).toBe('kitap');
  });

  it('has every ending in the folded alphabet', () => {
    for (const ending of ENDINGS) expect(ending).toBe(foldWord(ending));
  });
});

describe('searchForms and queryForm', () => {
  it('index each word folded and stemmed, once, leaving out forms as written and forms too short', () => {
    expect(searchForms('Қазақстан кітапханасы, кітапханасы! Ол Астана')).toEqual(['kazakstan', 'kazaks', 'kitaphanasy', 'kitaphana', 'astana']);
    expect(searchForms('Qazaqstan salyndy 2050')).toEqual(['kazakstan', 'kazaks', 'salyn']);
    expect(searchForms('ٴبىلىم')).toEqual([]);
  });

  it('fold a query so that its stem starts a form of the word it is an inflection of, whatever the spelling', () => {
    const indexed = searchForms('Қазақстан кітапхана келісім');
    for (const query of ['Казакстан', 'Qazaqstan', 'Қазақстанның', 'кітапханалар', 'китапханада', 'келісімдер', 'kelısımderdı']) {
      expect(indexed.some((form) => form.startsWith(queryForm(query))), query).toBe(true);
    }
  });
});
