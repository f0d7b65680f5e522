// Kazakh words folded for search, one table for the index and the query: the search records of
// Kazakh articles (src/search/search-records.ts) carry each word's folded form and stem, and the
// search page (search.js) folds a query the same way. Pagefind has no Kazakh stemmer and no
// folding of letters, so «Казакстан» (typed on a Russian keyboard), «Qazaqstan» (Latin script)
// and «Қазақстанның» all become «казакстан», then lose their ending: «казакс».

/** Kazakh letters as the Russian keyboard stands in for them; й and ё lose their marks with the Latin ones. */
const CYRILLIC = {
  ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и',
  э: 'е', ъ: '', ь: '', щ: 'ш', ю: 'иу', я: 'иа',
};

/**
 * Latin letters of the alphabets of 2021 (ä ğ ı ñ ö ş ū ü), 2018 (á ǵ ı ń ó ú ý, sh, ch) and the
 * apostrophe one of 2017 (a' g' n' …), as the Cyrillic letters they write, folded. ı and i are і
 * in one alphabet and и, й in another: both fold to и. Letters with a mark lose it, but for these,
 * which stand for another letter than the one without it.
 */
const LATIN_MARKED = { ş: 'ш', ç: 'ч', ý: 'у' };
const LATIN_APOSTROPHE = { a: 'а', g: 'г', i: 'и', n: 'н', o: 'о', u: 'у', y: 'у', s: 'ш', c: 'ч' };
const LATIN_PAIRS = { sh: 'ш', ch: 'ч' };
const LATIN = {
  a: 'а', b: 'б', c: 'ц', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', ı: 'и', j: 'ж', k: 'к', l: 'л', m: 'м',
  n: 'н', o: 'о', p: 'п', q: 'к', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'у', x: 'кс', y: 'ы', z: 'з',
};
const LETTERS = { ...CYRILLIC, ...LATIN };
const APOSTROPHES = "'’ʼ‘`";

/** A word as search.js and search-records.ts find them: letters, marks and digits, with apostrophes inside (2017 Latin). */
export const WORD = new RegExp(`[\\p{L}\\p{M}\\p{N}]+(?:[${APOSTROPHES}][\\p{L}\\p{M}\\p{N}]*)*`, 'gu');

/** `word` in lower case, in Cyrillic, its Kazakh letters as a Russian keyboard types them: «Qazaqstan», «Қазақстан» → «казакстан». */
export function foldWord(word) {
  return word
    .normalize('NFC')
    .toLowerCase()
    .replace(/[şçý]/gu, (letter) => LATIN_MARKED[letter])
    .replace(new RegExp(`([agnousyic])[${APOSTROPHES}]`, 'gu'), (_, letter) => LATIN_APOSTROPHE[letter])
    .replace(new RegExp(`[${APOSTROPHES}]`, 'gu'), '')
    .replace(/sh|ch/gu, (pair) => LATIN_PAIRS[pair])
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/./gu, (letter) => LETTERS[letter] ?? letter)
    // «Юлия» is «İulia»: the и of ия is not written twice.
    .replace(/ии/gu, 'и');
}

/** A stem is never shorter than this, whatever ending it seems to have. */
export const MIN_STEM = 3;

// Endings, folded: plural, then possessive, then case, each optional. After a possessive of the
// third person (ы, і, сы, сі) a case ending takes н: «қаласында», «кітабын».
const PLURAL = ['лар', 'лер', 'дар', 'дер', 'тар', 'тер'];
const THIRD_PERSON = ['ы', 'и', 'сы', 'си'];
const POSSESSIVE = [...THIRD_PERSON, 'ым', 'им', 'ымыз', 'имиз', 'мыз', 'миз', 'ыныз', 'иниз', 'ныз', 'низ'];
const CASE = [
  'нын', 'нин', 'дын', 'дин', 'тын', 'тин', // genitive
  'га', 'ге', 'ка', 'ке', // dative
  'ны', 'ни', 'ды', 'ди', 'ты', 'ти', // accusative
  'да', 'де', 'та', 'те', 'дагы', 'деги', 'тагы', 'теги', // locative, and «-дағы»
  'нан', 'нен', 'дан', 'ден', 'тан', 'тен', // ablative
  'мен', 'бен', 'пен', // instrumental
];
const CASE_AFTER_THIRD_PERSON = ['н', 'на', 'не', 'нда', 'нде', 'ндагы', 'ндеги', 'нан', 'нен', 'нын', 'нин', 'мен'];

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
const DEVOICED = { б: 'п', г: 'к' };

/** A folded word without its longest ending that leaves at least `MIN_STEM` letters: «китапханалар» → «китапхана». */
export function stem(folded) {
  for (let length = Math.min(LONGEST_ENDING, folded.length - MIN_STEM); length > 0; length--) {
    const ending = folded.slice(-length);
    if (!ENDINGS.has(ending)) continue;
    const rest = folded.slice(0, -length);
    return /^[аеиоуы]/u.test(ending) ? rest.replace(/[бг]$/u, (consonant) => DEVOICED[consonant]) : rest;
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
  for (const [word] of text.matchAll(WORD)) {
    if (!/[\p{sc=Cyrillic}\p{sc=Latin}]/u.test(word)) continue;
    const folded = foldWord(word);
    const written = word.toLowerCase();
    for (const form of [folded, stem(folded)]) if (form.length >= MIN_STEM && form !== written) forms.add(form);
  }
  return [...forms];
}
