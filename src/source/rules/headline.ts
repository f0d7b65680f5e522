import { META_RULES } from '../clutter/table.ts';
import { SourceError } from '../errors.ts';
import { endsAsSentence, foldHeadline, HEADLINE_MAX, isHeadlineLike, isHeadlineVariant, isSentenceLine, scriptOf, wordCount } from '../line-shape.ts';
import type { ParseState, SourceLine } from '../state.ts';
import { attributionIn, DATELINE } from './attribution.ts';
import { detectLanguage } from './language.ts';
import { isCaptionSentenceCopy } from './photo-caption.ts';
import { clutterRuleOf } from './clutter.ts';
import { isDoubled, isInCapitals, isMasthead, neverHeadline } from './title-line.ts';

// A headline is rarely longer than this; a lead pasted as the title is.
const LEAD_LENGTH = 160;
// The attribution of a lead, after a comma: `..., сообщает Kazinform`, `..., деп хабарлайды BAQ.KZ тілшісі.`
// Arabic script has its own comma: `…ايتتى، دەپ جازادى Qamshy.kz`.
const ATTRIBUTION = /[,،]\s*(?:сообщает|сообщают|передает|передаёт|пишет|информирует|деп\s+хабарла(?:йды|ды)|деп\s+жазады|dep\s+habarla[ıi]dy|dep\s+jazady|دەپ\s+حابارلا|دەپ\s+جازادى)/iu;
// A label some outlets print after the headline on its line: `... Эксклюзив КТ`, and the print
// and mail buttons older site engines put beside it: `... Печать E-mail`.
const BADGE = /\s+(?:Эксклюзив|Эксклюзив\s+\p{Lu}{2,4}|Exclusive|Печать(?:\s+E-mail)?|Print(?:\s+E-mail)?)$/u;
// The date some pages print glued before the headline on its line: `06.07.2021 Астана күні: …`.
const DATE_BEFORE = /^(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}:\d{2})?(?:\s+[-–—])?\s+(?=\p{Lu}|[«"])/u;
// The report's stamp in brackets, and its view counter, glued after the headline on its line:
// `Headline (29.02.2024, 17:44), просмотров: 2209`. The stamp dates the report; the counter goes.
// A machine stamp without brackets, seconds and all, the same: `Headline 2025-01-18 10:14:40`.
const STAMP_AFTER = /\s+(?:\((?<stamp>\d{1,2}\.\d{1,2}\.\d{4},?\s+\d{1,2}:\d{2})\)(?<counter>,?\s*просмотров:?\s*\d[\d\s]{0,8})?|(?<iso>\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}(?::\d{2})?))$/u;

// A press review's headline is the titles it reviews, each in quotes: `«Почему …». «Волки сыты …». «…»`.
const QUOTED_TITLES = /^«.+»$/u;
const BETWEEN_TITLES = /»[.!?]?\s+«/u;

/** A headline made of two quoted titles or more, however long; no lead is only quotations. */
function isQuotedTitles(title: string): boolean {
  return QUOTED_TITLES.test(title) && BETWEEN_TITLES.test(title);
}

/** The stamp glued after the line (`STAMP_AFTER`), tested only on a line ending as one does. */
function stampAfter(text: string): RegExpExecArray | null {
  return text.endsWith(')') || /\d$/u.test(text) ? STAMP_AFTER.exec(text) : null;
}

/** The line without a stamp glued after it; the line itself when it ends otherwise. */
function withoutStampAfter(text: string): string {
  const glued = stampAfter(text);
  return glued ? text.slice(0, glued.index) : text;
}

// A line that asks or exclaims, also inside closing quotes and brackets.
const ASKS = /[!?]["»”)]*$/u;

// The rubric some pages print after the headline on its line, past a slash: `В Алматы стартовал
// международный турнир / Дзюдо`. One word with a capital; a headline's own slash has no spaces round it.
const RUBRIC_AFTER = /\s\/\s\p{Lu}\p{Ll}{2,20}$/u;

/** Takes a rubric printed after the headline off it, recorded (line `line`). */
function takeRubricAfter(state: ParseState, text: string, line: number): string {
  const rubric = text.includes(' / ') ? RUBRIC_AFTER.exec(text) : null;
  if (!rubric || wordCount(text.slice(0, rubric.index)) < 3) return text;
  state.skipped.push({ line, text: rubric[0].replace(/^\s\/\s/u, ''), rule: 'rubric' });
  return text.slice(0, rubric.index);
}

/** Takes the stamp and counter glued after a headline off it, recorded as the page's stamp and counter (line `line`). */
function takeStampAfter(state: ParseState, text: string, line: number): string {
  const glued = stampAfter(text);
  if (!glued) return text;
  state.skipped.push({ line, text: (glued.groups!.stamp ?? glued.groups!.iso)!, rule: META_RULES.stamp.name });
  if (glued.groups!.counter) state.skipped.push({ line, text: glued.groups!.counter.replace(/^,\s*/u, ''), rule: META_RULES.counter.name });
  return text.slice(0, glued.index);
}

/** Why a title reads as the lead paragraph rather than a headline, or undefined. */
export function leadShape(title: string): string | undefined {
  if (ATTRIBUTION.test(title)) return 'it holds the attribution of the lead';
  if (endsAsSentence(title) && !/[!?؟]["»”)]*$/u.test(title) && wordCount(title) >= 6) return 'it is a sentence ending in a period';
  if (title.length > LEAD_LENGTH && !isQuotedTitles(title)) return `it is ${title.length} characters long`;
  return undefined;
}

/**
 * The page's headline among the lines above the first paragraph (`head`; the paragraph is on line
 * `limit`). Outlets print it next to the report's stamp: the first headline after the last stamp,
 * else the last one before it; on a page without a stamp, the first line of four words or more
 * that reads as a headline (menus and links above it are shorter).
 */
function findHeadline(state: ParseState, head: SourceLine[], limit: number, minWords: number): SourceLine | undefined {
  // A line ending in `:` introduces what follows (a speaker's name over her words): no headline. Nor
  // is a line in another script than the lead's (a picture's English alt text over a Kazakh
  // headline), nor one phrase printed twice over (a rubric's link and its label).
  const lead = state.lines.find((line) => line.line === limit);
  const script = lead && scriptOf(lead.text);
  const candidates = head.filter((line, index) => {
    if (line.fromTitle || line.verbatim || line.text.endsWith(':') || isDoubled(line.text) || wrapped(line, head[index - 1]) || isMenuList(line.text)) return false;
    const text = withoutStampAfter(line.text);
    return !PAGE_SYMBOLS.test(text) && (script === undefined || scriptOf(line.text) === script) && (isHeadlineLike(text.replace(BADGE, '').replace(DATE_BEFORE, '')) || isPrintedTwice(line, head)) && wordCount(line.text) >= minWords && !endsInLineBelow(line, head);
  });
  // A print issue's line (`Жас Алаш №86 (15648) 27 қазан, бейсенбі 2011`) dates the report as a stamp does.
  const stamp = state.skipped.filter((s) => (s.rule === META_RULES.stamp.name || s.rule === 'print issue') && s.line < limit).at(-1);
  const aroundDek = twiceAroundDek(head.filter((line) => script === undefined || scriptOf(line.text) === script), stamp?.line);
  if (aroundDek) return aroundDek;
  if (stamp) return candidates.find((line) => line.line > stamp.line) ?? twoPartHeadline(head.find((line) => line.line > stamp.line)) ?? candidates.filter((line) => line.line < stamp.line).at(-1);
  return candidates.find((line) => wordCount(line.text) >= 4) ?? candidates[0];
}

// What a site's header carries and no headline does: a phone number, a temperature, a close button,
// an age mark, a date with a clock time (`Суббота, 23 ноября 2024, 01:36 мск`, `… – 19.02.03 18:13`).
const PAGE_SYMBOLS = /\+7[\s(]*\d{3}|\d\s?°|×|\b18\+|(?:\d{1,2}\.\d{2}\.\d{2,4}|\d{4}),?\s+\d{1,2}:\d{2}\b/u;
// A menu printed as a list: four items or more of a word or two, each capitalised, between commas
// (`Новости, Кратко, Популярное, Анонсы, Интервью`).
const MENU_ITEMS = 4;

/** A site's menu printed as one list of capitalised items between commas: no headline. */
function isMenuList(text: string): boolean {
  const items = text.split(/,\s*/u);
  return items.length >= MENU_ITEMS && items.every((item) => /^[\p{Lu}\d]/u.test(item) && wordCount(item) <= 2 && !/[.!?:]$/u.test(item));
}

/** A line of the page, not the title's, of `words` words or more, shaped as a headline and carrying no header's symbols. */
function mayHead(line: SourceLine, words: number): boolean {
  return !line.fromTitle && !line.verbatim && wordCount(line.text) >= words && isHeadlineLike(line.text) && !PAGE_SYMBOLS.test(line.text);
}

/**
 * A line the page wrapped: one ending in a comma (`Главные новости Актобе,`), or the line under it
 * (`Казахстана и мира`). Neither half is a headline: a headline ends no phrase with a comma.
 */
function wrapped(line: SourceLine, above: SourceLine | undefined): boolean {
  return line.text.endsWith(',') || (above !== undefined && above.line === line.line - 1 && above.text.endsWith(','));
}

/**
 * A headline of two words or more the page prints twice with its dek between the copies
 * (`Бесконечное недоверие` / `Жители … проблемы` / `Бесконечное недоверие`, as vlast.kz prints it):
 * the headline however short, not the dek.
 */
function twiceAroundDek(head: readonly SourceLine[], stamp: number | undefined): SourceLine | undefined {
  // Copies on both sides of the report's stamp are the page's head and the headline by the stamp.
  const apart = (line: SourceLine, other: SourceLine) => stamp === undefined || (line.line > stamp) === (other.line > stamp);
  return head.find((line, index) => !line.fromTitle && !line.verbatim && wordCount(line.text) >= 2 && !line.text.endsWith(',') && (isHeadlineLike(line.text) || isTwoPartShape(line.text)) && head.slice(index + 2).some((other) => !other.verbatim && other.text === line.text && apart(line, other)));
}

/** The line is a headline in two parts printed again two lines below or above, its dek between the copies. */
function aroundItsDek(lines: readonly SourceLine[], index: number): boolean {
  const { text } = lines[index]!;
  const copy = (step: number) => lines[index + 2 * step]?.text === text && isHeadlineLike(lines[index + step]!.text);
  return (copy(1) || copy(-1)) && isTwoPartShape(text);
}

/** Shaped as a headline in two parts, a question or a quote closing it or not: `«Тема. Подробность?»`. */
function isTwoPartShape(text: string): boolean {
  const body = text.replace(/[!?؟]+["»”)]*$/u, '');
  return text.length <= HEADLINE_MAX && wordCount(text) >= 4 && /^[\p{Lu}\p{N}«"“]/u.test(text) && !endsAsSentence(body) && !DATELINE.test(text) && !leadShape(text);
}

/**
 * A page's trail ending in the headline printed under it: `Главная / Новости / Заголовок`, or its
 * links glued as copied, `Евразия24НовостиЗаголовок`. The trail is no headline; the line under it is.
 */
function endsInLineBelow(line: SourceLine, head: readonly SourceLine[]): boolean {
  // The trail may spell the headline's dashes and quotes otherwise (`Караганда - Каркаралинск`); its
  // case is the headline's (a headline ending in `… ашық хат` is no trail over the label `Ашық хат`).
  const trail = sameMarks(line.text);
  return head.some((other) => other.line > line.line && other.text.length < line.text.length && wordCount(other.text) >= 2 && trail.endsWith(sameMarks(other.text)));
}

/** Dashes as one hyphen and quotes as one mark, for comparing two spellings of a line. */
function sameMarks(text: string): string {
  return text.replace(/[‐-―−]/gu, '-').replace(/[«»“”„]/gu, '"');
}

/**
 * A headline in two parts (`Попытка срыва выборов в Кыргызстане. Деньги, наркотики и оружие`): a
 * sentence break inside, no period at the end. Taken only as the line right after the report's
 * stamp, where outlets print the headline; anywhere else two sentences are text.
 */
function twoPartHeadline(line: SourceLine | undefined): SourceLine | undefined {
  if (!line || line.fromTitle || line.verbatim) return undefined;
  const { text } = line;
  // A lead cut short by the copy (`Астана. 8 февраля. KAZAKHSTAN TODAY - На …`) is no headline.
  return !endsAsSentence(text) && isTwoPartShape(text) ? line : undefined;
}

/**
 * A headline of one or two words (`Tazalyq`, `АТАУЛАР ГНОСЕОЛОГИЯСЫ`), too short to tell from a menu
 * item anywhere else: taken when it is the one line, printed once or more, between the page's first
 * stamp and the first paragraph.
 */
function soleLineAfterStamp(state: ParseState, head: SourceLine[], limit: number): SourceLine | undefined {
  const stamp = state.skipped.find((s) => s.rule === META_RULES.stamp.name && s.line < limit);
  if (!stamp) return undefined;
  const after = head.filter((line) => line.line > stamp.line && !line.fromTitle);
  const first = after[0];
  if (!first || first.verbatim || !isHeadlineLike(first.text)) return undefined;
  const folded = foldHeadline(first.text);
  return after.every((line) => foldHeadline(line.text) === folded) ? first : undefined;
}

/**
 * A page that prints its headline twice above the report (over a video, and as the page's title,
 * or at the end of its trail above it: `» » Су тасқыны: Үміт. Күдік. Арпалыс`) shows it is the
 * headline even when it holds two sentences: `«Цитата». Как голосовали за закон`.
 */
function isPrintedTwice(line: SourceLine, head: readonly SourceLine[]): boolean {
  const copy = (other: SourceLine) => other.text === line.text || (other.line < line.line && wordCount(line.text) >= 2 && other.text.endsWith(` ${line.text}`));
  return line.text.length <= HEADLINE_MAX && !endsAsSentence(line.text) && head.some((other) => other !== line && copy(other));
}

/**
 * A short title right above the page's view counter (`Дорогие соотечественники` / `16354`): outlets
 * print the counter under the headline, so the title is the headline, whatever reads as one below.
 */
function overItsCounter(state: ParseState, title: SourceLine): boolean {
  if (!isHeadlineLike(title.text) || title.text.endsWith(':')) return false;
  let next = Infinity;
  for (const { line } of [...state.lines, ...state.skipped]) if (line > title.line && line < next) next = line;
  return state.skipped.some((s) => s.line === next && s.rule === META_RULES.counter.name);
}

/**
 * A headline that asks or exclaims (`Скандальные публикации «Орды»: что за этим стояло?`) reads as
 * a sentence, so it is not looked for above the first paragraph: when a page whose title was page
 * matter shows no other headline, such a line opening the text, a paragraph under it (or a shortened
 * copy of it, then the paragraph), is the one.
 */
function questionOnTop(state: ParseState): SourceLine | undefined {
  const [first, second, third] = state.lines;
  if (!first || !second || first.fromTitle || first.verbatim || !ASKS.test(first.text) || wordCount(first.text) < 3) return undefined;
  // The headline printed again under it, shortened as a picture's alt text, then the paragraph.
  const next = third && !second.verbatim && isHeadlineVariant(second.text, first.text) ? third : second;
  return isHeadlineLike(first.text) && isSentenceLine(next) ? first : undefined;
}

/**
 * A line of two words or more printed right under the page's view counter or the report's stamp and
 * right above the first paragraph (`18877 просмотров` / `Нефтяники бастуют` / `Волна забастовок …`):
 * where outlets print the headline, however short.
 */
function underMetaOverParagraph(state: ParseState, head: readonly SourceLine[]): SourceLine | undefined {
  const last = head.at(-1);
  if (!last || !mayHead(last, 2)) return undefined;
  const above = [...state.lines, ...state.skipped].filter((other) => other.line < last.line).reduce<{ line: number; rule?: string } | undefined>((nearest, other) => (nearest === undefined || other.line > nearest.line ? other : nearest), undefined);
  const meta: readonly string[] = [META_RULES.counter.name, META_RULES.stamp.name];
  return above !== undefined && 'rule' in above && meta.includes(above.rule!) ? last : undefined;
}

// A header's sentences (a greeting, a city prompt, a search box's hint) are short; a report's text is not.
const HEADER_SENTENCE = 100;
const TWICE_WITHIN = 40;

/**
 * A line of three words or more printed twice in a row, a paragraph under the copies, above any
 * long paragraph (`Добрый день, …` / `Уточните, Ваш город Павлодар?` / … / `Headline` / `Headline` /
 * lead): the headline, printed as the page's title and its picture's alt text, under a header of
 * short sentences the search took for the first paragraph.
 */
function printedTwiceInARow(state: ParseState): SourceLine | undefined {
  const { lines } = state;
  for (let index = 0; index + 2 < Math.min(lines.length, TWICE_WITHIN); index++) {
    const line = lines[index]!;
    if (line.text.length > HEADER_SENTENCE && isSentenceLine(line)) return undefined;
    if (!mayHead(line, 3)) continue;
    if (lines[index + 1]!.text === line.text && isSentenceLine(lines[index + 2]!)) return line;
  }
  return undefined;
}

/**
 * The line right above the first long paragraph (`Павлодарский автобусный парк обновят` over the
 * lead), under a header of short sentences the search took for the first paragraph: outlets print
 * the headline right above the text.
 */
function overLongParagraph(state: ParseState): SourceLine | undefined {
  const { lines } = state;
  const lead = lines.findIndex((line) => line.text.length > HEADER_SENTENCE && isSentenceLine(line));
  const line = lines[lead - 1];
  if (!line || !mayHead(line, 3) || isMenuList(line.text)) return undefined;
  return line;
}

/**
 * A short title over a byline, and under the byline the line found as the headline, the first
 * paragraph under it (`Обмолотили все` / `Галина КАТКОВА` / `В этом году зерна собрали меньше` /
 * lead): outlets print the byline under the headline, so the title is the headline and the line
 * under the byline its dek.
 */
function titleOverByline(state: ParseState, title: SourceLine, found: SourceLine): boolean {
  if (found.line <= title.line || state.lines.some((line) => line.line > title.line && line.line < found.line)) return false;
  return state.skipped.some((s) => s.rule === 'byline' && s.line > title.line && s.line < found.line);
}

/**
 * A headline that asks or exclaims reads as a sentence, so the search may take it for the first
 * paragraph (`Новости Павлодара` / `Во сколько обойдется ремонт школ?` / `Спустя месяц …`): such a
 * line, a paragraph right under it, is the headline unless a line of three words or more above it
 * reads as one (what stands above it then is a rubric or a menu).
 */
function questionAsParagraph(state: ParseState, paragraph: number): SourceLine | undefined {
  const line = state.lines[paragraph];
  const next = state.lines[paragraph + 1];
  if (!line || !next || line.fromTitle || line.verbatim || !ASKS.test(line.text) || wordCount(line.text) < 3) return undefined;
  return isHeadlineLike(line.text) && isSentenceLine(next) ? line : undefined;
}

/**
 * With no other headline, a line in capitals of two words or more right above the first paragraph
 * (`ПРАЗДНИКУ ПОСВЯЩАЕТСЯ` over `ЖАЛАГАШ. Хороший подарок …`): a regional paper's headline,
 * printed so under a header of page matter.
 */
function capitalsOverLead(head: readonly SourceLine[], lead: boolean): SourceLine | undefined {
  const last = head.at(-1);
  if (!lead || !last || last.fromTitle || last.verbatim || wordCount(last.text) < 2 || last.text.length > HEADLINE_MAX) return undefined;
  return isInCapitals(last.text) && !endsAsSentence(last.text) ? last : undefined;
}

/**
 * Under a title the page marks as clutter (a rubric), a headline of two words right above the first
 * paragraph, only page matter between them (`Білім` / `«Қарлығаштың» ұясы` / the lead): where a
 * page prints its headline on any site. A person's name, every word with a capital in a script that
 * has them, is a byline's, no headline.
 */
function shortHeadlineOverLead(head: readonly SourceLine[], lead: SourceLine | undefined): SourceLine | undefined {
  const last = head.at(-1);
  if (!lead || !last || last.fromTitle || last.verbatim || wordCount(last.text) !== 2 || last.text.endsWith(':') || !isHeadlineLike(last.text)) return undefined;
  if (scriptOf(last.text) !== scriptOf(lead.text) || clutterRuleOf(last.text)) return undefined;
  const words = last.text.replace(/[«»"“”]/gu, '').split(/\s+/u);
  const named = words.every((word) => /^\p{Lu}/u.test(word)) && !isInCapitals(last.text);
  return named ? undefined : last;
}

// The editorial office's address alone on its line, as a newspaper's header prints it under the masthead.
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;

/**
 * Between the headline and the lead of a page whose title was its masthead, the header's other
 * lines: the masthead again (its logo's text, `Soltüstık Казахстан`: the name's first word, a line
 * as short) and the office's e-mail. A line of the lead's block is never one of them.
 */
function dropMastheadLines(state: ParseState, masthead: string): void {
  const first = masthead.slice(1, -1).trim().split(/\s+/u)[0]!.toLowerCase();
  const size = wordCount(masthead);
  while (state.lines.length > 1 && !state.lines[0]!.verbatim && !isSentenceLine(state.lines[0]!)) {
    const { text, line } = state.lines[0]!;
    const copy = wordCount(text) === size && text.replace(/^«/u, '').split(/\s+/u)[0]!.toLowerCase() === first;
    if (!copy && !EMAIL.test(text.trim())) return;
    state.lines.shift();
    state.skipped.push({ line, text, rule: 'masthead' });
  }
}

/** Lines above the headline are the page's head (menus, links): out of the article, recorded; those `keep` names stay. */
export function dropHead(state: ParseState, until: number, keep: (line: SourceLine) => boolean = () => false): void {
  const head = state.lines.splice(0, until);
  state.lines.unshift(...head.filter(keep));
  for (const line of head) if (!keep(line)) state.skipped.push({ line: line.line, text: line.text, rule: line.fromTitle ? 'not a headline' : 'page head' });
}

/**
 * A long headline the page prints twice, the copy the first line under the title (an interview's
 * `Name, titles: «Quote»`), is the headline however long: a lead printed twice ends as a sentence
 * or holds its attribution.
 */
function titlePrintedTwice(state: ParseState, title: string): boolean {
  const below = state.lines[0];
  return below !== undefined && !below.verbatim && title.length <= HEADLINE_MAX && !endsAsSentence(title) && !ATTRIBUTION.test(title) && foldHeadline(below.text) === foldHeadline(title);
}

// A word's stem for comparing a headline with the lead it retells: its first letters, so that
// `годовом` and `годовой` are one word. Short words (`на`, `в`) say nothing of the report.
const STEM = 5;
const RETOLD = 0.5;
const RETELLING_WORDS = 4;
const stems = (text: string) => (text.toLowerCase().match(/[\p{L}\d][\p{L}\d,.%-]*[\p{L}\d%]|\d/gu) ?? []).filter((word) => word.length >= 3 || /\d/u.test(word)).map((word) => word.slice(0, STEM));

/**
 * A headline that retells the lead above it: half its words or more are the lead's (`За неделю цены
 * на СЗПТ повысились на 0,3%…` under `За последнюю неделю цены на социально значимые продукты
 * питания показали рост на 0,3%…`). A subheading under the lead names what comes next instead.
 */
function retellsLead(lead: string, line: string): boolean {
  const words = stems(line);
  if (words.length < RETELLING_WORDS) return false;
  const known = new Set(stems(lead));
  return words.filter((word) => known.has(word)).length >= words.length * RETOLD;
}

/**
 * Some outlets print the lead above the headline, and the headline with its view counter or stamp
 * under it, or under the photo's credit (`Lead sentence.` / `Кәсіп пен нәсіп ауылда` / `1,994` / `оқылды`), or
 * a headline that retells the lead: when the line right under a title that reads as a lead is such
 * a headline, it becomes the title and the lead the first paragraph.
 */
function leadAboveHeadline(state: ParseState): boolean {
  const below = state.lines[0];
  if (!below || below.verbatim || below.line !== state.headLine + 1 || !isHeadlineLike(below.text) || wordCount(below.text) < 2) return false;
  const meta = new Set<string>([META_RULES.counter.name, META_RULES.stamp.name]);
  // The photo's credit may stand between the headline and its counter (`фото: …` / `1,339` / `оқылды`).
  const counter = state.creditLine?.line === below.line + 1 ? below.line + 2 : below.line + 1;
  if (!state.skipped.some((s) => s.line === counter && meta.has(s.rule)) && !retellsLead(state.article.title!, below.text)) return false;
  state.lines[0] = { text: state.article.title!, line: state.headLine };
  state.skipped.push({ line: below.line, text: below.text, rule: 'headline under the lead' });
  state.article.title = below.text;
  return true;
}

// A headline some outlets close with a period is one short sentence.
const PERIOD_HEADLINE_WORDS = 14;

/**
 * A short title closed by a period over a lead that names who reports and retells it
 * (`Тоқаев Қостанай облысына жұмыс сапарымен барды.` / `Тоқаев Қостанай облысына жұмыс сапары
 * барысында …, деп хабарлайды …`): the outlet prints its headline with a period; the lead is the
 * report's first paragraph, since a lead carries its attribution.
 */
function periodHeadlineOverLead(state: ParseState, title: string): boolean {
  const below = state.lines[0];
  if (!below || below.verbatim || below.line !== state.headLine + 1 || !isSentenceLine(below) || wordCount(title) > PERIOD_HEADLINE_WORDS) return false;
  if (ATTRIBUTION.test(title) || !isHeadlineLike(title.replace(/\.$/u, '')) || !attributionIn(below.text)) return false;
  return retellsLead(below.text, title);
}

/** The first stamp the page prints below the date line's title: the report's. */
function stampBelowTitle(state: ParseState): { line: number } | undefined {
  return state.skipped.find((s) => s.rule === META_RULES.stamp.name && s.line > state.headLine);
}

/**
 * A headline of three words printed right above the report's stamp, under a title of a word or two
 * (`Ауыл` / `Кемердегі кең алаң` / `4 Қыркүйек 2025`): outlets print the headline next to the stamp, so
 * the short title over it is the rubric.
 */
function headlineOverStamp(state: ParseState, head: SourceLine[]): SourceLine | undefined {
  const stamp = stampBelowTitle(state);
  if (!stamp) return undefined;
  const above = head.filter((line) => line.line < stamp.line).at(-1);
  if (!above || above.fromTitle || above.verbatim || wordCount(above.text) < 3 || !isHeadlineLike(above.text)) return undefined;
  // Only page matter stands between it and the stamp.
  return state.lines.some((line) => line.line > above.line && line.line < stamp.line) ? undefined : above;
}

// A site's or organisation's name is a few words: `Қазақстан халқы Ассамблеясы`.
const SITE_NAME_WORDS = 4;

/**
 * A short title over the report's stamp, and under the stamp, before the lead, a headline in capitals
 * of four words or more (`Қазақстан халқы Ассамблеясы` / `18 Наурыз, 2019` / `14740` / `ЖАСТАР … ӘЗ
 * НАУРЫЗ`): the title is the site's name, the line in capitals the headline. A dek under a stamp is
 * not in capitals.
 */
function headlineUnderSiteName(state: ParseState): boolean {
  const title = state.article.title!;
  if (wordCount(title) > SITE_NAME_WORDS || isInCapitals(title)) return false;
  const stamp = stampBelowTitle(state);
  if (!stamp) return false;
  const index = state.lines.findIndex((line) => isSentenceLine(line) || (line.line > stamp.line && isInCapitals(line.text)));
  const found = state.lines[index];
  if (!found || found.verbatim || isSentenceLine(found) || wordCount(found.text) < 4 || !isHeadlineLike(found.text)) return false;
  state.skipped.push({ line: state.headLine, text: title, rule: 'not a headline' });
  dropHead(state, index);
  state.lines.shift();
  state.article.title = found.text;
  return true;
}

// A menu label in English is a few words: `Get In Touch`.
const FOREIGN_LABEL_WORDS = 4;

/**
 * A short title in another script than the report's (`Get In Touch` over a Russian page) when the page
 * prints a headline in the report's script twice above the first paragraph (as its own line and its
 * picture's alt text): the title is a menu label, the headline that line.
 */
function headlineUnderForeignLabel(state: ParseState): boolean {
  const title = state.article.title!;
  const paragraph = state.lines.findIndex(isSentenceLine);
  const lead = state.lines[paragraph];
  if (!lead || wordCount(title) > FOREIGN_LABEL_WORDS || scriptOf(title) !== 'Latin' || scriptOf(lead.text) !== 'Cyrillic') return false;
  // The headline may ask, and read as the first paragraph: a paragraph under it tells.
  const head = state.lines.slice(0, paragraph + 1);
  const index = head.findIndex((line) => !line.verbatim && wordCount(line.text) >= 3 && scriptOf(line.text) === 'Cyrillic' && isHeadlineLike(line.text) && (line.text === state.article.photoAlt || head.some((other) => other !== line && other.text === line.text)));
  if (index < 0 || !state.lines.slice(index + 1).some(isSentenceLine)) return false;
  state.skipped.push({ line: state.headLine, text: title, rule: 'not a headline' });
  dropHead(state, index);
  state.article.title = state.lines.shift()!.text;
  return true;
}

const KAZAKH_LETTER = /[әғқңөұүһі]/iu;
const RUBRIC_WORDS = 2;

/**
 * A title of a word or two in Kazakh over a report in Russian (`Қайтейік енді` over a Russian
 * lead, hronika.kz): a bilingual site's rubric, never the Russian report's headline.
 */
function kazakhRubric(title: string, lead: SourceLine | undefined): string | undefined {
  if (!lead || wordCount(title) > RUBRIC_WORDS || !KAZAKH_LETTER.test(title)) return undefined;
  return detectLanguage(title) !== 'ru' && detectLanguage(lead.text) === 'ru' ? 'a rubric in Kazakh over a report in Russian' : undefined;
}

/**
 * The headline. When the date line's title is page matter (title-line.ts), the page's headline
 * takes its place and the lines above it are left out as the page's head. A title that reads as
 * a lead paragraph is refused: the page's headline is missing.
 */
export function headline(state: ParseState): SourceError | void {
  if (state.overlongTitle) return leadAboveHeadline(state) ? undefined : state.overlongTitle;
  if (state.article.title !== undefined) {
    state.article.title = takeRubricAfter(state, takeStampAfter(state, state.article.title, state.headLine), state.headLine);
    const lead = leadShape(state.article.title);
    if (lead && (leadAboveHeadline(state) || titlePrintedTwice(state, state.article.title) || periodHeadlineOverLead(state, state.article.title))) return;
    if (lead) return new SourceError(`the title reads as a lead paragraph (${lead}); put the headline after the date and this sentence on the next line, as the first paragraph`, state.headLine);
    if (!headlineUnderForeignLabel(state)) headlineUnderSiteName(state);
    return;
  }
  // The title moved among the lines is a headline or page matter, never the first paragraph, even
  // when long: a teaser's headline printed twice (`ЗаголовокЗаголовок`) is longer than a headline.
  // A caption printed twice above the headline (`… акима Астаны. 20 февраля 2019 года.`) is no paragraph.
  // So is a headline of two sentences printed twice around its dek (vlast.kz: `«…болдым. …сүреміз?»`).
  const paragraph = state.lines.findIndex((line, index) => !line.fromTitle && isSentenceLine(line) && !isCaptionSentenceCopy(state.lines, index) && !aroundItsDek(state.lines, index));
  const head = paragraph < 0 ? state.lines : state.lines.slice(0, paragraph);
  const limit = state.lines[paragraph]?.line ?? Infinity;
  // A title that is no clutter, only short or in capitals, gives way only to a headline of four
  // words or more above a paragraph: `Заголовок` over a lead without a period stays the title.
  // One that is no headline at all (title-line.ts `neverHeadline`) never stays.
  const fromTitle = state.lines[0]?.fromTitle ? state.lines[0] : undefined;
  const never = fromTitle && (neverHeadline(fromTitle.text) ?? kazakhRubric(fromTitle.text, state.lines[paragraph]));
  const fallback = fromTitle && !never ? fromTitle : undefined;
  const titleClutter = fromTitle && clutterRuleOf(fromTitle.text);
  const overCounter = fallback && titleClutter === undefined && overItsCounter(state, fallback) ? fallback : undefined;
  // A masthead gives way to a headline of three words, as a title that is no page matter does.
  const masthead = fromTitle && isMasthead(fromTitle.text) ? fromTitle.text.slice(fromTitle.text.indexOf('«')) : undefined;
  // A title the clutter table names (a rubric, `БілімҚоғам`) is never the headline: a headline of
  // three words under it is, when none of four stands above the paragraph.
  // So does one that is no headline at all (`• Тіл`, title-line.ts `neverHeadline`).
  const clutterTitle = fromTitle !== undefined && (titleClutter !== undefined || never !== undefined);
  const found = overCounter ?? (fromTitle ? (paragraph >= 0 ? (findHeadline(state, head, limit, masthead ? 3 : 4) ?? (clutterTitle ? findHeadline(state, head, limit, 3) : headlineOverStamp(state, head))) : undefined) : (findHeadline(state, head, limit, 3) ?? soleLineAfterStamp(state, head, limit)));
  // A line of a word or two found above a question that heads the text is its rubric.
  const weak = found === undefined || (wordCount(found.text) <= RUBRIC_WORDS && found !== overCounter);
  const question = weak && paragraph >= 0 ? questionAsParagraph(state, paragraph) : undefined;
  const underMeta = found === undefined && paragraph >= 0 ? underMetaOverParagraph(state, head) : undefined;
  const overByline = fallback !== undefined && found !== undefined && found !== overCounter && titleOverByline(state, fallback, found);
  const twice = found === undefined && underMeta === undefined && fromTitle !== undefined ? (printedTwiceInARow(state) ?? overLongParagraph(state)) : undefined;
  const chosen = question ?? (overByline ? fallback : found) ?? underMeta ?? fallback ?? twice ?? questionOnTop(state) ?? capitalsOverLead(head, paragraph >= 0)
    ?? (clutterTitle || !fromTitle ? shortHeadlineOverLead(head, state.lines[paragraph]) : undefined);
  if (!chosen) {
    // A title that is a photo credit became the article's credit, and no skipped line names it.
    const rule = never ?? state.skipped.find((s) => s.line === state.headLine)?.rule ?? (state.article.photoCredit ? 'a photo credit' : 'page clutter');
    return new SourceError(`the title is page clutter (${rule}) and no headline follows it; write the headline after the date: \`date ${state.article.date} Headline\``, state.headLine);
  }
  dropHead(state, state.lines.indexOf(chosen));
  state.lines.shift();
  const date = chosen.fromTitle ? undefined : DATE_BEFORE.exec(chosen.text)?.[0];
  if (date) state.skipped.push({ line: chosen.line, text: date.trim(), rule: META_RULES.stamp.name });
  state.article.title = takeRubricAfter(state, takeStampAfter(state, chosen.text.slice(date?.length ?? 0), chosen.line), chosen.line).replace(BADGE, '');
  if (masthead && chosen !== fromTitle) dropMastheadLines(state, masthead);
}
