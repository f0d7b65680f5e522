import type { Language } from '../../core/language.ts';
import { ARABIC, CYRILLIC, LATIN, OTHER, scriptOfCode, type Script } from '../../core/scripts.ts';
import { SourceError } from '../errors.ts';
import type { ParseState } from '../state.ts';

// The letters Kazakh adds to the Cyrillic alphabet.
const KAZAKH_ALPHABET = 'әғқңөұүһіӘҒҚҢӨҰҮҺІ';
const KAZAKH_LETTERS = new Set([...KAZAKH_ALPHABET].map((letter) => letter.codePointAt(0)!));
const KAZAKH_LETTER = new RegExp(`[${KAZAKH_ALPHABET}]`, 'u');

// Kazakh letters appear in Russian text in names (Қасым-Жомарт), one or two words a paragraph;
// in Kazakh prose most words carry one. A share of 15% of words separates the two with room to spare.
const KAZAKH_WORD_SHARE = 0.15;

/**
 * Russian or Kazakh. Russian is always Cyrillic, so a mostly Latin text is Kazakh in Latin script,
 * and a mostly Arabic-script text is Kazakh in the Tote jazu alphabet (ar.inform.kz), which keeps
 * agency names such as KAZINFORM in Latin letters.
 */
export function detectLanguage(text: string): Language {
  // Counted in one pass over the characters, without collecting the words: every source is read, at ingest of each build.
  let cyrillic = 0;
  let latin = 0;
  let arabic = 0;
  let kazakh = 0;
  // A word is a run of characters of one script, Kazakh when one of its letters is.
  let word: Script = OTHER;
  let kazakhWord = false;
  const close = () => {
    if (word === CYRILLIC) {
      cyrillic++;
      if (kazakhWord) kazakh++;
    } else if (word === LATIN) latin++;
    else if (word === ARABIC) arabic++;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    const script = scriptOfCode(code);
    if (code > 0xffff) i++;
    if (script !== word) {
      close();
      word = script;
      kazakhWord = false;
    }
    // The Russian alphabet's own range (а–я, А–Я) holds none of them: most letters are told without the set.
    if (script === CYRILLIC && (code < 0x410 || code > 0x44f) && KAZAKH_LETTERS.has(code)) kazakhWord = true;
  }
  close();
  if (arabic > cyrillic && arabic > latin) return 'kk-Arab';
  if (latin > cyrillic) return 'kk';
  return cyrillic > 0 && kazakh / cyrillic >= KAZAKH_WORD_SHARE ? 'kk' : 'ru';
}

// The title and the first paragraphs up to this length tell the language as well as the whole text.
const SAMPLE_LENGTH = 2000;

// A sample whose share of Kazakh words falls between a Russian text's and a Kazakh one's mixes the two:
// a Russian interview with a host's greeting in Kazakh, a Kazakh report quoting a paragraph in Russian.
const MIXED_SHARE_BELOW = 0.35;

const CYRILLIC_WORD = /\p{Script=Cyrillic}+/gu;

/** The share of the Cyrillic words of a text that hold a Kazakh letter. */
function kazakhShare(text: string): number {
  const words = text.match(CYRILLIC_WORD) ?? [];
  return words.length === 0 ? 0 : words.filter((word) => KAZAKH_LETTER.test(word)).length / words.length;
}

// English words no Kazakh word in Latin letters spells alone (`on`, `is`, `at`, `as` are Kazakh words too).
const ENGLISH_SMALL_WORDS: ReadonlySet<string> = new Set(['the', 'of', 'and', 'to', 'in', 'was', 'were', 'are', 'for', 'with', 'that', 'by', 'from', 'has', 'have', 'will', 'this', 'which', 'said']);
const LONGEST_SMALL_WORD = 5;
// What may stand next to a word (a letter, a mark, an apostrophe, a hyphen) and so makes it part of a longer one.
const IN_WORD_BEFORE = /[\p{L}\p{M}'’-]$/u;
const IN_WORD_AFTER = /^[\p{L}\p{M}'’-]/u;

/** The character with code `code` as a letter of the small words in small case (`ſ` and the Kelvin sign fold to `s` and `k`, as the `iu` flags fold them), or ''. */
function smallWordLetter(code: number): string {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return String.fromCharCode(code | 0x20);
  return code === 0x17f ? 's' : code === 0x212a ? 'k' : '';
}

/**
 * How many of English's small words the text holds, each a whole word, case aside: a run of Latin letters,
 * told in one pass over the characters; a regular expression with look-arounds tried at every character
 * costs most of the language rule, and a Cyrillic text holds few Latin runs.
 */
function englishWordCount(text: string): number {
  let count = 0;
  for (let start = 0; start < text.length; ) {
    if (smallWordLetter(text.charCodeAt(start)) === '') {
      start++;
      continue;
    }
    let end = start;
    let word = '';
    for (let letter = smallWordLetter(text.charCodeAt(end)); letter !== ''; letter = smallWordLetter(text.charCodeAt(++end))) {
      if (word.length <= LONGEST_SMALL_WORD) word += letter;
    }
    if (ENGLISH_SMALL_WORDS.has(word) && !IN_WORD_BEFORE.test(text.slice(Math.max(0, start - 2), start)) && !IN_WORD_AFTER.test(text.slice(end, end + 2))) count++;
    start = end;
  }
  return count;
}
const LATIN_WORD = /(?<![\p{L}\p{M}])\p{Script=Latin}[\p{Script=Latin}\p{M}'’-]*/gu;
const CYRILLIC_OR_ARABIC_WORD = /(?<![\p{L}\p{M}])[\p{Script=Cyrillic}\p{Script=Arabic}][\p{Script=Cyrillic}\p{Script=Arabic}\p{M}-]*/gu;
// In English prose about one word in four is one of those; Kazakh in Latin letters has none, a Kazakh or Russian
// text quoting an English name or title a few, among many words in its own letters.
const ENGLISH_WORDS = 5;
const ENGLISH_SHARE = 0.15;
// A word with a letter of the Kazakh Latin alphabets (2018's acute letters, 2021's): Kazakh quoting an English
// title has many of them for each English word, English none (`Tokayev`, `Nur-Sultan` have none).
const KAZAKH_LATIN_WORD = /(?<![\p{L}\p{M}])[\p{Script=Latin}\p{M}'’-]*[áǵıńóúýäğñöüşūÁǴŃÓÚÝÄĞÑÖÜŞŪ][\p{Script=Latin}\p{M}'’-]*/gu;

/**
 * Whether the text is English: mostly Latin words, and among them English's own small words. Habar publishes
 * Russian and Kazakh; an English edition's page (an agency's `en.` site) is another language's report.
 */
export function isEnglish(text: string): boolean {
  const english = englishWordCount(text);
  if (english < ENGLISH_WORDS) return false;
  const latin = text.match(LATIN_WORD)?.length ?? 0;
  const other = text.match(CYRILLIC_OR_ARABIC_WORD)?.length ?? 0;
  if (latin <= other || english < latin * ENGLISH_SHARE) return false;
  return english > 2 * (text.match(KAZAKH_LATIN_WORD)?.length ?? 0);
}

export function language(state: ParseState): SourceError | void {
  const { title = '', paragraphs = [] } = state.article;
  let sample = title;
  for (const paragraph of paragraphs) {
    if (sample.length >= SAMPLE_LENGTH) break;
    sample += `\n${paragraph}`;
  }
  if (isEnglish(sample)) {
    return new SourceError('the report is in English, and habar publishes reports in Russian and Kazakh: paste the Russian or Kazakh edition of the report', state.headLine);
  }
  const lang = detectLanguage(sample);
  // Such a mix is in the language of most of its text, the title and each paragraph read on their own.
  if (lang === 'kk' && kazakhShare(sample) < MIXED_SHARE_BELOW) {
    // The title and each paragraph are one line each, set apart in the sample by its line breaks.
    const russian = sample.split('\n').filter((piece) => detectLanguage(piece) === 'ru').reduce((sum, piece) => sum + piece.length, 0);
    if (russian * 2 > sample.length) {
      state.article.lang = 'ru';
      return;
    }
  }
  state.article.lang = lang;
}
