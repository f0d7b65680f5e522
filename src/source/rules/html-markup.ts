import type { ParseState } from '../state.ts';

// A paragraph copied with its HTML, as some pages print their own markup (inform.kz's AMP pages):
// the whole line wrapped in `<p>…</p>`. Markup anywhere else is text the editor wrote
// (`Текст с <b>жирным</b>`), kept and escaped when written.
const HTML_PARAGRAPH = /^<p(?:\s[^<>]{0,200})?>.*<\/p>$/isu;
// The tags such a paragraph holds: its own, links and emphasis.
const TAG = /<\/?(?:p|a|br|b|strong|i|em|span|u)(?:\s[^<>]{0,500})?\/?>/giu;

/** Takes the tags out of paragraphs copied as HTML, recording them; the text between them stays. */
export function htmlMarkup(state: ParseState): void {
  for (const line of state.lines) {
    if (line.verbatim || !line.text.startsWith('<') || !HTML_PARAGRAPH.test(line.text)) continue;
    const tags = line.text.match(TAG)!;
    line.text = line.text.replace(TAG, '').replace(/ {2,}/gu, ' ').trim();
    state.skipped.push({ line: line.line, text: tags.join(''), rule: 'html markup' });
  }
  state.lines = state.lines.filter((line) => line.text !== '');
}
