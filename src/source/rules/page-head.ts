import { META_RULES } from '../clutter/table.ts';
import { closesBracket, isHeadlineLike, isLabelLike, isListItem, isQuotedSaying, isSentenceLine, wordCount } from '../line-shape.ts';
import type { ParseState, SourceLine } from '../state.ts';
import { detectLanguage } from './language.ts';
import { isRetoldDek } from './headline.ts';
import { DATE_AFTER, isWholeHeadline } from './headline-evidence.ts';
import { hasVerb } from './page-foot.ts';
import { isInCapitals } from './title-line.ts';
import { sharedShare, stems } from '../word-stems.ts';

// A rubric in capitals some papers close with an exclamation mark: `ДАТ!`.
const SHOUTED_RUBRIC = /^[\p{Lu}\d«»"-]+(?:\s[\p{Lu}\d«»"-]+){0,2}!$/u;

const SMALL_FIRST = /^\p{Ll}/u;

/** A short label, or a rubric in capitals ending in `!`. */
function isHeadLabel(text: string): boolean {
  return (isLabelLike(text) || SHOUTED_RUBRIC.test(text)) && text.split(' ').length <= 3;
}

/**
 * The end of a line above it broken where the page wrapped it, or an item of a list: a line in small
 * letters under a line with no closing mark (`… к родственникам по собственной` / `инициативе;`), any
 * line under one ending on a comma (`Аудандық ауыл шаруашылығы, Кәсіпкерлік,` / `Ветеринария
 * бөлімдерінің назарына`: a list of names runs on), or one ending in `;`. No label of a page's
 * furniture is either, nor is a label under another.
 */
function continues(line: SourceLine, above: SourceLine | undefined): boolean {
  // A label under another label (`президент` / `маңғыстау облысы`, a page's tags) continues nothing.
  if (line.text.endsWith(';')) return true;
  if (above === undefined || above.line !== line.line - 1 || isHeadLabel(above.text)) return false;
  return above.text.endsWith(',') || (SMALL_FIRST.test(line.text) && !/[.!?:;…»"”)]$/u.test(above.text)) || closesBracket(line.text, above.text);
}

// One word with a capital, or two, of letters only: `Жаршы`, `Спорт`, `Ауыл шаруашылығы`, `Өңір тынысы`.
const SOLE_LABEL = /^\p{Lu}[\p{Ll}\p{M}-]{1,24}(?: [\p{L}\p{M}-]{2,25})?$/u;
// The same in capitals, `ӨҢІР ТЫНЫСЫ`, `КЕЗДЕСУ`: under a headline in capitals it may be the headline's end the page wrapped.
const SOLE_LABEL_CAPITALS = /^\p{Lu}[\p{Lu}\p{M}-]{1,24}(?: [\p{Lu}\p{M}-]{2,25})?$/u;

/**
 * On any page, a label of one or two words alone between the headline and the lead (in capitals, under
 * a headline that is not) is the rubric or the picture's label the page prints there (`Headline` / `Жаршы` / `Lead…`, `Headline` / `Ауыл
 * шаруашылығы` / `Lead…`): no report opens with a line of two words and no mark, over a sentence
 * opening with a capital (a line in small letters under it is the label's phrase wrapped on).
 */
function soleRubric(state: ParseState): void {
  const isLabel = (line: SourceLine | undefined) => line !== undefined && !line.verbatim && (SOLE_LABEL.test(line.text) || (SOLE_LABEL_CAPITALS.test(line.text) && !isInCapitals(state.article.title ?? '')));
  // Two such labels may stand one over the other: the author's name and the outlet's, one word (`Фамилия Имя` /
  // `Ulysmedia`); two headings of two words each are the text's (`АТАУЛЫ КҮНДЕР` / `Кітапханашылар күні`).
  const labels = isLabel(state.lines[0]) ? (isLabel(state.lines[1]) && !state.lines[1]!.text.includes(' ') ? 2 : 1) : 0;
  const lead = state.lines[labels];
  if (labels === 0 || !lead || !isSentenceLine(lead) || SMALL_FIRST.test(lead.text)) return;
  for (const line of state.lines.splice(0, labels)) state.skipped.push({ line: line.line, text: line.text, rule: 'page head' });
}

// The picture's keywords in small letters, as a regional site prints them under its headline: a few words, no mark.
const KEYWORDS_ROW = /^\p{Ll}[\p{L}\p{M}-]*(?:\s+[\p{L}\p{M}-]+){2,9}$/u;

/**
 * A row of the picture's keywords alone between a whole headline and the lead (`Заголовок … за 18 октября 2024 года` /
 * `ветрогенераторы в селе … Фамилия` / `Lead…`): no report opens in small letters with no mark, and a headline that
 * long or closed by its mark is no headline the page wrapped onto the row (isWholeHeadline).
 */
function keywordsUnderHeadline(state: ParseState, paragraph: number): void {
  const [row, lead] = state.lines;
  if (paragraph !== 1 || !row || !lead || row.verbatim || !KEYWORDS_ROW.test(row.text) || SMALL_FIRST.test(lead.text) || !isWholeHeadline(state.article.title ?? '')) return;
  state.lines.shift();
  state.skipped.push({ line: row.line, text: row.text, rule: 'page head' });
}

/** A label ending in `:` right over a list's item introduces the list (`Бүгінгі бағдарламада:` / `- …;`). */
function headsList(line: SourceLine, below: SourceLine | undefined): boolean {
  return line.text.endsWith(':') && below !== undefined && !below.verbatim && isListItem(below.text);
}

/**
 * A short label right over a list's item, as another such label is further down over its own items
 * (`Актюбинская область` / `- автодорога …` / … / `Костанайская область` / `- …`), heads a section of the
 * report's list, no page furniture.
 */
function headsListSection(lines: readonly SourceLine[], index: number): boolean {
  const below = lines[index + 1];
  if (below === undefined || below.verbatim || !isListItem(below.text)) return false;
  return lines.some((line, other) => other > index + 1 && !line.verbatim && isHeadLabel(line.text) && lines[other + 1] !== undefined && isListItem(lines[other + 1]!.text));
}

// A brief's label and headline in a roundup: a label of three words at most, a headline of two words or more.
const BRIEF_LABEL_WORDS = 3;

/** A brief opens at `index`: its label (`Мойынкумский район`) over its headline (`Будет чистая вода`) over its text. */
function opensBrief(lines: readonly SourceLine[], index: number): boolean {
  const [label, headline, text] = [lines[index], lines[index + 1], lines[index + 2]];
  if (!label || !headline || !text || label.verbatim || headline.verbatim) return false;
  return wordCount(label.text) <= BRIEF_LABEL_WORDS && isHeadlineLike(label.text) && !label.text.endsWith(':') && wordCount(headline.text) >= 2 && isHeadlineLike(headline.text) && isSentenceLine(text);
}

/**
 * The first brief's label of a roundup under the roundup's headline (`Вести из районов` / `Сарысуский
 * район` / `Овощи и фрукты по низким ценам` / text / … / `Мойынкумский район` / …): another brief
 * opens the same way after a paragraph further down, so the label is the text's, like the others.
 */
function firstBriefLabel(lines: readonly SourceLine[], index: number): boolean {
  return opensBrief(lines, index) && lines.some((line, j) => j > index + 2 && isSentenceLine(line) && opensBrief(lines, j + 1));
}

/**
 * A bilingual site's title of the report's version in its other language, the report's date glued
 * after it (`Показали акиму и закрыли: … в Актюбинской области 19.11.2023` above a lead in Kazakh):
 * headline-shaped, in another language than the lead, the date the report's.
 */
function otherLanguageTitle(text: string, date: string | undefined, lead: SourceLine): boolean {
  const glued = /\d$/u.exec(text) ? DATE_AFTER.exec(text) : null;
  if (!glued || date !== `${glued[3]}-${glued[2]}-${glued[1]}`) return false;
  const headline = text.slice(0, glued.index);
  return isHeadlineLike(headline) && wordCount(headline) >= 4 && detectLanguage(headline) !== detectLanguage(lead.text);
}

/** Leaves out, above the first paragraph, the title of the report's version in the site's other language. */
function otherLanguageTitles(state: ParseState): void {
  const paragraph = state.lines.findIndex(isSentenceLine);
  const lead = state.lines[paragraph];
  // Tested first: almost no line above a lead ends in a figure.
  if (!lead || !state.lines.some((line, index) => index < paragraph && /\d$/u.test(line.text))) return;
  state.lines = state.lines.filter((line, index) => {
    const other = index < paragraph && !line.verbatim && otherLanguageTitle(line.text, state.article.date, lead);
    if (other) state.skipped.push({ line: line.line, text: line.text, rule: 'headline in the other language' });
    return !other;
  });
}

// A word in small letters after the first: a clause's, not a name's or a menu's (`Новости партнеров` has no verb).
const SMALL_WORD_AFTER = /^\S+\s(?:.*\s)?\p{Ll}/u;

/**
 * A dek of two or three words right under the headline, a clause with its Russian verb in small letters
 * after its first word (`Правоохранители проверяют здания`), or a Kazakh heading closing on its verbal noun:
 * the report's, no page furniture (a name or a rubric has no verb, a menu's label no clause).
 */
function isShortDek(text: string): boolean {
  return wordCount(text) >= 2 && SMALL_WORD_AFTER.test(text) && (hasVerb(text.replace(/^\S+/u, '')) || isKazakhActionHeading(text));
}

// A Kazakh section heading naming an action, closing on its verbal noun in small letters (`Көкпар тарихына
// жүгіну`, Latin `… jýginu`): three words or more, a menu's labels are shorter (`Жарнама беру`, `Кіру`).
const VERBAL_NOUN_LAST = /\s\p{Ll}[\p{Ll}\p{M}]{2,}[^аеиоөұүыіэяюaeıioóuúýy\s][уүuúý]$/u;

function isKazakhActionHeading(text: string): boolean {
  return wordCount(text) >= 3 && VERBAL_NOUN_LAST.test(text) && detectLanguage(text) === 'kk';
}

// An author's name, the surname in capitals or not, closing on a comma: `Имя ФАМИЛИЯ,`.
const AUTHOR_WITH_COMMA = /^\p{Lu}[\p{Ll}\p{M}]+\s+\p{Lu}[\p{L}\p{M}-]+,$/u;
// Her role under it, in small letters, a few words closing no sentence: `почетный работник образования РК`.
const ROLE_UNDER = /^\p{Ll}[^.!?:;…]{2,80}$/u;
const ROLE_WORDS = 8;

/**
 * Above the first paragraph, an author's name closing on a comma over her role in small letters
 * (`Имя ФАМИЛИЯ,` / `почетный работник образования РК`) is the byline, both lines. Below the first
 * paragraph the same pair signs a quote and stays.
 */
function authorWithRole(state: ParseState, paragraph: number): void {
  const byline = new Set<number>();
  for (let index = 0; index + 1 < paragraph; index++) {
    const name = state.lines[index]!;
    const role = state.lines[index + 1]!;
    if (name.verbatim || role.verbatim || role.line !== name.line + 1) continue;
    if (AUTHOR_WITH_COMMA.test(name.text) && ROLE_UNDER.test(role.text) && wordCount(role.text) <= ROLE_WORDS) byline.add(index).add(index + 1);
  }
  if (byline.size === 0) return;
  state.lines = state.lines.filter((line, index) => {
    if (byline.has(index)) state.skipped.push({ line: line.line, text: line.text, rule: 'byline' });
    return !byline.has(index);
  });
}

// A line left open on a comma or an ellipsis: `Өтесің-ау бір күні,`, `Пай, пай, Өмір…`.
const LEFT_OPEN = /[,…]$/u;
// A line closing on a mark, open or shut: a verse's line ends on one, a menu's label on none.
const CLOSING_MARK = /[,…;.!?]$/u;

/**
 * The lines right above the first paragraph, each on the line right after the one above and each closing on
 * a mark, one left open at least on a comma or an ellipsis (a verse the report opens with: `Пай, пай, Өмір…` /
 * `Өтесің-ау бір күні,` / `Тыясың-ау …, күлкіні.` / `Өмір деген — …,`): they run on into the paragraph, the
 * report's own. A label closing on no mark ends the run, and a run with no line left open is no verse.
 */
function runsIntoParagraph(lines: readonly SourceLine[], paragraph: number): Set<number> {
  const run = new Set<number>();
  for (let index = paragraph - 1; index >= 0; index--) {
    const line = lines[index]!;
    if (line.verbatim || line.line !== lines[index + 1]!.line - 1 || !CLOSING_MARK.test(line.text) || SHOUTED_RUBRIC.test(line.text)) break;
    run.add(index);
  }
  return [...run].some((index) => LEFT_OPEN.test(lines[index]!.text)) ? run : new Set();
}

// An author's name of one to three words (in Arabic script, which has no capitals, any words).
const AUTHOR_NAME = /^(?:\p{Lu}[\p{L}\p{M}’'-]+(?:\s\p{Lu}[\p{L}\p{M}’'-]+){0,2}|\p{Script=Arabic}+(?:\s\p{Script=Arabic}+){0,2})$/u;

/**
 * An epigraph between the headline and the text: a saying in quotes, its author's name right under it
 * (`«Өнер алды – қызыл тіл»` / `Абай` / lead). Short as they are, they are the author's words, no page matter.
 */
function epigraph(lines: readonly SourceLine[], paragraph: number): Set<number> {
  for (let index = 0; index + 1 < paragraph; index++) {
    const [saying, author] = [lines[index]!, lines[index + 1]!];
    if (!saying.verbatim && !author.verbatim && isQuotedSaying(saying.text) && AUTHOR_NAME.test(author.text)) return new Set([index, index + 1]);
  }
  return new Set();
}

// Another report's headline holds five words or more; the page's counter stands right above it.
const OTHER_HEADLINE_WORDS = 5;

/**
 * Another report's headline right under the page's view counter, above the lead (`362` / `Түркістанда …
 * зауыт салынуда` / lead), as a related link a copy took without its label: a headline that names no word
 * of the report's headline or text. A dek under the counter retells the report, so it names some.
 */
function otherHeadlineUnderCounter(state: ParseState, paragraph: number): void {
  const counters = new Set(state.skipped.filter((skip) => skip.rule === META_RULES.counter.name).map((skip) => skip.line));
  const under = state.lines.slice(0, paragraph).filter((line) => counters.has(line.line - 1) && !line.verbatim && wordCount(line.text) >= OTHER_HEADLINE_WORDS && isHeadlineLike(line.text));
  if (under.length === 0) return;
  const report = [state.article.title ?? '', ...state.lines.slice(paragraph).map((line) => line.text)].join(' ');
  const others = new Set(under.filter((line) => sharedShare(stems(line.text), report) === 0));
  for (const line of others) state.skipped.push({ line: line.line, text: line.text, rule: 'teaser of another report' });
  if (others.size > 0) state.lines = state.lines.filter((line) => !others.has(line));
}

// A numbered list's first item: `1) …`, `1. …`.
const NUMBERED_FIRST = /^1[.)]\s/u;

/** A label in the run of labels right above a numbered list's first item: the text's headings over it (`i-Latin نۇسقاسى` / `باستى ۇستانىم` / `1) …`). */
function headsNumberedList(lines: readonly SourceLine[], index: number): boolean {
  const below = lines.slice(index + 1).find((line) => line.verbatim || !isHeadLabel(line.text));
  return below !== undefined && !below.verbatim && NUMBERED_FIRST.test(below.text);
}

/**
 * On a copied page (one whose clutter the table found, or with a photo credit), short labels left above the first
 * paragraph are the page's furniture the table does not know: menu items, a section, an author's
 * name, a rubric in capitals (`ДАТ!`). A report never opens with a line of three words or fewer, so
 * they go, recorded; not the dek right under the headline: one the text retells word for word
 * (`Начато досудебное расследование`, headline.ts `isRetoldDek`), or a short one with its verb.
 */
export function pageHead(state: ParseState): void {
  otherLanguageTitles(state);
  // A photo credit above the text shows a copied page as well as a skipped line does.
  if (state.skipped.length === 0 && state.creditLine === undefined) {
    soleRubric(state);
    return;
  }
  // Each step may take lines out above the first paragraph: it is looked for again after each.
  const firstParagraph = () => state.lines.findIndex((line) => isSentenceLine(line) && !SHOUTED_RUBRIC.test(line.text));
  let paragraph = firstParagraph();
  if (paragraph <= 0) return;
  keywordsUnderHeadline(state, paragraph);
  paragraph = firstParagraph();
  if (paragraph <= 0) return;
  authorWithRole(state, paragraph);
  paragraph = firstParagraph();
  if (paragraph <= 0) return;
  otherHeadlineUnderCounter(state, paragraph);
  paragraph = firstParagraph();
  const verse = runsIntoParagraph(state.lines, paragraph);
  const said = epigraph(state.lines, paragraph);
  state.lines = state.lines.filter((line, index) => {
    const label = index < paragraph && !verse.has(index) && !said.has(index) && !line.verbatim && !line.text.startsWith('#') && isHeadLabel(line.text) && !continues(line, state.lines[index - 1]) && !headsList(line, state.lines[index + 1]) && !headsListSection(state.lines, index) && !headsNumberedList(state.lines, index) && !firstBriefLabel(state.lines, index) && !(index === 0 && (isShortDek(line.text) || isRetoldDek(line.text, state.lines.slice(paragraph))));
    if (label) state.skipped.push({ line: line.line, text: line.text, rule: 'page head' });
    return !label;
  });
}
