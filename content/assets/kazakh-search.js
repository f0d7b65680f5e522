// Kazakh words folded for search, one table for the index and the query: the search records of
// Kazakh articles (src/search/search-records.ts) carry each word's folded form and stem, and the
// search page (search.js) folds a query the same way. Pagefind has no Kazakh stemmer and no
// folding of letters, so «Қазақстанның», «Казакстан» (typed on a Russian keyboard) and «Qazaqstan»
// (Latin script) are all folded to «kazakstan», then lose their ending: «kazaks».
//
// A folded word is written in plain Latin letters, never shown: Pagefind searches merged indexes
// with the stemmer of the page's language, and the Russian one, which cuts «ауыл» to «ау», leaves
// Latin words alone.

/**
 * Cyrillic letters, Kazakh and Russian, folded: each Kazakh letter as its Russian-keyboard stand-in
 * would be (қ as к, і as и), then written in Latin letters as the alphabet of 2021 writes it,
 * without marks.
 */
const CYRILLIC = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'e', ж: 'j', з: 'z', и: 'i', й: 'i', і: 'i',
  к: 'k', қ: 'k', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'u',
  ү: 'u', ф: 'f', х: 'h', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
};

/**
 * Latin letters of the alphabets of 2021 (ä ğ ı ñ ö ş ū ü), 2018 (á ǵ ı ń ó ú ý, sh, ch) and the
 * apostrophe one of 2017 (a' g' n' …), folded as the Cyrillic letters they write. ı and i are і in
 * one alphabet and и, й in another: both fold to i. Letters with a mark lose it, but for these,
 * which stand for another letter than the one without it.
 */
const LATIN = { c: 'ts', ı: 'i', q: 'k', w: 'u', x: 'ks', ş: 'sh', ç: 'ch', ý: 'u' };
const LATIN_APOSTROPHE = { a: 'a', g: 'g', i: 'i', n: 'n', o: 'o', u: 'u', y: 'u', s: 'sh', c: 'ch' };
const APOSTROPHES = "'’ʼ‘`";
const HAS_APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, 'u');
const APOSTROPHE_LETTER = new RegExp(`([agnousyic])[${APOSTROPHES}]`, 'gu');
const APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, 'gu');

/** Each letter folded, lower-case: the tables above, then every other Latin letter with marks without them, and marks alone dropped. */
const FOLDED = new Map(Object.entries({ ...CYRILLIC, ...LATIN }));
for (let code = 0xc0; code <= 0x36f; code++) {
  const letter = String.fromCodePoint(code);
  const base = letter.normalize('NFD').replace(/\p{M}/gu, '');
  if (base !== letter && !FOLDED.has(letter) && base.length <= 1) FOLDED.set(letter, FOLDED.get(base) ?? base);
}

/** A word as search.js and search-records.ts find them: letters, marks and digits, with apostrophes inside (2017 Latin). */
export const WORD = new RegExp(`[\\p{L}\\p{M}\\p{N}]+(?:[${APOSTROPHES}][\\p{L}\\p{M}\\p{N}]*)*`, 'gu');

/** `word` folded: «Қазақстан», «Казакстан», «Qazaqstan» → «kazakstan». */
export function foldWord(word) {
  let lower = word.normalize('NFC').toLowerCase();
  if (HAS_APOSTROPHE.test(lower)) lower = lower.replace(APOSTROPHE_LETTER, (_, letter) => LATIN_APOSTROPHE[letter]).replace(APOSTROPHE, '');
  let folded = '';
  for (const letter of lower) folded += FOLDED.get(letter) ?? letter;
  // «Юлия» is «İulia»: the i of ия is not written twice.
  return folded.includes('ii') ? folded.replaceAll('ii', 'i') : folded;
}

/** A stem is never shorter than this, whatever ending it seems to have. */
export const MIN_STEM = 3;

// Endings, folded: plural, then possessive, then case, each optional. After a possessive of the
// third person (ы, і, сы, сі) a case ending takes н: «қаласында», «кітабын».
const PLURAL = ['lar', 'ler', 'dar', 'der', 'tar', 'ter'];
const THIRD_PERSON = ['y', 'i', 'sy', 'si'];
const POSSESSIVE = [...THIRD_PERSON, 'ym', 'im', 'ymyz', 'imiz', 'myz', 'miz', 'ynyz', 'iniz', 'nyz', 'niz'];
const CASE = [
  'nyn', 'nin', 'dyn', 'din', 'tyn', 'tin', // genitive
  'ga', 'ge', 'ka', 'ke', // dative
  'ny', 'ni', 'dy', 'di', 'ty', 'ti', // accusative
  'da', 'de', 'ta', 'te', 'dagy', 'degi', 'tagy', 'tegi', // locative, and «-дағы»
  'nan', 'nen', 'dan', 'den', 'tan', 'ten', // ablative
  'men', 'ben', 'pen', // instrumental
];
const CASE_AFTER_THIRD_PERSON = ['n', 'na', 'ne', 'nda', 'nde', 'ndagy', 'ndegi', 'nan', 'nen', 'nyn', 'nin', 'men'];

/** Every ending the table allows: plural, possessive and case in that order, each optional. */
export const ENDINGS = new Set(
  ['', ...PLURAL].flatMap((plural) =>
    ['', ...POSSESSIVE].flatMap((possessive) =>
      ['', ...(THIRD_PERSON.includes(possessive) ? CASE_AFTER_THIRD_PERSON : CASE)].map((ending) => plural + possessive + ending),
    ),
  ).filter(Boolean),
);
const LONGEST_ENDING = Math.max(...[...ENDINGS].map((ending) => ending.length));

/** Consonants voiced before an ending that starts with a vowel: «кітабы» is «кітап» with «ы». */
const DEVOICED = { b: 'p', g: 'k' };

/** A folded word without its longest ending that leaves at least `MIN_STEM` letters: «kitaphanalar» → «kitaphana». */
export function stem(folded) {
  for (let length = Math.min(LONGEST_ENDING, folded.length - MIN_STEM); length > 0; length--) {
    const ending = folded.slice(-length);
    if (!ENDINGS.has(ending)) continue;
    const rest = folded.slice(0, -length);
    return /^[aeiouy]/u.test(ending) ? rest.replace(/[bg]$/u, (consonant) => DEVOICED[consonant]) : rest;
  }
  return folded;
}

/** What a query's word is searched as among the forms of Kazakh words: its stem, folded. */
export function queryForm(word) {
  return stem(foldWord(word));
}

/**
 * The folded forms and stems of the words of `text`, once each, that differ from the words as
 * written (those are indexed already), for words of Cyrillic or Latin letters whose form has at
 * least `MIN_STEM` letters.
 */
export function searchForms(text) {
  const forms = new Set();
  const seen = new Set();
  for (const [word] of text.matchAll(WORD)) {
    const written = word.toLowerCase();
    if (seen.has(written) || !/[\p{sc=Cyrillic}\p{sc=Latin}]/u.test(written)) continue;
    seen.add(written);
    for (const form of formsOf(written)) forms.add(form);
  }
  return [...forms];
}

// A word's forms, kept: the indexer folds the same words in article after article.
const knownForms = new Map();
const FORMS_KEPT = 50_000;

function formsOf(written) {
  let forms = knownForms.get(written);
  if (forms === undefined) {
    if (knownForms.size >= FORMS_KEPT) knownForms.clear();
    const folded = foldWord(written);
    forms = [folded, stem(folded)].filter((form) => form.length >= MIN_STEM && form !== written);
    knownForms.set(written, forms);
  }
  return forms;
}
