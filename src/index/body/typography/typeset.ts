import type { Language } from '../../../core/language.ts';
import { setDashes } from './dashes.ts';
import { setQuotes, type QuoteState } from './quotes.ts';
import { bindNumbers, bindShortWords } from './spaces.ts';

/**
 * Russian/Kazakh (either script) typography for a piece of plain text: quotation marks, dashes and non-breaking
 * spaces. Only spaces, dashes and quotation marks change; the author's words never do.
 * Pass one `quotes` state to the pieces of one paragraph so nesting carries across them.
 */
export function typeset(text: string, lang: Language, quotes: QuoteState = { depth: 0 }): string {
  return bindNumbers(bindShortWords(setDashes(setQuotes(text, quotes)), lang));
}
