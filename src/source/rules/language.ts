import type { Language } from '../article.ts';
import type { ParseState } from '../state.ts';

const KAZAKH_LETTER = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
const CYRILLIC_WORD = /\p{Script=Cyrillic}+/gu;
const LATIN_WORD = /\p{Script=Latin}+/gu;
// Kazakh letters appear in Russian text in names (Қасым-Жомарт), one or two words a paragraph;
// in Kazakh prose most words carry one. A share of 15% of words separates the two with room to spare.
const KAZAKH_WORD_SHARE = 0.15;

/** Russian or Kazakh. Russian is always Cyrillic, so a mostly Latin text is Kazakh in Latin script. */
export function detectLanguage(text: string): Language {
  const cyrillic = text.match(CYRILLIC_WORD) ?? [];
  const latin = text.match(LATIN_WORD) ?? [];
  if (latin.length > cyrillic.length) return 'kk';
  const kazakh = cyrillic.filter((word) => KAZAKH_LETTER.test(word)).length;
  return cyrillic.length > 0 && kazakh / cyrillic.length >= KAZAKH_WORD_SHARE ? 'kk' : 'ru';
}

export function language(state: ParseState): void {
  const { title = '', paragraphs = [] } = state.article;
  state.article.lang = detectLanguage([title, ...paragraphs].join('\n'));
}
