import { SourceError } from '../errors.ts';
import type { ParseState } from '../state.ts';

/** The paragraph `habar new` writes into a new source, to be replaced by the article. */
export const PLACEHOLDER_PARAGRAPH = 'Текст новости.';

/** A source published with the placeholder still in it would put it on the site: refused unless a draft. */
export function placeholder(state: ParseState): SourceError | void {
  if (state.article.draft) return;
  const line = state.lines.find((l) => l.text === PLACEHOLDER_PARAGRAPH);
  if (line) {
    return new SourceError(`the placeholder paragraph "${PLACEHOLDER_PARAGRAPH}" of \`habar new\` is still here; replace it with the article's text (or put \`draft\` back on the first line)`, line.line);
  }
}
