import { wordCount } from '../line-shape.ts';
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
// A template's value for a missing field, printed glued to the first word of the line after it:
// `nullJas …`, `undefinedБиыл …`, `Noneجاس …`, `null«Biz …`; so is a picture's alt text `photo` where the
// picture stood (`photo«Qazba …`). Glued to a capital, an opening quote, or a letter of a script other than
// the placeholder's, it is no word's beginning (`nullify`, `Nonetheless`, `photograph` stay).
const GLUED_PLACEHOLDER = /^(?:null|undefined|None|NaN|photo|\[object Object\])(?=\p{Lu}|[«“„]|(?!\p{Script=Latin})\p{L})/u;
// A picture's file name, its content's hash (32 to 64 hex digits, letters and figures mixed, a number and `_`
// before it or not), copied as its alt text glued before the paragraph: `434_c4ef…bdf674Астана. 4 қыркүйек. …`.
// Glued to a capital, an opening quote or a letter of another script; no word of a report is spelt so.
const GLUED_IMAGE_NAME = /^(?:\d{1,6}_)?(?=[\da-f]*[a-f])(?=[a-f]*\d)[\da-f]{32,64}(?=\p{Lu}|[«“„]|(?!\p{Script=Latin})\p{L})/u;
// A picture's file name printed as text before a paragraph's first word, a space between, as the copy takes the
// picture's alt text: `arh-01 Облыс әкімі …`. Taken off before the headline is looked for, so that the paragraph reads as
// the lead it is, whatever its shape (a lead closing on a colon or an ellipsis too). Only a name no word is spelt as:
// a camera's or a phone's default name, `IMG_2041`, `IMG-2041`, `DSC01234`, `DSCN0456`, `P1010234`, `photo_5`; a gallery's,
// a word of small Latin letters numbered after a hyphen or an underscore, `arh-01`, `sapar_3`; any word of Latin letters
// and figures with an underscore, `opros_mg-02-02`; its file's ending kept or not (`arh-01.jpg`). `COVID-19`, `F-16`,
// `Су-25`, `MH17` are words of a text, and so are an aircraft's or a virus's name in small letters (`mig-29`, `covid-19`).
const IMAGE_NAME_LONGEST = 48;
const CAMERA_NAME = /^(?:(?:img|dsc[nf]?|pxl|mvimg|photo|image|foto|screenshot)[_-]?\d[\d_-]{0,30}|p\d{7})$/iu;
const NUMBERED_NAME = /^[a-z]{2,12}[_-]\d{1,4}$/u;
const UNDERSCORED_NAME = /^(?=[^_]*_)(?=\D*\d)[A-Za-z\d][\w-]*$/u;
const IMAGE_FILE_ENDING = /\.(?:jpe?g|png|gif|webp|heic)$/iu;
export const NO_FILE_NAME = /^(?:covid|sars|mers|mig|su|tu|an|il|yak|ka|mi|ms)[_-]/iu;
const PARAGRAPH_START = /^\p{Lu}\p{Ll}/u;
// The words at least of the paragraph after the name: a name before a word or two is a caption's or a label's.
const PARAGRAPH_WORDS = 3;

// Or glued to the paragraph's first word in another script, the space lost: `Screenshot_2018-05-12-10-35-35-1Бүгін …`.
const GLUED_FILE_NAME = /^[A-Za-z\d][\w.-]{2,47}(?=(?!\p{Script=Latin})\p{Lu}\p{Ll})/u;

/**
 * The picture's file name opening the line before a paragraph's first word (`arh-01 Облыс …`), and the text after it,
 * or undefined.
 */
function fileNameBefore(text: string): { name: string; rest: string } | undefined {
  const first = text.charCodeAt(0);
  // An ASCII letter or figure first, a space early: most paragraphs open otherwise.
  if (!((first >= 0x30 && first <= 0x39) || ((first | 0x20) >= 0x61 && (first | 0x20) <= 0x7a))) return undefined;
  const glued = GLUED_FILE_NAME.exec(text)?.[0];
  const space = text.indexOf(' ');
  if (glued === undefined && (space < 3 || space > IMAGE_NAME_LONGEST)) return undefined;
  const written = glued ?? text.slice(0, space);
  const name = written.replace(IMAGE_FILE_ENDING, '');
  if (!/\d/u.test(name) || NO_FILE_NAME.test(name)) return undefined;
  if (!CAMERA_NAME.test(name) && !NUMBERED_NAME.test(name) && !UNDERSCORED_NAME.test(name)) return undefined;
  const rest = text.slice(glued === undefined ? space + 1 : glued.length);
  return PARAGRAPH_START.test(rest) && wordCount(rest) >= PARAGRAPH_WORDS ? { name: written, rest } : undefined;
}
// A counter's figure (the page's comments or pictures) glued before a paragraph opening on a name in guillemets, the
// space lost: `7«Нұрсұлтан Назарбаев. Өмірбаян» кітабы …`. No sentence opens on a figure glued to a quote; a class's
// letter so glued, `5«Б» сыныбы`, is one letter.
const GLUED_COUNTER = /^\d{1,5}(?=«\p{Lu}\p{L})/u;
// A CMS plugin's tag the copy kept unrendered, alone or glued before a paragraph: `{jcomments on}Семейдің …`,
// `{loadposition banner}`. A word in small Latin letters in braces, its setting after it: no sentence opens so.
const PLUGIN_TAG = /^\{\/?[a-z][a-z_]{2,24}(?:\s[^{}]{1,40})?\}\s*/u;
// A line break's tag the copy kept closing a paragraph, after its sentence's end: `… ءوتتى.<br>`, `….<br />`
// (turkystan.kz's archive). A tag inside the text, or after a word, stays the editor's.
const TRAILING_BREAK = /(?<=[.!?…»"”)])(?:\s*<br\s*\/?>)+$/iu;
// A picture's tag the copy cut after the paragraph's last sentence, its attribute's name left (`… өтті.  width=`).
const TRAILING_ATTRIBUTE = /(?<=[.!?…»"”])\s+(?:width|height|alt|src|class|style|title)=$/u;
// A WordPress picture's caption shortcode the copy kept unrendered around its caption and credit, the whole line:
// `[caption id="attachment_12" align="alignleft" width="300"]фото АФП[/caption]`. The text between stays for the
// credit's and the caption's rules; the shortcode is markup.
const CAPTION_SHORTCODE = /^(\[caption(?:\s[^\][]{0,300})?\])(.+?)(\[\/caption\])$/u;
// A multilingual site's language markers (qTranslate's) left around the text of one language: `[:ru]Заголовок[:]`.
// Glued to the text they wrap; alone on a line, the clutter table's `language marker` takes them.
const LANGUAGE_OPENING = /^\[:[a-z]{2,3}\](?=\S)/u;
const LANGUAGE_CLOSING = /(?<=\S)\[:\]$/u;

/** The text with the language markers glued around it taken off, and what was taken, or undefined when it has none. */
function withoutLanguageMarkers(text: string): { text: string; markers: string } | undefined {
  const opening = LANGUAGE_OPENING.exec(text)?.[0] ?? '';
  const closing = LANGUAGE_CLOSING.exec(text)?.[0] ?? '';
  if (!opening && !closing) return undefined;
  return { text: text.slice(opening.length, text.length - closing.length).trim(), markers: `${opening}${closing}` };
}

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
 * (`&laquo;` is `«`), and cut markup, a CMS plugin's tag, a template's placeholder or a picture's file name off their start
 * (the placeholder off the title's too),
 * and a line break's tag off a paragraph's end,
 * recording them; the text stays.
 */
export function htmlMarkup(state: ParseState): void {
  const title = state.article.title;
  const inTitle = title && !title.startsWith(' ') ? GLUED_PLACEHOLDER.exec(title) : null;
  if (inTitle) {
    state.article.title = title!.slice(inTitle[0].length);
    state.skipped.push({ line: state.headLine, text: inTitle[0], rule: 'template placeholder' });
  }
  const marked = state.article.title?.includes('[:') ? withoutLanguageMarkers(state.article.title) : undefined;
  if (marked?.text) {
    state.article.title = marked.text;
    state.skipped.push({ line: state.headLine, text: marked.markers, rule: 'language marker' });
  }
  for (const line of state.lines) {
    const languageMarked = !line.verbatim && line.text.includes('[:') ? withoutLanguageMarkers(line.text) : undefined;
    if (languageMarked?.text) {
      line.text = languageMarked.text;
      state.skipped.push({ line: line.line, text: languageMarked.markers, rule: 'language marker' });
    }
    const first = line.text[0];
    const placeholder = !line.verbatim && (first === 'n' || first === 'u' || first === 'N' || first === 'p' || first === '[') ? GLUED_PLACEHOLDER.exec(line.text) : null;
    if (placeholder) {
      line.text = line.text.slice(placeholder[0].length);
      state.skipped.push({ line: line.line, text: placeholder[0], rule: 'template placeholder' });
      continue;
    }
    const imageName = !line.verbatim && /[\da-f]/u.test(first ?? '') ? GLUED_IMAGE_NAME.exec(line.text) : null;
    if (imageName) {
      line.text = line.text.slice(imageName[0].length);
      state.skipped.push({ line: line.line, text: imageName[0], rule: 'image label' });
      continue;
    }
    const fileName = line.verbatim ? undefined : fileNameBefore(line.text);
    if (fileName) {
      line.text = fileName.rest;
      state.skipped.push({ line: line.line, text: fileName.name, rule: 'image label' });
      continue;
    }
    const counter = !line.verbatim && first !== undefined && first >= '0' && first <= '9' ? GLUED_COUNTER.exec(line.text) : null;
    if (counter) {
      line.text = line.text.slice(counter[0].length);
      state.skipped.push({ line: line.line, text: counter[0], rule: 'counter' });
      continue;
    }
    const plugin = !line.verbatim && first === '{' ? PLUGIN_TAG.exec(line.text) : null;
    if (plugin) {
      line.text = line.text.slice(plugin[0].length);
      state.skipped.push({ line: line.line, text: plugin[0].trim(), rule: 'html markup' });
      continue;
    }
    const shortcode = !line.verbatim && first === '[' ? CAPTION_SHORTCODE.exec(line.text) : null;
    if (shortcode) {
      line.text = shortcode[2]!.trim();
      state.skipped.push({ line: line.line, text: `${shortcode[1]}${shortcode[3]}`, rule: 'html markup' });
      continue;
    }
    const cut = line.verbatim || (first !== '>' && first !== '-') ? null : CUT_MARKUP.exec(line.text);
    if (cut) {
      line.text = line.text.slice(cut[0].length);
      state.skipped.push({ line: line.line, text: cut[0], rule: 'html markup' });
      continue;
    }
    const trailing = line.verbatim || !line.text.endsWith('>') ? null : TRAILING_BREAK.exec(line.text);
    if (trailing) {
      line.text = line.text.slice(0, trailing.index);
      state.skipped.push({ line: line.line, text: trailing[0].trim(), rule: 'html markup' });
      continue;
    }
    const attribute = line.verbatim || !line.text.endsWith('=') ? null : TRAILING_ATTRIBUTE.exec(line.text);
    if (attribute) {
      line.text = line.text.slice(0, attribute.index);
      state.skipped.push({ line: line.line, text: attribute[0].trim(), rule: 'html markup' });
      continue;
    }
    if (line.verbatim || !line.text.startsWith('<') || !HTML_PARAGRAPH.test(line.text)) continue;
    const tags = line.text.match(TAG)!;
    line.text = line.text.replace(TAG, '').replace(ENTITY, decodeEntity).replace(/ {2,}/gu, ' ').trim();
    state.skipped.push({ line: line.line, text: tags.join(''), rule: 'html markup' });
  }
  state.lines = state.lines.filter((line) => line.text !== '');
}
