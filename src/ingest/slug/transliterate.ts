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
/** slugify's `customReplacements`: the Kazakh letters in both cases. */
export const replacements: Array<[string, string]> = KAZAKH.flatMap(([lower, latin]): Array<[string, string]> => [
  [lower, latin],
  [lower.toUpperCase(), latin],
]);

/** Words slugified so far, kept up to WORDS_KEPT: titles repeat their words, and slugify takes some 50 µs a call. */
const wordSlugs = new Map<string, string>();
const WORDS_KEPT = 20_000;

/**
 * Any Russian or Kazakh (Cyrillic, Latin or Arabic script) text → lowercase ASCII words joined by `-`; may be empty.
 * Slugified word by word: no replacement of slugify's spans a space, so the slugs of the words,
 * the empty ones left out, joined by `-` are the text's slug.
 */
export function toSlug(text: string): string {
  let slug = '';
  for (const word of latinizeKazakhArabic(text).split(' ')) {
    const part = wordSlug(word);
    if (part) slug = slug ? `${slug}-${part}` : part;
  }
  return slug;
}

function wordSlug(word: string): string {
  let slug = wordSlugs.get(word);
  if (slug === undefined) {
    if (wordSlugs.size >= WORDS_KEPT) wordSlugs.clear();
    slug = slugify(word, { customReplacements: replacements, decamelize: false });
    wordSlugs.set(word, slug);
  }
  return slug;
}

/** A slug of at most `max` characters, cut at a word boundary where there is one. */
export function truncateSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, max);
}
