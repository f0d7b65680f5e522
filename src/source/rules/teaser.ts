import { monthNumber } from '../clutter/months.ts';
import { META_RULES } from '../clutter/table.ts';
import { endsOnMoreLink, HEADLINE_MAX, isCutOff, isHeadlineLike, isLabelLike, isSentenceLine, withoutMoreLink, wordCount } from '../line-shape.ts';
import type { ParseState, SourceLine } from '../state.ts';
import { datelineAgency } from './attribution.ts';
import { isCopyOf } from './headline-evidence.ts';
import { hasHeadlineVerb, hasSectionHeading } from './page-foot.ts';

// A stamp with its view counter, as lists of reports print each item: `20.02.2026, 12:10 12386`,
// a full date and time alone, as they print an item whose counter is not shown: `05.11.2025, 16:56`,
// or a time and the item's rubric after a slash: `13 марта 2026 г. 17:36 / Новости Казахстана`, or the
// day (named relative to the copy's or by its date) with the year after a comma and the time after the year,
// as a feed under a report prints it: `Вчера, 2026 12:10`, `26 Февраля, 2026 10:01`.
const LISTED_STAMP = /\d{1,2}:\d{2},?\s+\d+$|^\d{1,2}\.\d{1,2}\.\d{4},\s+\d{1,2}:\d{2}$|\d{1,2}:\d{2}\s+\/\s+\p{L}[\p{L} ]{0,40}$|^(?:[Вв]чера|[Сс]егодня|[Кк]еше|[Бб]үгін|\d{1,2}\s+\p{L}{3,}),\s\d{4}\s\d{1,2}:\d{2}$/u;
// A date and a view count with no hour, `30.04.2025 210`, or the date alone after a list's bullet or not,
// `• 18.11.2025`: another report's only right under its excerpt cut off (`… Танымн...`); a report's own
// stamp may stand under a summary.
const DATE_VIEWS = /^(?:[•·]\s*)?\d{1,2}\.\d{1,2}\.\d{4}(?:\s+\d+)?$/u;
// Another report's stamp glued before its headline, as Kazpravda lists others under a report:
// `9 октября 2025 г. 13:52 Квадратные метры и разбитые сердца: …`.
// Written once: a `u` pattern inside a function is built anew at each call once the TypeScript loader lowers it.
const OPENS_ON_FIGURE = /^\d/u;
const STAMPED_HEADLINE = /^\d{1,2}\s+(\p{L}+)\s+\d{4}(?:\s?г\.)?,?\s+\d{1,2}:\d{2}\s+(?=[\p{Lu}«"])/u;
// A teaser's headline and the line under it (a subtitle) stand above its dateline.
const TEASER_HEAD = 2;
// The paragraph Kazakh reports close on, recalling earlier news: `Айта кетейік, …` (let us note),
// `Еске салайық, …` (let us recall), in the three scripts.
// Some Latin-script pages type the Cyrillic `і` for `i` (`Aıta keteıіk`).
const CLOSING = /^(?:айта\s+кетейік|еске\s+салайық|еске\s+сала\s+кетейік|aıta\s+keteı[iі]k|eske\s+salaıyq|ايتا\s+كەتەيىك|ەسكە\s+سالايىق),\s/iu;
// Headlines of other reports with no heading after the text: two at least, each with its verb, under a
// paragraph closing its sentence.
const UNHEADED_TEASERS = 2;
const CLOSED = /[.!?…]["»”)]*$/u;
// A paragraph opening a list: the lines under it are its items, whatever they look like.
const LIST_OPENER = /:$/u;
// Other reports' headlines run together on one line, as a copied widget gives them: longer than a
// headline, with no period between them or at the end (`… bylyǵyn ashty Bokstan … qorǵaıdy? Nurbıke …`).
const PERIOD = /\.(?:["»”)]*\s|["»”)]*$)/u;
// A teaser's headline is a headline of five words or more; an author's signature is shorter.
const TEASER_WORDS = 5;
// A bar of other reports under each its topic, `Пенсия 2026` / `Где и как казахстанцы …`: three
// pairs at least (a report may close on a short list of its own), each topic a short label.
const TOPIC_PAIRS = 3;

/**
 * Some outlets (kt.kz) follow a report with teasers of others, each opened by its stamp and view
 * counter and with no heading: once such a stamp comes after a paragraph of the report, the rest
 * of the page is teasers. Others close each teaser with its date and views (`30.04.2025 210`) under
 * its excerpt cut off: the first such teaser's headline opens the rest. Without a stamp, a teaser
 * shows by its lead: a report has one dateline (`Алматы. 25 января. KAZAKHSTAN TODAY -`), in its
 * lead, so a later paragraph opening with the agency's dateline again is another report's, and the
 * headline above it is that report's. Nor
 * after the paragraph a Kazakh report closes on (`Айта кетейік, …`): when only headlines follow
 * it to the page's end, they are other reports'. Nor when the page ends on three pairs or more of a
 * topic's label and a headline (`Пенсия 2026` / `Где и как казахстанцы смогут …`), as news sites list
 * other reports under a report: the pairs go. So does a line after the lead that is another
 * report's stamp glued to its headline (`9 октября 2025 г. 13:52 Квадратные метры …`).
 */
export function teaser(state: ParseState): void {
  // The date line's title moved among the lines (title-line.ts) is no paragraph of the report.
  // A lead closed by its link to the whole report (`… сообщает Петропавловск.news. (далее…)`) is one too.
  const firstParagraph = state.lines.findIndex((line) => !line.fromTitle && isSentenceLine({ text: withoutMoreLink(line.text) }));
  if (firstParagraph < 0) return;
  const lead = state.lines[firstParagraph]!;
  teasersOnTop(state, firstParagraph);
  const leadIndex = state.lines.indexOf(lead);
  const stamp = state.skipped.find((s) => s.rule === META_RULES.stamp.name && s.line > lead.line && LISTED_STAMP.test(s.text) && !overOwnHeadline(state, s.line, leadIndex));
  const under = state.skipped
    .filter((s) => s.rule === META_RULES.stamp.name && s.line > lead.line && DATE_VIEWS.test(s.text))
    .map((s) => excerptAbove(state, s.line, lead.line))
    .find((line) => line !== undefined);
  const stamped = state.lines.slice(leadIndex + 1).find((line) => !line.verbatim && isStampedHeadline(line.text))?.line;
  const starts = [stamp ? headlineOverStamp(state.lines, lead.line, stamp.line) : undefined, under, stamped, headOfNextEntry(state, lead, leadIndex), stampOverNextHeadline(state, lead, leadIndex), headlineBetweenStamps(state, leadIndex), entryOverMoreLink(state.lines, leadIndex)].filter((line) => line !== undefined);
  const from = starts.length > 0 ? Math.min(...starts) : (teaserByDateline(state.lines, leadIndex) ?? teaserAfterClosing(state.lines, leadIndex) ?? topicTeasers(state.lines, leadIndex));
  if (from === undefined) return;
  // The photo credit taken from among the teasers is another report's (photo-credit.ts runs first),
  // and so is the caption that came with it.
  if (state.creditLine && state.creditLine.line >= from) {
    state.skipped.push({ line: state.creditLine.line, text: state.creditLine.text, rule: 'credit of another photo' });
    delete state.article.photoCredit;
    if (state.altWithCredit) delete state.article.photoAlt;
  }
  state.lines = state.lines.filter((line) => {
    const after = line.line >= from;
    if (after) state.skipped.push({ line: line.line, text: line.text, rule: 'teaser of another report' });
    return !after;
  });
}

/**
 * The report's own headline printed again right under a stamp: the page's dek came first, then the
 * report's stamp, headline and text (`Headline` / `Dek.` / `19.05.2023, 11:02` / `Headline` / text).
 * Another report's headline in a list is never printed above the lead too.
 */
function overOwnHeadline(state: ParseState, stamp: number, leadIndex: number): boolean {
  const next = state.lines.find((line) => line.line > stamp);
  if (!next || next.verbatim) return false;
  const head = [...state.lines.slice(0, leadIndex).map((line) => line.text), ...(state.article.title === undefined ? [] : [state.article.title])];
  return head.some((text) => isCopyOf(next.text, text));
}

// A page listing several reports in full, as a blog's archive of a day does (`Мұрағат: 23.01.2017`), prints
// each under (or above) its headline with the same meta line: `Күні: , 48 рет оқылды` under the report's own, and
// `Күні: , 29 рет оқылды` under the next one's. The line's shape is its text with its figures hidden; it
// must hold a word, so that a bare count or date under the text heads nothing. The copy may cut the last
// such line short (`Күні: , 29 рет оқ`).
// A page listing reports under their rubric and stamp, set apart by a bullet, prints that line above each
// headline, whatever the rubric and the day (`Аймақтар • Бүгін, 09:15` / `Headline` / …, `Дәстүр • 20 Наурыз,
// 2025` / `Headline` / …): all such lines have one shape.
const META_NAMES: ReadonlySet<string> = new Set([META_RULES.stamp.name, META_RULES.counter.name]);
const RUBRIC_STAMP = /^\p{Lu}[\p{L}\p{M} -]{1,40} • \S/u;
const FIGURES = /\d+/gu;
const metaShape = (text: string): string => (RUBRIC_STAMP.test(text) ? 'rubric • stamp' : text.replace(FIGURES, '#'));
const SHAPE_WORD = /\p{L}{3}/u;
const MIN_CUT_SHAPE = 8;

/** The line of the next report's headline, over the meta line the page printed under the report's own. */
function headOfNextEntry(state: ParseState, lead: SourceLine, leadIndex: number): number | undefined {
  const own = state.skipped.filter((s) => META_NAMES.has(s.rule) && s.line < lead.line && SHAPE_WORD.test(metaShape(s.text)));
  const shapes = own.map((s) => metaShape(s.text));
  if (shapes.length === 0) return undefined;
  let again = state.skipped.find((s) => META_NAMES.has(s.rule) && s.line > lead.line && shapes.includes(metaShape(s.text)))?.line;
  // Printed above the report's headline, the line opens the next entry itself.
  const shapeAgain = again === undefined ? undefined : metaShape(state.skipped.find((s) => s.line === again)!.text);
  const aboveHeadline = (meta: number): boolean => state.lines.some((line) => line.line > meta && line.line < lead.line && isHeadlineLike(line.text));
  if (again !== undefined && own.some((s) => metaShape(s.text) === shapeAgain && aboveHeadline(s.line))) return again;
  const last = state.lines.at(-1);
  if (again === undefined && last && last.line > lead.line && !last.verbatim && last.text.length >= MIN_CUT_SHAPE && shapes.some((shape) => shape.startsWith(metaShape(last.text)))) again = last.line;
  if (again === undefined) return undefined;
  const above = state.lines.filter((line) => line.line > lead.line && line.line < again).at(-1);
  return above && !above.verbatim && state.lines.indexOf(above) > leadIndex && isHeadlineLike(above.text) ? above.line : undefined;
}

// A full stamp's shape, its figures and its month's name hidden: a date and a time (`# M # / #:#`).
const WORD = /\p{L}+/gu;
const stampShape = (text: string): string => text.replace(FIGURES, '#').replace(WORD, (word) => (monthNumber(word.toLowerCase()) === undefined ? word : 'M'));
const FULL_STAMP_SHAPE = /(?:#\s+M\s+#|#[./-]#[./-]#)[^#]*#:#|#:#[^#]*(?:#\s+M\s+#|#[./-]#[./-]#)/u;
const NEXT_LEAD_WORDS = 6;

/**
 * A page printing each report under its full stamp above the headline (`7 августа 2017 / 12:48` / `Headline` / text):
 * after the text, a stamp of the same shape naming another moment, over a headline and a line of six words or more,
 * opens the next report. The report's own stamp printed again names the same moment and opens nothing.
 */
function stampOverNextHeadline(state: ParseState, lead: SourceLine, leadIndex: number): number | undefined {
  const own = state.skipped.filter((s) => isStamp(s) && s.line < lead.line && FULL_STAMP_SHAPE.test(stampShape(s.text)));
  if (own.length === 0) return undefined;
  for (const again of state.skipped.filter((s) => isStamp(s) && s.line > lead.line)) {
    if (!own.some((s) => stampShape(s.text) === stampShape(again.text) && s.text !== again.text)) continue;
    const index = state.lines.findIndex((line) => line.line > again.line);
    const headline = state.lines[index];
    const text = state.lines[index + 1];
    if (index > leadIndex && headline && text && !headline.verbatim && isHeadlineLike(headline.text) && wordCount(text.text) >= NEXT_LEAD_WORDS) return headline.line;
  }
  return undefined;
}

// A year in a stamp's words: `31 мамыр 2025 ж. 81`.
const STAMP_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;
const BETWEEN_STAMPS_MAX_WORDS = 12;

/** A line left out as the page's stamp. */
function isStamp(skipped: { rule: string }): boolean {
  return skipped.rule === META_RULES.stamp.name;
}

/**
 * A widget's card under the report, its headline between two stamps (`17 ақпан 2021 ж. 2 541 0` / `Headline?` /
 * `31 мамыр 2025 ж. 81`): the page matter right above it, the stamp right under it naming another year than
 * the report's, and no paragraph of six words or more under it. The headline, a question or not, opens other reports.
 */
function headlineBetweenStamps(state: ParseState, leadIndex: number): number | undefined {
  const year = state.article.date?.slice(0, 4);
  if (!year) return undefined;
  for (let index = leadIndex + 1; index < state.lines.length; index++) {
    const line = state.lines[index]!;
    // A paragraph longer than any headline is none (isHeadlineLike): told by its length before its words are counted.
    if (line.verbatim || line.text.length > HEADLINE_MAX || wordCount(line.text) > BETWEEN_STAMPS_MAX_WORDS || !isHeadlineLike(line.text)) continue;
    const previous = state.lines[index - 1]!;
    const next = state.lines[index + 1];
    const above = state.skipped.some((s) => s.line > previous.line && s.line < line.line);
    const below = state.skipped.filter((s) => s.line > line.line && (!next || s.line < next.line)).sort((a, b) => a.line - b.line)[0];
    if (!above || !below || below.rule !== META_RULES.stamp.name) continue;
    const other = STAMP_YEAR.exec(below.text)?.[0];
    if (other === undefined || other === year) continue;
    if (state.lines.slice(index + 1).some((after) => wordCount(after.text) >= NEXT_LEAD_WORDS && !isCutOff(after.text))) continue;
    return line.line;
  }
  return undefined;
}

// A widget's stamp of another report: the day and month, no year, and the time: `17.09, 09:49`.
const SHORT_STAMP = /^\d{1,2}\.\d{2},?\s\d{1,2}:\d{2}$/u;

/**
 * A list of other reports above the text, each headline over its short stamp (`Иманбек тағы бір
 * жүлде жеңіп алды` / `17.09, 09:49`), three or more: the headlines go, the date line's title too
 * when the list opens with it (the page then has no headline of its own, and is refused).
 */
function teasersOnTop(state: ParseState, firstParagraph: number): void {
  const stamps = new Set(state.skipped.filter((s) => s.rule === META_RULES.stamp.name && SHORT_STAMP.test(s.text)).map((s) => s.line));
  if (stamps.size < TOPIC_PAIRS) return;
  const listed = state.lines.slice(0, firstParagraph).filter((line) => !line.verbatim && stamps.has(line.line + 1) && (isHeadlineLike(line.text) || isCutOff(line.text)));
  const title = state.article.title !== undefined && stamps.has(state.headLine + 1);
  if (listed.length + (title ? 1 : 0) < TOPIC_PAIRS) return;
  for (const line of listed) state.skipped.push({ line: line.line, text: line.text, rule: 'teaser of another report' });
  state.lines = state.lines.filter((line) => !listed.includes(line));
  if (title) {
    state.skipped.push({ line: state.headLine, text: state.article.title!, rule: 'teaser of another report' });
    delete state.article.title;
  }
  // Their stamps are theirs: no time of the report is read from them.
  const under = new Set([...listed.map((line) => line.line + 1), ...(title ? [state.headLine + 1] : [])]);
  for (const skipped of state.skipped) if (skipped.rule === META_RULES.stamp.name && under.has(skipped.line)) skipped.rule = 'teaser of another report';
}

/**
 * The line of another report's headline over its excerpt closed by the link to the whole report, after the
 * lead: `Headline` / `Excerpt … (далее…)`, as a section's or author's page lists reports, the first of them
 * the report. No paragraph of a report ends on that link.
 */
function entryOverMoreLink(lines: readonly SourceLine[], lead: number): number | undefined {
  for (let i = lead + 2; i < lines.length; i++) {
    const [headline, excerpt] = [lines[i - 1]!, lines[i]!];
    if (!excerpt.verbatim && !headline.verbatim && endsOnMoreLink(excerpt.text) && isHeadlineLike(headline.text)) return headline.line;
  }
  return undefined;
}

/** A line that is another report's stamp and headline: a month's name, a time, then no sentence. */
function isStampedHeadline(text: string): boolean {
  const stamp = OPENS_ON_FIGURE.test(text) ? STAMPED_HEADLINE.exec(text) : null;
  return stamp !== null && monthNumber(stamp[1]!.toLowerCase()) !== undefined && isHeadlineLike(text.slice(stamp[0].length));
}

/**
 * Where the teaser closed by the stamp on line `line` starts: its excerpt cut off right above the
 * stamp, and the headline (and its copy) above that, below the lead. Undefined when no excerpt is there.
 */
function excerptAbove(state: ParseState, line: number, lead: number): number | undefined {
  const page = [...state.lines, ...state.skipped].filter((other) => other.line > lead && other.line < line).sort((a, b) => a.line - b.line);
  const excerpt = page.at(-1);
  if (!excerpt || !isCutOff(excerpt.text)) return undefined;
  let start = page.length - 1;
  while (start > 0 && page.length - 1 - start < TEASER_HEAD && isHeadlineLike(page[start - 1]!.text)) start--;
  return page[start]!.line;
}

/** The line number where a teaser opened by the lead's dateline starts, if one follows the lead. */
function teaserByDateline(lines: readonly SourceLine[], lead: number): number | undefined {
  const agency = datelineAgency(lines[lead]!.text);
  if (!agency) return undefined;
  for (let i = lead + 2; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.verbatim || datelineAgency(line.text) !== agency) continue;
    let start = i;
    while (start > lead + 1 && i - start < TEASER_HEAD && !lines[start - 1]!.verbatim && isHeadlineLike(lines[start - 1]!.text)) start--;
    if (start < i) return lines[start]!.line;
  }
  return undefined;
}

/**
 * The line number where headlines of other reports start after the report's closing paragraph, if only
 * they follow it: after a Kazakh report's closing paragraph, or, after any paragraph closing a sentence,
 * two headlines or more, each with its verb (`В Усть-Каменогорске открылась новая школа …`), as sites
 * print their latest reports under the text with no heading. A subheading whose text the copy lost is
 * one such line; a list the paragraph opens ends that paragraph on a colon.
 */
function teaserAfterClosing(lines: readonly SourceLine[], lead: number): number | undefined {
  let closing = -1;
  let headlines = 0;
  let allClauses = true;
  for (let i = lines.length - 1; i >= lead && closing < 0; i--) {
    const line = lines[i]!;
    if (line.verbatim) return undefined;
    if (isGluedHeadlines(line.text)) continue;
    if (LIST_OPENER.test(line.text)) return undefined;
    if (isSentenceLine(line)) {
      // Not in a report set out in sections: there the run is its next section's heading and text, cut off by the copy.
      const unheaded = headlines >= UNHEADED_TEASERS && allClauses && CLOSED.test(line.text) && !hasSectionHeading(lines.slice(lead, i + 1));
      if (!CLOSING.test(line.text) && !unheaded) return undefined;
      closing = i;
    } else if (!isHeadlineLike(line.text) || wordCount(line.text) < TEASER_WORDS) return undefined;
    else {
      headlines++;
      allClauses &&= hasHeadlineVerb(line.text) && !isCutOff(line.text);
    }
  }
  return closing >= 0 && closing + 1 < lines.length ? lines[closing + 1]!.line : undefined;
}

/** Headlines run together on one line: longer than any headline, and no period anywhere in it. */
function isGluedHeadlines(text: string): boolean {
  return text.length > HEADLINE_MAX && !PERIOD.test(text);
}

/**
 * Where the teasers a listed stamp opens start: after the stamp, or at the headline right above it,
 * as lists that print each headline over its stamp show it (`60-қа жуық … қаржы құйылды` / `06.01.2026, 20:57`).
 */
function headlineOverStamp(lines: readonly SourceLine[], lead: number, stamp: number): number {
  const above = lines.filter((line) => line.line > lead && line.line < stamp).at(-1);
  return above && above.line === stamp - 1 && !above.verbatim && isHeadlineLike(above.text) ? above.line : stamp + 1;
}

/**
 * The line number where pairs of a topic's label and another report's headline start, if the page
 * ends on three such pairs or more after the last paragraph (the last headline may be cut off, or
 * the last topic printed without its headline).
 */
function topicTeasers(lines: readonly SourceLine[], lead: number): number | undefined {
  const last = lines.at(-1);
  const end = last && !last.verbatim && isLabelLike(last.text) ? lines.length - 1 : lines.length;
  let start = end;
  while (start - 2 > lead) {
    const [label, headline] = [lines[start - 2]!, lines[start - 1]!];
    const pair = !label.verbatim && !headline.verbatim && isLabelLike(label.text) && isHeadlineLike(headline.text) && wordCount(headline.text) >= TEASER_WORDS;
    if (!pair) break;
    start -= 2;
  }
  return (end - start) / 2 >= TOPIC_PAIRS ? lines[start]!.line : undefined;
}
