import type { Language } from '../../core/language.ts';
import { ARABIC, CYRILLIC, LATIN, OTHER, scriptOfCode, type Script } from '../../core/scripts.ts';
import { SourceError } from '../errors.ts';
import type { ParseState } from '../state.ts';

// The letters Kazakh adds to the Cyrillic alphabet.
const KAZAKH_ALPHABET = 'әғқңөұүһіӘҒҚҢӨҰҮҺІ';
const KAZAKH_LETTERS = new Set([...KAZAKH_ALPHABET].map((letter) => letter.codePointAt(0)!));

// Kazakh letters appear in Russian text in names (Қасым-Жомарт), one or two words a paragraph;
// in Kazakh prose most words carry one. A share of 15% of words separates the two with room to spare.
const KAZAKH_WORD_SHARE = 0.15;

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

/** Whether the run of the small words' letters from `start` to `end` is one of English's small words, a whole word. */
function isSmallWord(text: string, start: number, end: number): boolean {
  // A run longer than the longest small word is none: its letters are not gathered.
  if (end - start > LONGEST_SMALL_WORD) return false;
  let letters = '';
  for (let i = start; i < end; i++) letters += smallWordLetter(text.charCodeAt(i));
  return ENGLISH_SMALL_WORDS.has(letters) && !IN_WORD_BEFORE.test(text.slice(Math.max(0, start - 2), start)) && !IN_WORD_AFTER.test(text.slice(end, end + 2));
}

/** What one pass over a text counts: its words by script (a run of characters of one script), its Cyrillic words that hold a Kazakh letter, and English's small words, case aside. */
interface Words {
  cyrillic: number;
  latin: number;
  arabic: number;
  kazakh: number;
  english: number;
}

const noWords = (): Words => ({ cyrillic: 0, latin: 0, arabic: 0, kazakh: 0, english: 0 });

function addWords(sum: Words, words: Words): void {
  sum.cyrillic += words.cyrillic;
  sum.latin += words.latin;
  sum.arabic += words.arabic;
  sum.kazakh += words.kazakh;
  sum.english += words.english;
}

function closeWord(words: Words, word: Script, kazakhWord: boolean): void {
  if (word === CYRILLIC) {
    words.cyrillic++;
    if (kazakhWord) words.kazakh++;
  } else if (word === LATIN) words.latin++;
  else if (word === ARABIC) words.arabic++;
}

/**
 * Counts the words of `text` from `start` to `end` into `words`, in one pass over the characters and without
 * collecting them: every source is read, at ingest of each build. A line break is of no script and no word's
 * letter, so the counts of a text's lines add up to the text's.
 */
function countWords(text: string, start: number, end: number, words: Words): void {
  let word: Script = OTHER;
  let kazakhWord = false;
  // Where the run of the small words' letters under way began, or -1.
  let smallStart = -1;
  for (let i = start; i < end; i++) {
    let code = text.charCodeAt(i);
    // Most characters: a letter of the Russian alphabet's own range (а–я, А–Я), none of them Kazakh's or a small word's,
    // told without the table; within a Cyrillic word it changes no count.
    if (code >= 0x410 && code <= 0x44f) {
      if (word === CYRILLIC) continue;
      if (smallStart >= 0) smallStart = endSmallRun(text, smallStart, i, words);
      closeWord(words, word, kazakhWord);
      word = CYRILLIC;
      kazakhWord = false;
      continue;
    }
    // Then ASCII: a Latin letter, each one a small word's, or a space, a figure or a mark, of no script.
    if (code < 0x80) {
      const latin = (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
      if (latin) {
        if (smallStart < 0) smallStart = i;
      } else if (smallStart >= 0) smallStart = endSmallRun(text, smallStart, i, words);
      const script = latin ? LATIN : OTHER;
      if (script !== word) {
        closeWord(words, word, kazakhWord);
        word = script;
        kazakhWord = false;
      }
      continue;
    }
    if (smallWordLetter(code) !== '') {
      if (smallStart < 0) smallStart = i;
    } else if (smallStart >= 0) smallStart = endSmallRun(text, smallStart, i, words);
    if (code >= 0xd800 && code <= 0xdbff) {
      code = text.codePointAt(i)!;
      if (code > 0xffff) i++;
    }
    const script = scriptOfCode(code);
    if (script !== word) {
      closeWord(words, word, kazakhWord);
      word = script;
      kazakhWord = false;
    }
    if (script === CYRILLIC && KAZAKH_LETTERS.has(code)) kazakhWord = true;
  }
  closeWord(words, word, kazakhWord);
  if (smallStart >= 0) endSmallRun(text, smallStart, end, words);
}

/** Ends the run of the small words' letters from `start` to `end`, counting it if it is one of English's small words; -1, no run. */
function endSmallRun(text: string, start: number, end: number, words: Words): -1 {
  // Called only where a run is under way: most characters end none, and pay no call.
  if (isSmallWord(text, start, end)) words.english++;
  return -1;
}

/**
 * Russian or Kazakh. Russian is always Cyrillic, so a mostly Latin text is Kazakh in Latin script,
 * and a mostly Arabic-script text is Kazakh in the Tote jazu alphabet (ar.inform.kz), which keeps
 * agency names such as KAZINFORM in Latin letters.
 */
function languageOf({ cyrillic, latin, arabic, kazakh }: Words): Language {
  if (arabic > cyrillic && arabic > latin) return 'kk-Arab';
  if (latin > cyrillic) return 'kk';
  return cyrillic > 0 && kazakh / cyrillic >= KAZAKH_WORD_SHARE ? 'kk' : 'ru';
}

export function detectLanguage(text: string): Language {
  const words = noWords();
  countWords(text, 0, text.length, words);
  return languageOf(words);
}

// The title and the first paragraphs up to this length tell the language as well as the whole text.
const SAMPLE_LENGTH = 2000;

// A sample whose share of Kazakh words falls between a Russian text's and a Kazakh one's mixes the two:
// a Russian interview with a host's greeting in Kazakh, a Kazakh report quoting a paragraph in Russian.
const MIXED_SHARE_BELOW = 0.35;

/** The share of the Cyrillic words that hold a Kazakh letter. */
const kazakhShare = ({ cyrillic, kazakh }: Words): number => (cyrillic === 0 ? 0 : kazakh / cyrillic);

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
 * Whether the text, holding `english` of English's small words, is English: mostly Latin words, and among them
 * English's own small words. Habar publishes Russian and Kazakh; an English edition's page (an agency's `en.` site) is another language's report.
 */
function isEnglish(text: string, english: number): boolean {
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
  // The title and each paragraph are one line each, set apart in the sample by its line breaks: each is read on
  // its own in the one pass over the sample, and the length of those in Russian summed.
  const words = noWords();
  let russian = 0;
  for (let start = 0, end = 0; end < sample.length; start = end + 1) {
    end = sample.indexOf('\n', start);
    if (end === -1) end = sample.length;
    const piece = noWords();
    countWords(sample, start, end, piece);
    addWords(words, piece);
    if (languageOf(piece) === 'ru') russian += end - start;
  }
  if (isEnglish(sample, words.english)) {
    return new SourceError('the report is in English, and habar publishes reports in Russian and Kazakh: paste the Russian or Kazakh edition of the report', state.headLine);
  }
  const lang = languageOf(words);
  // Such a mix is in the language of most of its text, the title and each paragraph read on their own.
  if (lang === 'kk' && kazakhShare(words) < MIXED_SHARE_BELOW && russian * 2 > sample.length) {
    state.article.lang = 'ru';
    return;
  }
  state.article.lang = lang;
}
