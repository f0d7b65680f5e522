import type { ParseState } from '../state.ts';

// A line of its own above the date line. Nothing may precede the date line in a published source,
// so this marker can never be a sentence of the article nor be typed there by accident.
const DRAFT_LINE = /^draft$/i;

/** `draft` alone on the line before `date ...` keeps the article out of the published site. */
export function draft(state: ParseState): void {
  const first = state.lines[0];
  if (first && DRAFT_LINE.test(first.text)) {
    state.lines.shift();
    state.article.draft = true;
  }
}
