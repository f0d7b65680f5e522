import type { ParseState } from '../state.ts';

// A paragraph copied with its HTML, as some pages print their own markup (inform.kz's AMP pages):
// the whole line wrapped in `<p>…</p>`. Markup anywhere else is text the editor wrote
// (`Текст с <b>жирным</b>`), kept and escaped when written.
const HTML_PARAGRAPH = /^<p(?:\s[^<>]{0,200})?>.*<\/p>$/isu;
// The tags such a paragraph holds: its own, links and emphasis.
const TAG = /<\/?(?:p|a|br|b|strong|i|em|span|u)(?:\s[^<>]{0,500})?\/?>/giu;
// The end of a comment or a tag the copy cut in two, glued to a paragraph's first word: `-->1) …`,
// `>Өмір дерек …`. A `>` followed by a space is the editor's own (a quotation mark, kept).
export const CUT_MARKUP = /^(?:-->|>)(?=[\p{L}\p{N}«"(])/u;

/** Takes the tags out of paragraphs copied as HTML, and cut markup off their start, recording them; the text stays. */
export function htmlMarkup(state: ParseState): void {
  for (const line of state.lines) {
    const first = line.text[0];
    const cut = line.verbatim || (first !== '>' && first !== '-') ? null : CUT_MARKUP.exec(line.text);
    if (cut) {
      line.text = line.text.slice(cut[0].length);
      state.skipped.push({ line: line.line, text: cut[0], rule: 'html markup' });
      continue;
    }
    if (line.verbatim || !line.text.startsWith('<') || !HTML_PARAGRAPH.test(line.text)) continue;
    const tags = line.text.match(TAG)!;
    line.text = line.text.replace(TAG, '').replace(/ {2,}/gu, ' ').trim();
    state.skipped.push({ line: line.line, text: tags.join(''), rule: 'html markup' });
  }
  state.lines = state.lines.filter((line) => line.text !== '');
}
