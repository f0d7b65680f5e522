import type { ParseState } from '../state.ts';

/**
 * A line the editor starts with `\` is text of the article as written, even when it looks like
 * page clutter, a credit or a tag line: `\Политика` keeps a one-word paragraph. The `\` goes.
 */
/** The editor's mark at the start of a line that keeps it as text. */
export const isMarkedVerbatim = (text: string): boolean => text.startsWith('\\');

export function verbatim(state: ParseState): void {
  for (const line of state.lines) {
    if (isMarkedVerbatim(line.text)) {
      line.text = line.text.slice(1).trimStart();
      line.verbatim = true;
    }
  }
  state.lines = state.lines.filter((line) => line.text !== '');
}
