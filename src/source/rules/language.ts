import type { Language } from '../article.ts';
import type { ParseState } from '../state.ts';

const KAZAKH_CYRILLIC = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;
// Kazakh letters show up in Russian text too, in names (Қасым-Жомарт); in Kazakh prose they are
// several per cent of all letters. One per cent separates the two with room to spare.
const KAZAKH_SHARE = 0.01;

/** Russian or Kazakh. Russian is always Cyrillic, so a mostly Latin text is Kazakh in Latin script. */
export function detectLanguage(text: string): Language {
  const cyrillic = count(text, CYRILLIC);
  const latin = count(text, LATIN);
  if (latin > cyrillic) return 'kk';
  return cyrillic > 0 && count(text, KAZAKH_CYRILLIC) / cyrillic >= KAZAKH_SHARE ? 'kk' : 'ru';
}

export function language(state: ParseState): void {
  const { title = '', paragraphs = [] } = state.article;
  state.article.lang = detectLanguage([title, ...paragraphs].join('\n'));
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
