import { wordCount } from '../line-shape.ts';
import type { ParseState } from '../state.ts';
import { clutterRuleOf } from './clutter.ts';
import { creditIn } from './photo-credit.ts';

/**
 * A date line's title that looks like page matter rather than a headline: clutter (`РУ`, a stamp,
 * a counter), a credit, a banner in capitals, a label ending in `:`, or one or two words.
 */
export function looksLikePageMatter(title: string): boolean {
  return (
    clutterRuleOf(title) !== undefined ||
    creditIn(title) !== undefined ||
    wordCount(title) <= 2 ||
    title.endsWith(':') ||
    !/\p{Ll}/u.test(title.replace(/\p{Script=Arabic}/gu, ''))
  );
}

/**
 * Moves such a title among the lines of the page, where the credit and clutter rules see it like
 * any other line; the headline rule then finds the page's headline, or gives the title back.
 */
export function titleLine(state: ParseState): void {
  const title = state.article.title!;
  if (!looksLikePageMatter(title)) return;
  state.lines.unshift({ text: title, line: state.headLine, fromTitle: true });
  delete state.article.title;
}
