import type { Language } from '../article.ts';
import type { ParseState } from '../state.ts';

const KAZAKH_LETTER = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
// A word in either script; which one is told by its first letter.
const WORD = /\p{Script=Cyrillic}+|\p{Script=Latin}+/gu;
const CYRILLIC_START = /^\p{Script=Cyrillic}/u;
// Kazakh letters appear in Russian text in names (Қасым-Жомарт), one or two words a paragraph;
// in Kazakh prose most words carry one. A share of 15% of words separates the two with room to spare.
const KAZAKH_WORD_SHARE = 0.15;

/** Russian or Kazakh. Russian is always Cyrillic, so a mostly Latin text is Kazakh in Latin script. */
export function detectLanguage(text: string): Language {
  // Counted in one pass, without collecting the words: every source is read, at ingest of each build.
  let cyrillic = 0;
  let latin = 0;
  let kazakh = 0;
  for (const [word] of text.matchAll(WORD)) {
    if (!CYRILLIC_START.test(word)) latin++;
    else {
      cyrillic++;
      if (KAZAKH_LETTER.test(word)) kazakh++;
    }
  }
  if (latin > cyrillic) return 'kk';
  return cyrillic > 0 && kazakh / cyrillic >= KAZAKH_WORD_SHARE ? 'kk' : 'ru';
}

export function language(state: ParseState): void {
  const { title = '', paragraphs = [] } = state.article;
  state.article.lang = detectLanguage([title, ...paragraphs].join('\n'));
}
