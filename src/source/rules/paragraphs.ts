import { SourceError } from '../errors.ts';
import type { ParseState } from '../state.ts';

/**
 * Every remaining line is a paragraph. Sources separate paragraphs by blank lines or by
 * plain line breaks; both mean the same, and no source hard-wraps its sentences.
 */
export function paragraphs(state: ParseState): SourceError | void {
  if (state.lines.length === 0) {
    return new SourceError('the article has a title but no body text', state.headLine);
  }
  state.article.paragraphs = state.lines.map((l) => l.text);
  state.lines = [];
}
