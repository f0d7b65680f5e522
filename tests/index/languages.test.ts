import { describe, expect, it } from 'vitest';
import { langTag, writingOf } from '../../src/core/language.ts';
import { latinAlphabet } from '../../src/index/languages.ts';

describe('latinAlphabet', () => {
  it('tells the 2018 alphabet by its acute letters and the 2021 one by its own', () => {
    expect(latinAlphabet('Qalada jańa saıabaq ashyldy\nBalalarǵa arnalǵan alań bar.')).toBe(2018);
    expect(latinAlphabet('Auylda jaña mektep aşyldy\nŪstazdar jaña synyptarğa qualy.')).toBe(2021);
  });

  it('takes the 2021 alphabet where the letters tell neither', () => {
    expect(latinAlphabet('Astana jastary')).toBe(2021);
  });

  it('finds no Latin alphabet in a text mostly in Cyrillic, a Latin name in it or not', () => {
    expect(latinAlphabet('Қалада жаңа кітапхана ашылды, Kazinform хабарлайды')).toBeUndefined();
    expect(latinAlphabet('')).toBeUndefined();
  });
});

describe('writingOf', () => {
  it('is the language, with the alphabet for Kazakh in Latin script; both Latin alphabets are kk-Latn in `lang`', () => {
    expect(writingOf({ lang: 'ru' })).toBe('ru');
    expect(writingOf({ lang: 'kk' })).toBe('kk');
    expect(writingOf({ lang: 'kk', latin: 2021 })).toBe('kk-Latn');
    expect(writingOf({ lang: 'kk', latin: 2018 })).toBe('kk-Latn-2018');
    expect(writingOf({ lang: 'kk-Arab' })).toBe('kk-Arab');
    expect(langTag('kk-Latn-2018')).toBe('kk-Latn');
  });
});
