import slugify from '@sindresorhus/slugify';
import { latinizeKazakhArabic } from './kazakh-arabic.ts';

// slugify knows Russian but drops the Kazakh Cyrillic letters (Қазақстан → `aza-stan`). These follow
// the 2021 Kazakh Latin alphabet with its diacritics removed, so a Cyrillic and a Latin-script
// spelling of one word give one slug (Қазақстан, Qazaqstan → `qazaqstan`).
const KAZAKH: ReadonlyArray<[string, string]> = [
  ['ә', 'a'], ['ғ', 'g'], ['қ', 'q'], ['ң', 'n'], ['ө', 'o'], ['ұ', 'u'], ['ү', 'u'], ['һ', 'h'], ['і', 'i'],
  // The 2021 Latin alphabet's ŋ has no accent to strip (jaŋa → `jana`, not `ja-a`), and its ä, ö, ü are
  // Kazakh vowels, not German ones (därıhana → `darihana`, as дәріхана).
  ['ŋ', 'n'], ['ä', 'a'], ['ö', 'o'], ['ü', 'u'],
];
const replacements: Array<[string, string]> = KAZAKH.flatMap(([lower, latin]): Array<[string, string]> => [
  [lower, latin],
  [lower.toUpperCase(), latin],
]);

/** Any Russian or Kazakh (Cyrillic, Latin or Arabic script) text → lowercase ASCII words joined by `-`; may be empty. */
export function toSlug(text: string): string {
  return slugify(latinizeKazakhArabic(text), { customReplacements: replacements, decamelize: false });
}

/** A slug of at most `max` characters, cut at a word boundary where there is one. */
export function truncateSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, max);
}
