/** BCP 47 tags: Russian, Kazakh in Cyrillic (or Latin) script, Kazakh in Arabic script (Tote jazu). */
export type Language = 'ru' | 'kk' | 'kk-Arab';

/** The Latin alphabets of Kazakh: 2018's acute letters (á, ǵ, ý, sh) or 2021's (ä, ğ, u, ş). */
export type LatinAlphabet = 2018 | 2021;

/**
 * What a reader's text is written in, to the alphabet; a page's own words and dates follow it.
 * Kazakh in Latin script keeps the language `kk` and is told apart by its letters (`latin`).
 */
export type Writing = Language | 'kk-Latn' | 'kk-Latn-2018';

export function writingOf({ lang, latin }: { lang: Language; latin?: LatinAlphabet }): Writing {
  if (lang !== 'kk' || latin === undefined) return lang;
  return latin === 2018 ? 'kk-Latn-2018' : 'kk-Latn';
}

/** The BCP 47 tag of text in `writing`, for `lang` attributes: no subtag tells Kazakh's Latin alphabets apart. */
export function langTag(writing: Writing): Language | 'kk-Latn' {
  return writing === 'kk-Latn-2018' ? 'kk-Latn' : writing;
}
