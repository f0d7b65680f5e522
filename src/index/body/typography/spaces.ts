import type { Language } from '../../../core/language.ts';

export const NBSP = '\u00A0';

// One- and two-letter prepositions, conjunctions and particles that must not end a line.
const SHORT_WORDS: Record<Language, string[]> = {
  ru: ['а', 'в', 'и', 'к', 'о', 'с', 'у', 'я', 'во', 'да', 'до', 'за', 'из', 'ко', 'на', 'не', 'ни', 'но', 'об', 'от', 'по', 'со'],
  kk: ['ал', 'әр', 'ең', 'не', 'және', 'мен', 'пен', 'бен'],
  // The same words in Arabic script; әр is written with either hamza, ٴ or ء.
  'kk-Arab': ['ال', 'ٴار', 'ءار', 'ەڭ', 'نە', 'جانە', 'مەن', 'پەن', 'بەن'],
};

const shortWordPatterns = Object.fromEntries(
  Object.entries(SHORT_WORDS).map(([lang, words]) => [
    lang,
    // Only after a space, an opening quote or bracket, so `из-за` and the end of `Ашимбаев` are left alone.
    new RegExp(`(?<=^|[\\s«„"(\\u00A0])(${words.join('|')}) +(?=\\S)`, 'giu'),
  ]),
) as Record<Language, RegExp>;

/** A space after a short preposition or conjunction becomes non-breaking: `в\u00A0Астане`. */
export function bindShortWords(text: string, lang: Language): string {
  return text.replace(shortWordPatterns[lang], `$1${NBSP}`);
}

// A number's space before what it counts: a letter, a percent or per-mille sign, a degree, a currency.
const SPACE_BEFORE_UNIT = /(\d) +(?=[\p{L}%‰°$€₸])/gu;

/**
 * Numbers stay with what they count: `300\u00A0тенге`, `15\u00A0%`, `№\u00A05`, `12\u00A0500`.
 * A number written without a space (`15%`) stays as written.
 */
export function bindNumbers(text: string): string {
  return text
    .replace(/(\d) +(?=\d{3}(?!\d))/gu, `$1${NBSP}`)
    .replace(SPACE_BEFORE_UNIT, `$1${NBSP}`)
    .replace(/№ +(?=\d)/gu, `№${NBSP}`);
}
