import { clutterRuleOf } from '../source/rules/clutter.ts';

// Language markers and times that copy-paste from a news wire brings into a title: `РУ`, `KZ`, `12:24`.
const TIME = /(?:^|[\s(])\d{1,2}:\d{2}(?=$|[\s),.])/u;
const MIN_WORDS = 3;
// Punctuation and symbols at a word's ends, taken off before the word is looked up.
const EDGE_MARKS = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

// A language's name that opens or closes a headline is mostly a word of it (`Русский язык в школах`, `قازاق ءباسپاسوزى`,
// `Қазақша күрес`): a switcher's marker is an abbreviation (`РУ`, `KZ`, `Қаз`) or printed in capitals (`ҚАЗАҚША`).
const MARKER_LONGEST = 3;
const CAPITAL = /\p{Lu}/u;

function isLanguageMarker(word: string): boolean {
  if (word.length > MARKER_LONGEST && !(CAPITAL.test(word) && word === word.toUpperCase())) return false;
  return clutterRuleOf(word)?.name === 'language switcher';
}

// A hyphenated word counts each part: `Чиновников-взяточников уволили` says as much as three words.
function wordsAndParts(words: readonly string[]): number {
  return words.reduce((count, word) => count + word.split('-').filter(Boolean).length, 0);
}

/** Why a title looks like page noise rather than a headline, or undefined when it looks fine. */
export function titleNoise(title: string): string | undefined {
  const words = title.split(' ').map((word) => word.replace(EDGE_MARKS, '')).filter(Boolean);
  const marker = [words[0], words.at(-1)].find((word) => word !== undefined && isLanguageMarker(word));
  if (marker) return `the title "${title}" holds the language marker "${marker}"; remove it`;
  if (TIME.test(title)) return `the title "${title}" holds a time of day; remove it`;
  if (wordsAndParts(words) < MIN_WORDS) return `the title "${title}" is very short; is it the headline?`;
  return undefined;
}
