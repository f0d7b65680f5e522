import { isSentenceLine } from '../line-shape.ts';
import type { ParseState } from '../state.ts';

/**
 * A photo's caption some pages print twice in a row, under the picture and as its description
 * (`Участники протеста у общежития. Уральск, 11 сентября 2023 года`): it describes the lead photo
 * unless a caption did already, and both copies leave the body. A sentence copied twice is text.
 */
export function photoCaption(state: ParseState): void {
  const { lines } = state;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (line.text !== next.text || line.verbatim || next.verbatim || isSentenceLine(line)) continue;
    state.article.photoAlt ??= line.text;
    for (const copy of lines.splice(i, 2)) state.skipped.push({ line: copy.line, text: copy.text, rule: 'photo caption' });
    i--;
  }
}
