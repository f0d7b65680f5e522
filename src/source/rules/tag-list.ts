import { endsAsSentence, HEADLINE_MAX, holdsSentence, isHeadlineLike, isLabelLike, isSentenceLine, wordCount } from '../line-shape.ts';
import type { ParseState, SourceLine } from '../state.ts';
import { clutterRuleOf, isClutterAmong } from './clutter.ts';
import { hasHeadlineVerb } from './page-foot.ts';

// `Теги:` as outlet pages print it above their tag links; Kazakh `Тегтер:`, Latin `Tegter:`, Arabic `تەگتەر:`.
// Headings of more words or of a common word take their colon: `Ключевые слова:`, `Темы:`, `Тэги новости:`, Kazakh `Кілт сөздер:`, `Тақырыптар:` (topics).
const TAG_LABEL = String.raw`(?:теги|тэги|метки|тегтер|tegter|تەگتەر|tags)`;
const HEADING = new RegExp(String.raw`^(?:${TAG_LABEL}\s*(?::\s*(.*))?|(?:ключевые\s+слова|темы|география|(?:теги|тэги|метки)\s+(?:новости|статьи|материала|публикации)|кілт\s+сөздер|тақырыптар|taqyryptar|تاقىرىپتار|түйінді?\s+сөздер|keywords)\s*:\s*(.*))$`, 'iu');
// The heading with the links run into it, every mark and space between them lost: `Теги:РКЗаболеваемостьгрипп`.
const GLUED_HEADING = new RegExp(String.raw`^${TAG_LABEL}:(?=\p{L})`, 'iu');
// Or the label itself glued to the first link, its colon lost too: `ТегиАстанаЭкономика`, `ТегтерАуылЖол`.
const LABEL_GLUED = /^(?:Теги|Тэги|Метки|Тегтер|Tegter|Tags)(?=\p{Lu}\p{Ll})(.{3,200})$/u;
// Where two links meet in such a run: a capital after a small letter, or a capital opening a word after an
// abbreviation in capitals (`РК|Заболеваемость`).
const CASE_JOINT = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u;
// A link in small letters glued after another is told by the report's own words: at least this long.
const SMALL_TAG = 3;
const MAX_LINES = 20;
const SHARE_PROMPT = /^поделитесь\s+новостью$/iu;

/** What a tag heading holds after it on its line (`''` for nothing), or undefined for a line that is no heading. */
function headingRest(text: string): string | undefined {
  const found = HEADING.exec(text) ?? LABEL_GLUED.exec(text);
  return found ? (found[1] ?? found[2] ?? '') : undefined;
}

const LETTER = /\p{L}/u;

/** One tag link: a short label, or one of a comma-separated list of them. */
function namesIn(text: string): string[] | undefined {
  const names = text.split(/\s*[,;،]\s*/u).map((name) => name.replace(/^#/u, '').trim()).filter(Boolean);
  // A tag has a letter: a lone `»` (the mark of a link list after the tags) or a number is none.
  const fit = names.length > 0 && names.every((name) => isLabelLike(name) && LETTER.test(name) && !/^\d+$/u.test(name));
  return fit ? names : undefined;
}

/** A heading with its tag links on its line (`Метки: Костанай, дороги`): as the date line's title, the page's tags printed above the headline. */
export function isTagListLine(text: string): boolean {
  const inline = headingRest(text);
  return inline !== undefined && inline !== '' && namesIn(inline) !== undefined;
}

function isTagLine(line: SourceLine): boolean {
  if (line.verbatim) return false;
  // A tag may be a rubric's name (`Политика`); a share prompt or a stamp after the list ends it.
  const rule = clutterRuleOf(line.text);
  return (!rule || rule.name === 'rubric') && namesIn(line.text) !== undefined;
}

/**
 * Zakon.kz's tag links after the share prompt that closes its page, with no heading:
 * `Поделитесь новостью` / `Область Жетысу` / `Образование`. Only when tag links alone follow the
 * prompt to the page's end; the prompt stays for the clutter table.
 */
function tagsAfterSharePrompt(state: ParseState): void {
  const index = state.lines.findIndex((line) => !line.verbatim && !line.fromTitle && SHARE_PROMPT.test(line.text));
  const tags = state.lines.slice(index + 1);
  if (index < 0 || tags.length === 0 || tags.length > MAX_LINES || !tags.every(isTagLine)) return;
  state.lines.splice(index + 1);
  state.article.tags = tags.flatMap((line) => namesIn(line.text)!);
}

// The prompts a page closes on under its tag links: `Следите за новостями zakon.kz в:`, `Поделиться:`.
const CLOSING_PROMPTS = new Set(['subscribe prompt', 'reader prompt', 'follow prompt', 'share prompt']);
// Tag links run together with spaces, the marks between them lost: each opens on a capital or a figure.
const TAG_RUN = /^[\p{L}\d][\p{L}\d -]*$/u;
const TAG_START = /\s+(?=[\p{Lu}\d])/u;
const RUN_TAGS = 3;
const TAG_WORDS = 3;

/** A run of three tag links or more, a capital or a figure opening each (`Алматы 2024 год Ремонт Автодороги`). */
function tagRun(text: string): string[] | undefined {
  if (!TAG_RUN.test(text)) return undefined;
  const names = text.split(TAG_START);
  return names.length >= RUN_TAGS && names.every((name) => wordCount(name) <= TAG_WORDS && isLabelLike(name)) ? names : undefined;
}

/**
 * Tag links printed with no heading as one line, the marks between them lost, right above the prompt
 * the page closes on, under the text (`… сообщает Zakon.kz.` / `Алматы 2024 год Ремонт Автодороги
 * Маршруты` / `Следите за новостями zakon.kz в:`): split before each capital or figure. Only page
 * matter follows the prompt; the prompt stays for the clutter table.
 */
function tagsAboveClosingPrompt(state: ParseState): void {
  const { lines } = state;
  // The run's shape first, from the page's foot's end: the clutter table is read only about such a line.
  const end = footEnd(lines);
  let run = end - 1;
  while (run >= 0 && (lines[run]!.verbatim || tagRun(lines[run]!.text) === undefined || footRuleOf(lines[run]!) !== undefined)) run--;
  if (run < 0) {
    shortTagsAboveClosingPrompt(state, end);
    if (!state.article.tags) smallTagsAboveClosingPrompt(state, end);
    return;
  }
  const [text, closing] = [lines[run - 1], lines[run + 1]];
  if (!text || !closing || !isSentenceLine(text) || !CLOSING_PROMPTS.has(footRuleOf(closing) ?? '')) return;
  if (lines.slice(run + 2, end).some((line) => footRuleOf(line) === undefined)) return;
  state.article.tags = tagRun(lines[run]!.text)!;
  state.lines.splice(run, 1);
}

// Fewer links than a run: one or two, each one word of the report itself.
const SHORT_RUN = 2;

/** One or two tag links of one word each on a line of the links' shape: `Алматы`, `Ақтау Жаңаөзен`. */
function shortTagNames(text: string): string[] | undefined {
  const names = text.split(TAG_START);
  return names.length <= SHORT_RUN && names.every((name) => wordCount(name) === 1 && isLabelLike(name)) ? names : undefined;
}

// A run holds letters, figures, spaces and hyphens only, and in ASCII TAG_RUN's letters and figures are `A`–`Z`,
// `a`–`z`, `0`–`9`: a line closing on another ASCII character (`.`, `,`, `)`) is told by it, not read through.
function mayCloseTagRun(code: number): boolean {
  return code >= 0x80 || code === 0x20 || code === 0x2d || (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/**
 * A line that may be the tag links above the closing prompt, told by its shape alone: a run of them, one or two
 * links of a word, or links in small letters run together (what tagsAboveClosingPrompt, shortTagsAboveClosingPrompt
 * and smallTagsAboveClosingPrompt ask of their line first).
 */
function hasTagLinksShape(line: SourceLine): boolean {
  if (line.verbatim || !mayCloseTagRun(line.text.charCodeAt(line.text.length - 1))) return false;
  if (!line.fromTitle && SMALL_RUN.test(line.text)) return true;
  if (!TAG_RUN.test(line.text)) return false;
  return tagRun(line.text) !== undefined || (!line.fromTitle && shortTagNames(line.text) !== undefined);
}

// Page matter the page may print between the tag links and the prompt: a «read on» link's label (`Оқи отырыңыз`).
const BETWEEN_MAX = 2;
// The prompt is looked for among the copy's last lines only: a widget's label and its dozen items under it.
const FOOT_TAIL = 16;

/**
 * Where the page's foot under the report ends: the copy's end, or a widget's label heading the rest under the
 * closing prompt (`Жаңалықтан zakon.kz сайтында хабардар болыңыз:` / `Танымал жаңалықтар` / headlines …), page
 * matter only between them.
 */
function footEnd(lines: readonly SourceLine[]): number {
  let prompt = lines.length - 1;
  // Asked of the prompt's rules first: most lines of the foot are the report's own and match none.
  while (prompt >= 0 && prompt >= lines.length - FOOT_TAIL && (lines[prompt]!.verbatim || !isClutterAmong(CLOSING_PROMPTS, lines[prompt]!.text))) prompt--;
  if (prompt < 0 || prompt < lines.length - FOOT_TAIL) return lines.length;
  const widget = lines.findIndex((line, index) => index > prompt && footRuleOf(line) === 'news widget');
  return widget > 0 && lines.slice(prompt + 1, widget).every((line) => footRuleOf(line) !== undefined) ? widget : lines.length;
}

/** The clutter rule a line matches, by name; none for a line the editor marked verbatim. */
function footRuleOf(line: SourceLine): string | undefined {
  return line.verbatim ? undefined : clutterRuleOf(line.text)?.name;
}

/**
 * The closing prompt read from the page's foot's end up, over page matter only (`Хабарламаларға жазылу`,
 * `Следите за новостями zakon.kz в:`), with two lines at least above it; undefined when there is none.
 */
function closingPromptAt(lines: readonly SourceLine[], end: number): number | undefined {
  let at = end - 1;
  while (at >= 0 && footRuleOf(lines[at]!) !== undefined && !CLOSING_PROMPTS.has(footRuleOf(lines[at]!)!)) at--;
  return at >= 2 && CLOSING_PROMPTS.has(footRuleOf(lines[at]!) ?? '') ? at : undefined;
}

/**
 * One or two tag links of one word each right above the prompt the page closes on (`… сообщает Zakon.kz.` /
 * `Алматы` / `Следите за новостями zakon.kz в:`), each a word the report writes (`Алматы` in its lead),
 * under the report's text (a sentence, or a line closing on a colon whose list the copy lost). A name of
 * two words there (`Облыстық мәслихат`) signs the report. A «read on» label may stand between the links and
 * the prompt, and a widget of other reports under its label may follow the prompt (`Ақтау` / `Оқи отырыңыз` /
 * `Жаңалықтан zakon.kz сайтында хабардар болыңыз:` / `Танымал жаңалықтар` / …).
 */
function shortTagsAboveClosingPrompt(state: ParseState, end: number): void {
  const { lines } = state;
  const closingAt = closingPromptAt(lines, end);
  if (closingAt === undefined) return;
  let tagsAt = closingAt - 1;
  while (tagsAt > closingAt - 1 - BETWEEN_MAX && tagsAt > 1 && footRuleOf(lines[tagsAt]!) === 'related news') tagsAt--;
  const [text, tags] = [lines[tagsAt - 1]!, lines[tagsAt]!];
  if (tags.verbatim || tags.fromTitle || text.verbatim || !TAG_RUN.test(tags.text)) return;
  // The text's last line may close on a label glued after its last sentence (`… орналастырылды. ҚР МИИР баспасөз қызметі`).
  if (!isSentenceLine(text) && !text.text.endsWith(':') && !holdsSentence(text.text)) return;
  if (footRuleOf(tags) !== undefined) return;
  const names = shortTagNames(tags.text);
  if (!names) return;
  const report = reportWords(state, tagsAt);
  if (!names.every((name) => inReport(name, report))) return;
  state.article.tags = names;
  state.lines.splice(tagsAt, 1);
}

// One tag link a line, the comma the page prints after each kept on it: `Павлодар,` / `отопительный,` / `сезон,`.
const COMMA_TAG = /^[\p{L}\d#][^,;.!?:]{0,40},$/u;
const COMMA_TAGS = 2;

// The pattern closes on the comma: a line without one there is told by its end, not read through.
function hasTagComma(text: string): boolean {
  return text.endsWith(',') && COMMA_TAG.test(text);
}

/** A tag link alone on its line: a short label (three words at most) no clutter rule knows. */
function isCommaTag(line: SourceLine): boolean {
  return !line.verbatim && wordCount(line.text) <= TAG_WORDS && isTagLine(line);
}

/**
 * Tag links with no heading, one a line, each with its comma (`Павлодар,` / `отопительный,` / `сезон,`;
 * the last may lack it), printed under the report, page matter right after them, or between the headline
 * and the lead. Two such lines at least; a verse's lines, a sentence closing them, stay text.
 */
function tagsOnCommaLines(state: ParseState): void {
  const { lines } = state;
  for (let start = 0; start < lines.length; start++) {
    let end = start;
    while (end < lines.length && hasTagComma(lines[end]!.text) && isCommaTag(lines[end]!)) end++;
    if (end - start < COMMA_TAGS) continue;
    const last = lines[end];
    if (last && !hasTagComma(last.text) && isCommaTag(last) && !isSentenceLine(last)) end++;
    // Under the report: page matter right after the links (`Комментарии (0)`), or nothing, and no sentence below.
    // Above its text: no sentence above them, the lead right under them.
    const next = lines[end];
    const foot = lines.slice(0, start).some(isSentenceLine) && (!next || (!next.verbatim && clutterRuleOf(next.text) !== undefined)) && !lines.slice(end).some(isSentenceLine);
    const head = !lines.slice(0, start).some(isSentenceLine) && next !== undefined && isSentenceLine(next);
    if (!foot && !head) return;
    state.article.tags = lines.slice(start, end).flatMap((line) => namesIn(line.text)!);
    lines.splice(start, end - start);
    return;
  }
}

// Tag links in small letters run together with spaces, the marks between them lost: `ауыз су қордай жамбыл облысы`.
const SMALL_RUN = /^\p{Ll}[\p{Ll}\d-]*(?:\s[\p{L}\d-]+){2,9}$/u;
// Under a heading, a run of this many words with no mark between them is taken apart by the report's phrases.
const SPACED_RUN_WORDS = 3;

// Tag links run together on the line under their heading: a few words each, a sentence's mark in none.
const RUN_MAX_WORDS = 20;
const TITLE_WORD = /^\p{Lu}\p{Ll}/u;
const SMALL_WORD = /^\p{Ll}/u;
const SENTENCE_MARK = /[.!?:;,]/u;

/**
 * Tag links run together on the line under their heading, their marks lost, each opening on a capitalised word:
 * `Вакцинация в Казахстане Грипп в ВКО Управление здравоохранения ВКО`. A capitalised word opens the next link
 * unless a word in small letters stands right before it (`в Казахстане`); a name in quotes or capitals goes on one.
 */
function capitalisedRun(line: SourceLine): string[] | undefined {
  const words = line.text.split(' ');
  if (line.verbatim || words.length < SPACED_RUN_WORDS || words.length > RUN_MAX_WORDS || SENTENCE_MARK.test(line.text)) return undefined;
  const tags: string[][] = [[words[0]!]];
  for (let i = 1; i < words.length; i++) {
    if (TITLE_WORD.test(words[i]!) && !SMALL_WORD.test(words[i - 1]!)) tags.push([words[i]!]);
    else tags.at(-1)!.push(words[i]!);
  }
  return tags.length >= 2 ? tags.map((tag) => tag.join(' ')) : undefined;
}

/**
 * Tag links in small letters printed as one line, their marks lost, right above the prompt the page closes on,
 * under the report's text, a byline between or not (`… бітеді.` / `ауыз су қордай жамбыл облысы` /
 * `Хабарламаларға жазылу`): every word of them is the report's, and the report's phrases tell which run together.
 */
function smallTagsAboveClosingPrompt(state: ParseState, end: number): void {
  const { lines } = state;
  const closingAt = closingPromptAt(lines, end);
  if (closingAt === undefined) return;
  const tags = lines[closingAt - 1]!;
  // The report's signature may stand between its text and the tags.
  const signed = footRuleOf(lines[closingAt - 2]!) === 'byline' ? 1 : 0;
  const text = lines[closingAt - 2 - signed];
  if (!text || tags.verbatim || tags.fromTitle || text.verbatim || !SMALL_RUN.test(tags.text) || !isSentenceLine(text) || footRuleOf(tags) !== undefined) return;
  const names = phraseTags(tags.text.split(/\s+/u), reportSequence(state, closingAt - 1));
  if (!names) return;
  state.article.tags = names;
  state.lines.splice(closingAt - 1, 1);
}

// What parts the report's text into words: anything but letters, figures and hyphens.
const NOT_WORD = /[^\p{L}\d-]+/u;

/** The report's words in order, in small letters (its title and lines but the one of the tags). */
function reportSequence(state: ParseState, tagsAt: number): string[] {
  return [state.article.title ?? '', ...state.lines.filter((_, index) => index !== tagsAt).map((line) => line.text)]
    .join(' ').toLowerCase().split(NOT_WORD).filter(Boolean);
}

/** A tag's word is the report's word, inflected there or not: `облысы` is its `облысының`, `су` its `сумен`. */
function sameWord(tag: string, word: string): boolean {
  return word === tag || (word.startsWith(tag.length > INFLECTED_TAG ? tag.slice(0, -1) : tag) && word.length <= tag.length + INFLECTED_TAG);
}

/**
 * Words of tag links run together, every one a word of the report, as tags: two words the report writes one after
 * the other are one tag (`ауа райы`, `жамбыл облысы`), the others one word each. Undefined when a word is not the
 * report's or the words make one tag only.
 */
function phraseTags(words: readonly string[], report: readonly string[]): string[] | undefined {
  const lower = words.map((word) => word.toLowerCase());
  if (!lower.every((word) => report.some((other) => sameWord(word, other)))) return undefined;
  const together = (a: string, b: string) => report.some((word, i) => i + 1 < report.length && sameWord(a, word) && sameWord(b, report[i + 1]!));
  const tags: string[] = [words[0]!];
  for (let i = 1; i < words.length; i++) {
    if (together(lower[i - 1]!, lower[i]!) && wordCount(tags.at(-1)!) < 2) tags[tags.length - 1] += ` ${words[i]}`;
    else tags.push(words[i]!);
  }
  return tags.length > 1 ? tags : undefined;
}

// A tag names its word as a dictionary does, the report inflects it: `грипп` is the report's `гриппа`, `полиция` its `полиции`.
const ENDING = 2;

interface ReportWords {
  /** The report's words (its title and lines but the heading's), in small letters. */
  words: ReadonlySet<string>;
  /** Each word and the word with its last one or two letters left off: the stems a tag may have. */
  stems: ReadonlySet<string>;
}

/** The words of the report, to tell a tag glued to another by. */
function reportWords(state: ParseState, heading: number): ReportWords {
  const text = [state.article.title ?? '', ...state.lines.filter((_, index) => index !== heading).map((line) => line.text)].join(' ').toLowerCase();
  const words = new Set(text.split(NOT_WORD).filter((word) => word.length >= SMALL_TAG));
  const stems = new Set<string>();
  for (const word of words) for (let cut = 0; cut <= ENDING; cut++) stems.add(word.slice(0, word.length - cut));
  return { words, stems };
}

// A shorter tag must be the report's word as written: `стан` is no `станет`.
const INFLECTED_TAG = 5;

/** The tag is a word of the report, inflected there or not (`грипп` / `гриппа`, `полиция` / `полиции`). */
function inReport(tag: string, report: ReportWords): boolean {
  const lower = tag.toLowerCase();
  return report.words.has(lower) || (lower.length >= INFLECTED_TAG && report.stems.has(lower.slice(0, -1)));
}

const SMALL_FIRST = /^\p{Ll}/u;

/** The last tag in small letters glued to a run's piece, told by a word of the report: `Заболеваемость|грипп`. */
function smallTags(piece: string, report: ReportWords): string[] {
  // A piece the report says is one tag: `Казахстан` is no `Казах` and `стан`.
  if (inReport(piece, report)) return [piece];
  for (let at = SMALL_TAG; at <= piece.length - SMALL_TAG; at++) {
    const rest = piece.slice(at);
    if (SMALL_FIRST.test(rest) && !/\s/u.test(rest) && inReport(rest, report)) return [...smallTags(piece.slice(0, at), report), rest];
  }
  return [piece];
}

/**
 * Tag links run together on the heading's line with nothing between them (`Теги:РКЗаболеваемостьгрипп`,
 * as KT.kz's copied pages print them), split where two meet: before a capital after a small letter or
 * opening a word after capitals, and before a link in small letters that is a word of the report
 * (`РК`, `Заболеваемость`, `грипп`). Pieces the report writes as one word stay one (`КазМунайГаз`).
 */
function gluedTags(run: string, report: ReportWords): string[] {
  const pieces: string[] = [];
  for (const piece of run.split(CASE_JOINT)) {
    const joined = pieces.length > 0 ? `${pieces.at(-1)}${piece}`.toLowerCase() : '';
    if (joined && [...report.words].some((word) => word.startsWith(joined))) pieces[pieces.length - 1] += piece;
    else pieces.push(piece);
  }
  return pieces.some((piece) => piece.length < 2) ? [run] : pieces.flatMap((piece) => smallTags(piece, report));
}

// A tag link alone on its line in a run of them: a capitalised word or name, or a year (`2025 год`, `2025 жыл`),
// which the clutter table reads as a counter alone.
const CAPITAL_FIRST = /^\p{Lu}/u;
const YEAR_TAG = /^\d{4}\s(?:год|жыл|jyl)$/u;
// No mark a sentence or a list's item closes on, none between two links.
const TAG_MARK = /[,;:.!?…]/u;
const LINE_TAGS = 3;
// The headings a page prints right under its tags: its related reports (`Читайте также`, `Похожие новости`,
// `Ұқсас жаңалықтар`, `Тақырыпқа қатысты`), and the «read on» link among its navigation (`Толығырақ`).
const RELATED_HEADINGS = new Set(['related news', 'news widget']);
const READ_ON = /^(?:толығырақ|tolyǵyraq|tolyğyraq|تولىعىراق)$/iu;

/** One tag link of a run one a line: a label of one to four words, a capital or a year first, no mark in it. */
function isLinkLine(line: SourceLine): boolean {
  const { text } = line;
  if (line.verbatim || line.fromTitle || text.length > 60) return false;
  const year = YEAR_TAG.test(text);
  if (!year && (!CAPITAL_FIRST.test(text) || TAG_MARK.test(text))) return false;
  const rule = footRuleOf(line);
  return (rule === undefined || rule === 'rubric' || (year && rule === 'counter')) && namesIn(text)?.length === 1;
}

/** The heading of the page's related reports, or its «read on» link (`Толығырақ`). */
function isRelatedHeading(line: SourceLine): boolean {
  const rule = footRuleOf(line);
  return rule !== undefined && (RELATED_HEADINGS.has(rule) || (rule === 'page navigation' && READ_ON.test(line.text)));
}

/**
 * Tag links with no heading, one a line, right under the report's last paragraph (`… сообщает Zakon.kz.` /
 * `Транспорт` / `Алматы` / `2025 год` / …): three or more, each a capitalised label of one to four words or a
 * year, right above the heading of the page's related reports (`Читайте также`, `Похожие новости`, `Ұқсас
 * жаңалықтар`, `Толығырақ`) or the prompt the page closes on, only page matter under it. No sentence of the
 * report follows them: a list inside the text, paragraphs under it, stays, and so does a menu at the page's head.
 * The heading stays for the clutter table.
 */
function tagLinesAboveRelated(state: ParseState): void {
  const { lines } = state;
  // The report's last paragraph closes its sentence, however short (`Дело расследуется.`).
  let last = lines.length - 1;
  while (last >= 0 && !endsAsSentence(lines[last]!.text)) last--;
  if (last < 0 || lines[last]!.verbatim) return;
  let end = last + 1;
  while (end < lines.length && end - last <= MAX_LINES && isLinkLine(lines[end]!)) end++;
  const next = lines[end];
  if (end - last - 1 < LINE_TAGS || !next || next.verbatim) return;
  const closing = CLOSING_PROMPTS.has(footRuleOf(next) ?? '') && lines.slice(end + 1).every((line) => footRuleOf(line) !== undefined);
  if (!closing && !isRelatedHeading(next)) return;
  state.article.tags = lines.slice(last + 1, end).map((line) => line.text);
  lines.splice(last + 1, end - last - 1);
}

// Tag links closing the copy with no heading and nothing under them: two or more, one word each.
const END_TAGS = 2;

/**
 * Tag links of one word each, one a line, closing the copy right under the report's last sentence (`… қол қойды.` /
 * `Қазақстан` / `Қонаев`): the page's tags with their heading lost. A signature under a report holds a name of two
 * words, so it is never read so.
 */
function tagWordsAtEnd(state: ParseState): void {
  const { lines } = state;
  let start = lines.length;
  while (start > 0 && lines.length - start < MAX_LINES && wordCount(lines[start - 1]!.text) === 1 && isLinkLine(lines[start - 1]!)) start--;
  const above = lines[start - 1];
  if (lines.length - start < END_TAGS || !above || above.verbatim || !endsAsSentence(above.text)) return;
  state.article.tags = lines.splice(start).map((line) => line.text);
}

// A row of tag links run together with no label, as a copy takes them: four to six words, the first in small
// letters, a place's name among them, no mark, no figure and no small word a sentence holds (`вода ремонт Актобе
// Водопровод`). Three such words may be a wrapped line's short rest (`саябақ ашылуы Биыл`).
const TAG_ROW_WORDS = /^\p{Ll}[\p{L}-]*(?:\s[\p{L}-]+){3,5}$/u;
const CAPITALISED_WORD = /\s\p{Lu}/u;
const SENTENCE_SMALL_WORD = /(?:^|\s)(?:в|во|на|и|с|со|по|для|из|от|до|за|под|при|у|о|об|к|не|что|как|это|мен|және|үшін|пен|бен|да|де|та|те)(?=\s|$)/iu;
// A photo's credit in small letters, `фото Reuters`, is no tag row.
const PICTURE_WORD = /(?:^|\s)(?:фото|сурет|foto|photo|s[ýu]ret|кадр|скрин)(?=\s|$)/iu;

function isTagRow(line: SourceLine): boolean {
  return !line.verbatim && !line.fromTitle && TAG_ROW_WORDS.test(line.text) && CAPITALISED_WORD.test(line.text) && !SENTENCE_SMALL_WORD.test(line.text) && !PICTURE_WORD.test(line.text) && !hasHeadlineVerb(line.text);
}

/**
 * The page's tag links in a row with no label, closing the text under its last sentence (only page matter under
 * them), or right under the headline over the lead (`… снижен на 4,6 %.` / `вода ремонт Актобе Водопровод` /
 * `Новости по теме`): the tag list, a word a tag.
 */
function tagRow(state: ParseState): void {
  const { lines } = state;
  let last = lines.length - 1;
  while (last > 0 && footRuleOf(lines[last]!) !== undefined) last--;
  // Under the headline: the date line's, or the page's first line when the date line's title is page matter.
  const top = lines[0]?.fromTitle ? 1 : 0;
  const head = top === 1 && lines[1] !== undefined && isHeadlineLike(lines[1].text) ? 2 : top === 0 ? 0 : -1;
  const atEnd = last > 0 && isTagRow(lines[last]!) && endsAsSentence(lines[last - 1]!.text);
  const at = atEnd ? last : head >= 0 && lines[head + 1] !== undefined && isTagRow(lines[head]!) && isSentenceLine(lines[head + 1]!) ? head : -1;
  if (at < 0) return;
  state.article.tags = lines.splice(at, 1)[0]!.text.split(' ');
}

// A TV site's foot (МИР 24's Kazakh pages): the region's heading over its links, `География:` / `Казахстан`.
const GEO_HEADING = /^география\s*:/iu;
// Under the regions, the story's label over the story's name (`Сюжет` / `ЖКХ`), then another report's headlines.
const STORY_LABEL = /^сюжет:?$/iu;
// A story's name is a label: a few words.
const STORY_NAME_WORDS = 5;

/** The story's label over its name at `at` (`Сюжет` / `ЖКХ`). */
function isStoryPair(lines: readonly SourceLine[], at: number): boolean {
  const [label, name] = [lines[at], lines[at + 1]];
  return label !== undefined && name !== undefined && !label.verbatim && !name.verbatim && STORY_LABEL.test(label.text) && wordCount(name.text) <= STORY_NAME_WORDS && isLabelLike(name.text);
}

/**
 * Around a TV site's region links (`География:` / `Казахстан`, taken out at `at`), the page's foot goes on with the
 * story's label and name (`Сюжет` / `ЖКХ`), under the links or right above the heading, and the story's other
 * reports under the foot, a headline a line: page matter, left out, recorded. The story's reports are left out only
 * when none of the lines under the foot is a sentence (the report's text).
 */
function storyFoot(state: ParseState, at: number): void {
  const { lines } = state;
  const gone: SourceLine[] = [];
  if (at >= 2 && isStoryPair(lines, at - 2)) gone.push(...lines.splice((at -= 2), 2));
  if (isStoryPair(lines, at)) gone.push(...lines.splice(at, 2));
  if (gone.length === 0) return;
  for (const line of gone) state.skipped.push({ line: line.line, text: line.text, rule: 'story label' });
  const rest = lines.slice(at);
  if (!rest.every((line) => !line.verbatim && line.text.length <= HEADLINE_MAX && !isSentenceLine(line) && isHeadlineLike(line.text))) return;
  for (const line of lines.splice(at)) state.skipped.push({ line: line.line, text: line.text, rule: 'related news' });
}

/** A tag list's heading: `Теги:` with its tags after it or not, or a title holding the whole list. */
function isHeading(line: SourceLine): boolean {
  return !line.verbatim && (line.fromTitle ? isTagListLine(line.text) : headingRest(line.text) !== undefined);
}

/**
 * A page's tag list, `Теги:` followed by its links on the same line or the lines after it, is the
 * article's tag list, like a closing line of hashtags (which the hashtags rule adds to it).
 */
export function tagList(state: ParseState): void {
  const index = state.lines.findIndex(isHeading);
  if (index < 0) {
    tagsAfterSharePrompt(state);
    // Both need a line of the links' shape: the clutter table is read about the page's foot only when one is there.
    if (!state.article.tags && state.lines.some(hasTagLinksShape)) tagsAboveClosingPrompt(state);
    if (!state.article.tags) tagsOnCommaLines(state);
    if (!state.article.tags) tagLinesAboveRelated(state);
    if (!state.article.tags) tagWordsAtEnd(state);
    if (!state.article.tags) tagRow(state);
    return;
  }
  const heading = state.lines[index]!.text;
  const inline = headingRest(heading)!;
  let names = inline === '' ? [] : namesIn(inline);
  if (names?.length === 1 && (GLUED_HEADING.test(heading) || LABEL_GLUED.test(heading))) names = gluedTags(names[0]!, reportWords(state, index));
  else if (names?.length === 1 && wordCount(names[0]!) >= SPACED_RUN_WORDS) names = phraseTags(names[0]!.split(/\s+/u), reportSequence(state, index)) ?? names;
  // `Теги: ` followed by a sentence is not a tag list.
  if (!names) return;
  let end = index + 1;
  const run = inline === '' && state.lines[end] && !isTagLine(state.lines[end]!) ? capitalisedRun(state.lines[end]!) : undefined;
  if (run) {
    names.push(...run);
    end++;
  }
  const geo = GEO_HEADING.test(heading);
  while (end < state.lines.length && end - index <= MAX_LINES && isTagLine(state.lines[end]!) && !(geo && STORY_LABEL.test(state.lines[end]!.text))) {
    // A second heading's links join the first's (`Ключевые слова: …` / `Темы: ЖКХ`).
    const more = namesIn(headingRest(state.lines[end]!.text) ?? state.lines[end]!.text);
    if (!more) break;
    names.push(...more);
    end++;
  }
  state.lines.splice(index, end - index);
  state.article.tags = names;
  if (geo) storyFoot(state, index);
}
