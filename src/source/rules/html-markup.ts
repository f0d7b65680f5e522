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
// The character references such a paragraph holds, as its page wrote them: `&laquo;Shahter&raquo;`.
const ENTITY = /&(?:#(\d{2,5})|#x([\da-f]{2,4})|([a-z]{2,8}));/giu;
const NAMED: Readonly<Record<string, string>> = { laquo: '«', raquo: '»', quot: '"', amp: '&', nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', bdquo: '„', apos: "'", lt: '<', gt: '>' };

/** A reference the page wrote for a character, as the character; an unknown name stays as written. */
function decodeEntity(entity: string, decimal?: string, hex?: string, name?: string): string {
  const code = decimal ? Number(decimal) : hex ? Number.parseInt(hex, 16) : undefined;
  if (code !== undefined) return code > 31 && code < 0x110000 ? String.fromCodePoint(code) : entity;
  return NAMED[name!.toLowerCase()] ?? entity;
}

/**
 * Takes the tags out of paragraphs copied as HTML, their character references read as the characters
 * (`&laquo;` is `«`), and cut markup off their start, recording them; the text stays.
 */
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
    line.text = line.text.replace(TAG, '').replace(ENTITY, decodeEntity).replace(/ {2,}/gu, ' ').trim();
    state.skipped.push({ line: line.line, text: tags.join(''), rule: 'html markup' });
  }
  state.lines = state.lines.filter((line) => line.text !== '');
}
