import type { Language } from '../core/language.ts';

/** Every language an article can be in, as its front matter names it. */
export const LANGUAGES: readonly Language[] = ['ru', 'kk', 'kk-Arab'];

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

/** Kazakh in Arabic script is written right to left; the others left to right. */
export function textDirection(lang: Language): 'ltr' | 'rtl' {
  return lang === 'kk-Arab' ? 'rtl' : 'ltr';
}

/**
 * The bare ISO 639-1 code, for readers that take no script subtag: Pagefind (one Kazakh index for
 * both scripts) and the news sitemap's `<news:language>`.
 */
export function languageCode(lang: Language): 'ru' | 'kk' {
  return lang === 'ru' ? 'ru' : 'kk';
}
