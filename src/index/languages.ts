import type { Language, LatinAlphabet, Writing } from '../core/language.ts';

/** Every language an article can be in, as its front matter names it. */
export const LANGUAGES: readonly Language[] = ['ru', 'kk', 'kk-Arab'];

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

/** Kazakh in Arabic script is written right to left; the others left to right. */
export function textDirection(lang: Writing): 'ltr' | 'rtl' {
  return lang === 'kk-Arab' ? 'rtl' : 'ltr';
}

/**
 * The bare ISO 639-1 code, for readers that take no script subtag: Pagefind (one Kazakh index for
 * both scripts) and the news sitemap's `<news:language>`.
 */
export function languageCode(lang: Language): 'ru' | 'kk' {
  return lang === 'ru' ? 'ru' : 'kk';
}

const CYRILLIC_OR_LATIN = /(\p{Script=Cyrillic})|\p{Script=Latin}/gu;
// Letters only one of the two Latin alphabets has (ı is in both: for и and й in 2018, for і in 2021).
const ALPHABET_2018 = /[áǵńóúýÁǴŃÓÚÝ]/gu;
const ALPHABET_2021 = /[äğñöşçūüÄĞÑÖŞÇŪÜ]/gu;

/**
 * The Latin alphabet a Kazakh text (its title and lead) is written in, when it is mostly in Latin
 * letters: 2018's where its letters are more of 2018's own than of 2021's, else 2021's.
 */
export function latinAlphabet(text: string): LatinAlphabet | undefined {
  let cyrillic = 0;
  let latin = 0;
  for (const [, cyrillicLetter] of text.matchAll(CYRILLIC_OR_LATIN)) {
    if (cyrillicLetter === undefined) latin++;
    else cyrillic++;
  }
  if (latin <= cyrillic) return undefined;
  return (text.match(ALPHABET_2018)?.length ?? 0) > (text.match(ALPHABET_2021)?.length ?? 0) ? 2018 : 2021;
}
