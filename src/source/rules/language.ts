import type { Language } from '../article.ts';
import type { ParseState } from '../state.ts';

const KAZAKH_LETTER = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
// A word in one of the three scripts; which one is told by its first letter.
const WORD = /\p{Script=Cyrillic}+|\p{Script=Latin}+|\p{Script=Arabic}+/gu;
const CYRILLIC_START = /^\p{Script=Cyrillic}/u;
const LATIN_START = /^\p{Script=Latin}/u;
// Kazakh letters appear in Russian text in names (Қасым-Жомарт), one or two words a paragraph;
// in Kazakh prose most words carry one. A share of 15% of words separates the two with room to spare.
const KAZAKH_WORD_SHARE = 0.15;

/**
 * Russian or Kazakh. Russian is always Cyrillic, so a mostly Latin text is Kazakh in Latin script,
 * and a mostly Arabic-script text is Kazakh in the Tote jazu alphabet (ar.inform.kz), which keeps
 * agency names such as KAZINFORM in Latin letters.
 */
export function detectLanguage(text: string): Language {
  // Counted in one pass, without collecting the words: every source is read, at ingest of each build.
  let cyrillic = 0;
  let latin = 0;
  let arabic = 0;
  let kazakh = 0;
  for (const [word] of text.matchAll(WORD)) {
    if (CYRILLIC_START.test(word)) {
      cyrillic++;
      if (KAZAKH_LETTER.test(word)) kazakh++;
    } else if (LATIN_START.test(word)) latin++;
    else arabic++;
  }
  if (arabic > cyrillic && arabic > latin) return 'kk-Arab';
  if (latin > cyrillic) return 'kk';
  return cyrillic > 0 && kazakh / cyrillic >= KAZAKH_WORD_SHARE ? 'kk' : 'ru';
}

export function language(state: ParseState): void {
  const { title = '', paragraphs = [] } = state.article;
  state.article.lang = detectLanguage([title, ...paragraphs].join('\n'));
}
