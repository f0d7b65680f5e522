import type { Language } from '../../core/language.ts';
import type { ParseState } from '../state.ts';

const KAZAKH_LETTER = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
// A word in one of the three scripts; which one is told by the group that matched.
const WORD = /(\p{Script=Cyrillic}+)|(\p{Script=Latin}+)|\p{Script=Arabic}+/gu;
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
  for (const [, cyrillicWord, latinWord] of text.matchAll(WORD)) {
    if (cyrillicWord !== undefined) {
      cyrillic++;
      if (KAZAKH_LETTER.test(cyrillicWord)) kazakh++;
    } else if (latinWord !== undefined) latin++;
    else arabic++;
  }
  if (arabic > cyrillic && arabic > latin) return 'kk-Arab';
  if (latin > cyrillic) return 'kk';
  return cyrillic > 0 && kazakh / cyrillic >= KAZAKH_WORD_SHARE ? 'kk' : 'ru';
}

// The title and the first paragraphs up to this length tell the language as well as the whole text.
const SAMPLE_LENGTH = 2000;

export function language(state: ParseState): void {
  const { title = '', paragraphs = [] } = state.article;
  let sample = title;
  for (const paragraph of paragraphs) {
    if (sample.length >= SAMPLE_LENGTH) break;
    sample += `\n${paragraph}`;
  }
  state.article.lang = detectLanguage(sample);
}
