import type { ParseState } from '../state.ts';

// What an embedded Instagram post leaves when a page's paragraphs are copied flattened into one
// line: `… в Instagram. Посмотреть эту публикацию в Instagram Публикация от AO "X" (@x) Реакция …`.
// The words are the embed's own, never a report's; the text around them stays.
const EMBED = /\s*(?:посмотреть\s+эту\s+публикацию\s+в\s+instagram|view\s+this\s+post\s+on\s+instagram)\s+(?:публикация\s+от|a\s+post\s+shared\s+by)\s+[^()]{1,80}\(@[\w.]{2,40}\)\s*/iu;

/** Takes an embedded post out of the line it was flattened into, recording it; the text stays. */
export function embeddedPost(state: ParseState): void {
  for (const line of state.lines) {
    if (line.verbatim || !line.text.includes('nstagram')) continue;
    const embed = EMBED.exec(line.text);
    if (!embed) continue;
    line.text = `${line.text.slice(0, embed.index)} ${line.text.slice(embed.index + embed[0].length)}`.trim();
    state.skipped.push({ line: line.line, text: embed[0].trim(), rule: 'embedded post' });
  }
  state.lines = state.lines.filter((line) => line.text !== '');
}
