import type { MarkdownIt } from 'markdown-it';
import type { Language } from '../../../core/language.ts';
import { isLanguage } from '../../languages.ts';
import { typeset } from './typeset.ts';

/**
 * A markdown-it core rule that typesets the text of every paragraph, after inline parsing, so
 * code and markup (there is none in generated articles, but hand edits may add it) are not touched.
 * The language comes from the render environment: `md.render(text, { lang })`.
 */
export function typographyPlugin(md: MarkdownIt): void {
  md.core.ruler.push('habar_typography', (state) => {
    const lang: Language = isLanguage(state.env?.lang) ? state.env.lang : 'ru';
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      const quotes = { depth: 0 };
      for (const token of block.children) {
        if (token.type === 'text') token.content = typeset(token.content, lang, quotes);
      }
    }
  });
}
