/**
 * The headline's choice by evidence. Every line above the report's text (and the date line's title
 * when it was moved among them, title-line.ts) is a candidate; each piece of evidence in `EVIDENCE`
 * is a small pure test with a weight, and the candidate with the highest sum is the headline (the
 * earlier line on a tie). A line of the page scores `HEADLINE_SCORE` or more to be the headline; the date
 * line's title is one whatever it scores. A page with neither has no headline.
 */
import { isMastheadSince, META_RULES } from '../clutter/table.ts';
import { ARABIC_GENITIVE_ENDINGS, endsAsSentence, endsInGenitive, endsOnComma, foldHeadline, GENITIVE_ENDINGS, HEADLINE_MAX, HEADLINE_START, holdsSentence, isCutOff, isHeadlineLike, isArabicSentence, isHeadlineVariant, isKickeredHeadline, isTemperatureHeadline, isSentenceLine, isNameArchive, isSalutation, scriptOf, wordCount, type Script } from '../line-shape.ts';
import type { ParseState, SourceLine } from '../state.ts';
import { DATELINE } from './attribution.ts';
import { endsMidPhrase, isDoubled, isInCapitals, isSectionQuestion, isSiteMotto } from './title-line.ts';

/** What the evidence reads: the page's lines above its text, and what the earlier rules left out of them. */
export interface Scene {
  lines: readonly SourceLine[];
  /** The first paragraph's index in `lines` (-1: none). */
  paragraph: number;
  /** The first paragraph longer than a header's sentence (`HEADER_SENTENCE`), or -1. */
  longParagraph: number;
  lead: SourceLine | undefined;
  script: Script | undefined;
  /** The line of the report's stamp (or print issue) nearest above the first paragraph. */
  stamp: number | undefined;
  /** The report's stamp names its rubric after a pipe or a slash (`08.06.2016 / экономика`). */
  stampRubric: boolean;
  /** The line of the first stamp above the first paragraph. */
  firstStamp: number | undefined;
  /** Line number → the rule that left it out (stamps, counters, bylines…). */
  leftOut: ReadonlyMap<number, string>;
  /** The bylines left out above the first paragraph, as printed. */
  bylines: readonly string[];
  photoAlt: string | undefined;
  /** The date line's title was page matter, moved among the lines (title-line.ts). */
  titleMoved: boolean;
  /** The date line's title reads as a headline: it stays unless the page shows its own headline below. */
  titleKept: boolean;
  /** The date line's title moved among the lines, when it may still be the headline. */
  title: SourceLine | undefined;
  /** The date line's title is a masthead or a line the clutter table names: a shorter headline takes its place. */
  titleIsMatter: boolean;
  /** The line of a newspaper's masthead saying since when it appears, above the first long paragraph: what stands above it is the paper's header. */
  mastheadSince: number | undefined;
  /** A breadcrumb trail left out above the text (`Басты бет » Жаңалықтар » <headline>`). */
  trail: string | undefined;
  /** Whether the line at an index may head the page (`eligible`), worked out once. */
  mayHead: Map<number, boolean>;
}

interface Candidate {
  line: SourceLine;
  index: number;
  /** The line's text without what pages glue to a headline (a badge, a date before, a stamp after). */
  text: string;
  words: number;
}

interface Evidence {
  /** What the evidence is about: a line of the page, or the date line's title. */
  of: 'line' | 'title';
  name: string;
  weight: number;
  holds: (candidate: Candidate, scene: Scene) => boolean;
}

// A header's sentences (a greeting, a city prompt, a search box's hint) are short; a report's text is not.
const HEADER_SENTENCE = 100;
// How far down a page its headline is looked for, in lines.
const REACH = 40;
/** The least score of a headline. */
const HEADLINE_SCORE = 2;

// What a site's header carries and no headline does: a phone number, a temperature, a close button,
// an age mark (`18+`), a date with a clock time (`Суббота, 23 ноября 2024, 01:36 мск`, `… – 19.02.03 18:13`).
const PAGE_SYMBOLS = /\+7[\s(]*\d{3}|\d\s?°|×|\b18\+|(?:\d{1,2}\.\d{2}\.\d{2,4}|\d{4}),?\s+\d{1,2}:\d{2}\b/u;
// A line that asks (`?`, Arabic script's `؟`) or exclaims, also inside closing quotes and brackets.
const ASKS = /[!?؟]["»”)]*$/u;
// A menu printed as a list: four items or more of a word or two, each capitalised, between commas.
const MENU_ITEMS = 4;
const MENU_ITEM_START = /^[\p{Lu}\d]/u;
const META = new Set<string>([META_RULES.stamp.name, META_RULES.counter.name]);

/** A site's menu printed as one list of capitalised items between commas (`Новости, Кратко, Популярное, Анонсы`). */
function isMenuList(text: string): boolean {
  const items = text.split(/,\s*/u);
  return items.length >= MENU_ITEMS && items.every((item) => MENU_ITEM_START.test(item) && wordCount(item) <= 2 && !/[.!?:]$/u.test(item));
}

// A headline in two parts opens with a capital, a figure or a quote.
const TWO_PART_START = /^[\p{Lu}\p{N}«"“]/u;

/** Shaped as a headline in two parts, a question or a quote closing it or not: `«Тема. Подробность?»`. */
export function isTwoPartShape(text: string): boolean {
  const body = text.replace(/[!?؟]+["»”)]*$/u, '');
  return text.length <= HEADLINE_MAX && wordCount(text) >= 4 && TWO_PART_START.test(text) && !endsAsSentence(body) && !DATELINE.test(text) && !leadShape(text);
}

/** Dashes as one hyphen and quotes as one mark, for comparing two spellings of a line. */
function sameMarks(text: string): string {
  return text.replace(/[‐-―−]/gu, '-').replace(/[«»“”„]/gu, '"');
}

// A headline is rarely longer than this; a lead pasted as the title is.
const LEAD_LENGTH = 160;
// The attribution of a lead, after a comma: `..., сообщает Kazinform`, `..., деп хабарлайды BAQ.KZ тілшісі.`
// Arabic script has its own comma: `…ايتتى، دەپ جازادى Qamshy.kz`; a dash may follow the comma as after a quote,
// `…, - деп хабарлайды Jambylinfo.kz`. The verb is a whole word: its impersonal form names no one who reports,
// `…, сообщается о давлении на их родных` is a headline's second clause.
export const ATTRIBUTION = /[,،]\s*(?:[-–—]\s*)?(?:сообщает|сообщают|передает|передаёт|передают|пишет|информирует|деп\s+хабарла(?:йды|ды)|деп\s+жазады|dep\s+habarla[ıi]dy|dep\s+jazady|دەپ\s+[حx]ابارلا(?:يدى|دى|دئ)|دەپ\s+جازادى)(?![\p{L}\p{M}])/iu;
// A press review's headline is the titles it reviews, each in quotes: `«Почему …». «Волки сыты …». «…»`.
const QUOTED_TITLES = /^«.+»$/u;
const BETWEEN_TITLES = /»[.!?]?\s+«/u;

/** A headline made of two quoted titles or more, however long; no lead is only quotations. */
function isQuotedTitles(title: string): boolean {
  return QUOTED_TITLES.test(title) && BETWEEN_TITLES.test(title);
}

// An official notice's title names what it is about, however long, and closes no sentence: `О предоставлении
// эфирного времени … области`, `Об утверждении …`; Kazakh `… беру туралы хабарландыру`.
const NOTICE_TITLE = /^Об?\s+(?!(?:том|чем|чём|ком|нем|нём|ней|них)\s)\p{Ll}+(?:е|и|ах|ях|ых|их|ом|ем|ой)\s|\sтуралы(?:\s+(?:хабарландыру|ақпарат))?$/u;

/** A notice's title, however long: about something, no sentence in it. */
function isNoticeTitle(title: string): boolean {
  return NOTICE_TITLE.test(title) && !endsAsSentence(title) && !holdsSentence(title);
}

// A sentence going on from text above it opens on a connective that points back (`При этом …`, `Кроме того, …`,
// `Напомним, …`, `Отметим, что …`, Kazakh `Сондай-ақ …`, `Айта кетейік, …`): a dek or a paragraph, never a headline. A
// word in small letters follows it: `Тем временем` alone may be a programme's name.
const CONNECTIVE_OPENING = /^(При\s+этом|Кроме\s+того|Кроме\s+этого|Помимо\s+этого|Напомним|Отметим|Добавим|Стоит\s+отметить|Тем\s+временем|Между\s+тем|Вместе\s+с\s+тем|В\s+то\s+же\s+время|Также|Однако|Сондай-ақ|Сонымен\s+қатар|Айта\s+кетейік|Бұған\s+дейін|Алайда),?\s+[\p{Ll}\d«"]/u;

/** The connective a sentence going on from text above it opens on (`Отметим`, `Кроме того`), or undefined. */
export function connectiveOpening(text: string): string | undefined {
  return CONNECTIVE_OPENING.exec(text)?.[1];
}

// A sentence whose subject points back at what the text above it said (`Это позволит …`, `Эта проблема …`,
// `Такое решение …`, Kazakh `Бұл туралы …`, `Осылайша …`): the dek under a headline the copy lost, never a
// headline. `Это` counts before a verb it leads (`Это наша история` may head a feature), a demonstrative before a
// noun naming what was done or said; in the three scripts for Kazakh.
const ANAPHORIC_OPENING = /^(?:Это\s+(?:позвол|помо[гж]|даст|да[её]т|стал[оа]?\s|станет|означа|связан|касает|косн[её]тся|привед[её]т|привел[оа]?\s|произошл|случил|вызван|обусловлен|повлеч)|(?:Этот|Эта|Эти|Это|Такой|Такая|Такое|Такие)\s+(?:шаг|мер[аы]|решени[ея]|проблем[аы]|изменени[ея]|нововведени[ея]|новшеств[оа]|инициатив[аы]|поправк[аи]|предложени[ея]|норм[аы]|порядок|подход)\s|Таким\s+образом|Тогда\s+же|Там\s+же|Бұл\s+(?:туралы|жөнінде|жайында|жайлы|шара|қадам|шешім|өзгеріс|бастама|мәселе|талап|ұсыныс|өз\s+кезегінде)\s|Осылайша|Осыған\s+байланысты|Осы\s+орайда|Bul\s+(?:týraly|turaly|jóninde|joninde|sheshim|qadam)\s|Osylaısha|Osylaisha|بۇل\s+(?:تۋرالى|جونىندە)\s|وسىلايشا)/u;

// A line recalling an earlier report opens on `Ранее` with the sentence's subject or place after it (`Ранее Глава
// государства провел …`, `Ранее в Алматы …`, `Ранее мы писали …`), six words or more: a link the page prints above
// or inside the text, never a headline (`Ранее судимый …` opens a headline: a word in small letters follows).
const RECALL_OPENING = /^(?:Ранее|Бұған\s+дейін),?\s+(?:\p{Lu}|(?:в|во|на|мы|уже|сообщалось|стало|был[аои]?)\s)/u;
const RECALL_WORDS = 6;

// A line telling who said what the text above it said (`Об этом …`, `Бұл туралы … жазды`, `Bul týraly …`): a report's
// sentence, its period lost or not, never another report's headline.
export const TOLD_ABOUT = /^(?:Об\s+этом|Бұл\s+туралы|Bul\s+t[ýu]raly|بۇل\s+تۋرالى)\s/u;

/** The title opens on a word pointing back at text above it: a dek (`Это позволит …`). */
export const opensAnaphoric = (title: string): boolean => ANAPHORIC_OPENING.test(title);

// A Xinjiang report's first paragraph, naming whose report it is, a word in the genitive before `хабары`
// (report) and a period: `Халық торабы қазақша арнасының хабары.`, Arabic script `… ارناسىنىڭ حابارى.`
const WHOSE_REPORT = new RegExp(String.raw`(?:${GENITIVE_ENDINGS}|${ARABIC_GENITIVE_ENDINGS})\s+(?:хабары|habary|حابارى)\.$`, 'u');

/** Why a title reads as the lead paragraph rather than a headline, or undefined. */
export function leadShape(title: string): string | undefined {
  if (ATTRIBUTION.test(title)) return 'it holds the attribution of the lead';
  if (WHOSE_REPORT.test(title)) return 'it names whose report it is, as a lead opens';
  if (CONNECTIVE_OPENING.test(title)) return 'it opens on a connective going on from text above it';
  if (opensAnaphoric(title)) return 'it opens on a word pointing back at text above it, as the dek under a headline does';
  if (TOLD_ABOUT.test(title)) return 'it opens on `Об этом`, telling who said what the text above it said';
  if (RECALL_OPENING.test(title) && wordCount(title) >= RECALL_WORDS) return 'it opens on `Ранее`, recalling an earlier report';
  // An exclamation or a question trailing off, `…КЕРЕК!..`, `…кім?..`, closes no sentence on a period.
  if (endsAsSentence(title) && !/[!?؟]\.{0,2}["»”)]*$/u.test(title) && wordCount(title) >= 6) return 'it is a sentence ending in a period';
  // The Arabic full stop `۔` closes a sentence in Arabic script as the period does.
  if (title.endsWith('۔') && isArabicSentence(title)) return 'it is a sentence ending in a full stop';
  if (title.length > LEAD_LENGTH && !isQuotedTitles(title) && !isNoticeTitle(title)) return `it is ${title.length} characters long`;
  return undefined;
}

// --- the pieces of evidence -------------------------------------------------------------------

const inText = (c: Candidate, s: Scene) => s.paragraph >= 0 && c.index >= s.paragraph;
const above = (c: Candidate, s: Scene) => s.lines[c.index - 1];
const below = (c: Candidate, s: Scene) => s.lines[c.index + 1];

/**
 * The rule that left out the line nearest to the candidate on one side of it (`-1` above, `1` below),
 * lines kept or left out alike; undefined when that line was kept.
 */
function nearestLeftOut(c: Candidate, s: Scene, side: -1 | 1): string | undefined {
  const distance = (line: number) => (line - c.line.line) * side;
  let nearest = Infinity;
  for (const line of s.lines) if (distance(line.line) > 0) nearest = Math.min(nearest, distance(line.line));
  let rule: string | undefined;
  for (const [line, name] of s.leftOut) if (distance(line) > 0 && distance(line) < nearest) { nearest = distance(line); rule = name; }
  return rule;
}
const nearestAbove = (c: Candidate, s: Scene) => nearestLeftOut(c, s, -1);
const nearestBelow = (c: Candidate, s: Scene) => nearestLeftOut(c, s, 1);

/** Printed again two lines below or above, its dek between the copies, both on one side of the stamp (vlast.kz). */
function twiceAroundDek(c: Candidate, s: Scene): boolean {
  const side = (line: SourceLine) => s.stamp === undefined || (line.line > s.stamp) === (c.line.line > s.stamp);
  return s.lines.some((other, index) => index >= c.index + 2 && index < Math.max(s.paragraph, c.index + 3) && !other.verbatim && other.text === c.line.text && side(other));
}

/**
 * Printed twice on the page: another line, the picture's alt text, or a trail ending in it. As
 * evidence (`apart`), a copy on the next line of the source does not count (a caption is printed
 * so), and a copy spelt otherwise does: shortened, cut with `...`, or with the site's name or an
 * age mark after it (`… 12+`, `… - adebiportal.kz`).
 */
function printedTwice(c: Candidate, s: Scene, apart = false): boolean {
  if (c.line.text === s.photoAlt) return true;
  if (apart && inCaptionRun(c, s)) return false;
  // A trail's last item, its bullet kept (`• ЖАҢАРУ` / `• Жаңалықтар` / `• <headline>`), is a copy too.
  const copy = (other: SourceLine) => other.text === c.line.text || (other.line < c.line.line && c.words >= 2 && other.text.endsWith(` ${c.line.text}`)) || (other.text.length === c.line.text.length + 2 && other.text.startsWith('• ') && other.text.endsWith(c.line.text)) || (apart && c.words >= 3 && isCopyOf(other.text, c.line.text));
  // So is the last crumb of the page's breadcrumb trail, left out above (`Басты бет » Мәдениет » <headline>`).
  if (apart && lastCrumb(c, s)) return true;
  return s.lines.slice(0, Math.max(s.paragraph, 0) + 2).some((other) => other !== c.line && (!apart || Math.abs(other.line - c.line.line) > 1) && copy(other));
}

// A gallery prints one caption under each of its pictures: three copies or more, one under another.
const CAPTION_RUN = 3;

/**
 * The line is one of a run of copies, each on the source's next line, three or more (`Президент Казахстана`
 * under each of a gallery's four pictures): a gallery's caption, no headline the page prints twice.
 */
export function inCaptionRun(c: { index: number; line: SourceLine }, s: { lines: readonly SourceLine[] }): boolean {
  // A copy on the source's very next line: no blank line, nor a credit, between the two.
  const same = (index: number, next: number) => {
    const [line, other] = [s.lines[index], s.lines[next]];
    return line !== undefined && other !== undefined && !line.verbatim && line.text === c.line.text && Math.abs(line.line - other.line) === 1;
  };
  let first = c.index;
  while (same(first - 1, first)) first--;
  let last = c.index;
  while (same(last + 1, last)) last++;
  return last - first + 1 >= CAPTION_RUN;
}

// A headline of three words or more: shorter lines are as often a menu's links or a rubric.
const HEADLINE_WORDS = 3;

// A breadcrumb trail's separator, spaces around it or not; the crumb after it is the candidate.
const CRUMB_BEFORE = /[/›»>|→]\s*$/u;

/** The candidate is the last crumb of the page's breadcrumb trail (`Басты бет » Жаңалықтар » <headline>`). */
function lastCrumb(c: Candidate, s: Scene): boolean {
  const { trail } = s;
  if (trail === undefined || c.words < HEADLINE_WORDS || !trail.endsWith(c.line.text)) return false;
  return CRUMB_BEFORE.test(trail.slice(0, trail.length - c.line.text.length));
}

// A crumb of a trail printed as a numbered list, after its number: `2. Мәдениет`.
const NUMBERED_CRUMB = /^(\d)\.\s+/u;

/** A trail printed as a numbered list (`1. Басты бет` / `2. Мәдениет` / `3. <headline>`) as one trail, `Басты бет » Мәдениет » <headline>`: its crumbs up to where the numbers start again. */
export function numberedTrail(skipped: ParseState['skipped'], limit: number): string | undefined {
  const first = skipped.findIndex((s) => s.rule === 'breadcrumbs' && s.line < limit && s.text.startsWith('1. '));
  if (first < 0) return undefined;
  const crumbs = [skipped[first]!.text.slice(3)];
  for (let index = first + 1; index < skipped.length; index++) {
    const crumb = skipped[index]!;
    if (crumb.rule !== 'breadcrumbs' || crumb.line !== skipped[index - 1]!.line + 1 || Number(NUMBERED_CRUMB.exec(crumb.text)?.[1]) !== crumbs.length + 1) break;
    crumbs.push(crumb.text.replace(NUMBERED_CRUMB, ''));
  }
  return crumbs.length > 1 ? crumbs.join(' » ') : undefined;
}

/** A line of the page above its text that may head it and is long enough to tell from a menu's link. */
function headlineSized(line: SourceLine, index: number, s: Scene): boolean {
  if (line.fromTitle || (s.paragraph >= 0 && index >= s.paragraph)) return false;
  return wordCount(line.text) >= HEADLINE_WORDS && mayHeadAt(index, s);
}

/** The headline-sized line nearest to the report's stamp on the candidate's side of it (`1` under it, `-1` above). */
function nearestToStamp(c: Candidate, s: Scene, side: -1 | 1): boolean {
  const stamp = s.stamp;
  if (stamp === undefined || (c.line.line - stamp) * side <= 0 || c.words < HEADLINE_WORDS || inText(c, s)) return false;
  return !s.lines.some((line, index) => (index - c.index) * side < 0 && (line.line - stamp) * side > 0 && headlineSized(line, index, s));
}
const firstUnderStamp = (c: Candidate, s: Scene) => nearestToStamp(c, s, 1);

// A blank line or two may stand between a TV schedule's last row and the headline under it.
const SCHEDULE_GAP = 3;

/** The first line under a TV channel's schedule, left out above it (a grid's rows, `8:30 Далее в эфире «…»`): where a TV site prints its headline. */
function underSchedule(c: Candidate, s: Scene): boolean {
  for (let line = c.line.line - 1; line >= c.line.line - SCHEDULE_GAP; line--) {
    const rule = s.leftOut.get(line);
    if (rule !== undefined) return rule === 'broadcast schedule';
    if (s.lines.some((other) => other.line === line)) return false;
  }
  return false;
}
const lastAboveStamp = (c: Candidate, s: Scene) => nearestToStamp(c, s, -1);

const WORDS = /[\p{L}\d]+/gu;
const wordsOf = (text: string) => text.toLocaleLowerCase('ru').match(WORDS) ?? [];

/**
 * A dek under the report's stamp, right above the lead that opens on its very words in another order
 * (`В районе введён режим …` / `Режим … введён в районе. Об этом …`), a headline of four words or more
 * right above the stamp: the page prints headline, stamp, dek, lead; a headline the lead retells says less.
 */
function dekRetoldByLead(c: Candidate, s: Scene): boolean {
  if (s.stamp === undefined || c.index + 1 !== s.paragraph || c.line.line < s.stamp || c.words < 4) return false;
  const above = s.lines[c.index - 1];
  if (above === undefined || above.line > s.stamp || wordCount(above.text) < 4 || !isHeadlineLike(above.text)) return false;
  const sentence = wordsOf(s.lead!.text.split(/(?<=[.!?])\s/u)[0]!);
  const own = new Set(wordsOf(c.text));
  if (sentence.length === own.size && sentence.every((word) => own.has(word))) return true;
  // Under a lead opening on an agency's dateline, the paragraph after it retelling the dek in other forms of its
  // words (`Мощность завода составит 50 тысяч кубометров` / `… - Строительство …` / `Новый завод мощностью 50 тысяч …`).
  const next = s.lines[s.paragraph + 1];
  if (next === undefined || !DATELINE.test(s.lead!.text)) return false;
  const told = new Set(wordsOf(next.text).map(stem));
  const stems = [...own].map(stem);
  return stems.filter((word) => told.has(word)).length * 4 >= stems.length * 3;
}

/** A word's first five letters: the forms of a Russian or Kazakh word share them (`завода`, `завод`). */
const stem = (word: string) => word.slice(0, 5);

// What a page prints between its headline and its stamp: the rubric, the author's byline.
const OVER_STAMP_RULES: ReadonlySet<string> = new Set(['rubric', 'byline']);

/**
 * Right over the report's rubric or byline and stamp, nothing else between (`Headline` / `• Новости` / `• 25.04.2024
 * 03:44`, `Headline` / `Имя Фамилия` / `24.09.2025`): the page's meta under its headline, whatever stands under the stamp
 * (a dek of headline's shape).
 */
function overRubricAndStamp(c: Candidate, s: Scene): boolean {
  const stamp = s.stamp;
  if (stamp === undefined || c.line.line > stamp || c.words < HEADLINE_WORDS || s.lines.some((line) => line.line > c.line.line && line.line < stamp)) return false;
  const between = [...s.leftOut].filter(([line]) => line > c.line.line && line < stamp);
  return between.length > 0 && between.every(([, rule]) => OVER_STAMP_RULES.has(rule));
}

// Two short phrases, each closed by a period, as a paper prints a headline over its byline and stamp: `Әлеуеті төмен
// ауылдар. Қауықтағы қауым.` (no sentence: four words at most each).
const PHRASE_PAIR = /^(\p{Lu}[^.!?]{2,60})\.\s(\p{Lu}[^.!?]{2,60})\.$/u;
const PHRASE_WORDS = 4;

function isPhrasePair(text: string): boolean {
  const pair = text.endsWith('.') ? PHRASE_PAIR.exec(text) : null;
  return pair !== null && wordCount(pair[1]!) <= PHRASE_WORDS && wordCount(pair[2]!) <= PHRASE_WORDS;
}

/** The first line of four words or more above the text that may head the page: a page prints its headline before its text. */
function firstLong(c: Candidate, s: Scene): boolean {
  return c.words >= 4 && !inText(c, s) && !s.lines.some((line, index) => index < c.index && !line.fromTitle && wordCount(line.text) >= 4 && mayHeadAt(index, s));
}

/**
 * Right under the report's stamp and right over its view counter, only page matter between, no line above the
 * stamp that may head the page (`20 Мамыр, 2014` / `ЕЛБАСЫТАНУ – ЕЛТАНУ` / `999 рет` / `көрсетілді`): where a
 * page prints its headline between its meta, however short (two words are too few to count as first under the
 * stamp). Under a headline above the stamp, the short line there is the source's or author's name.
 */
function betweenStampAndCounter(c: Candidate, s: Scene): boolean {
  const stamp = s.stamp;
  if (stamp === undefined || c.line.line < stamp || c.words < 2 || inText(c, s)) return false;
  if (nearestAbove(c, s) !== META_RULES.stamp.name || nearestBelow(c, s) !== META_RULES.counter.name) return false;
  return !s.lines.some((line, index) => line.line < stamp && headlineSized(line, index, s));
}

/** Right under the view counter or the report's stamp, and right above the first paragraph. */
function underMetaOverLead(c: Candidate, s: Scene): boolean {
  return c.index === s.paragraph - 1 && META.has(nearestAbove(c, s) ?? '');
}

// A dek is a phrase of eight words or more; a headline over it may be of two or three.
const DEK_WORDS = 8;

/**
 * A headline of two or three words right over its dek, the dek right over the report's stamp, which names
 * the rubric (`Уникальное очарование` / `Курорт … для летнего отдыха` / `08.06.2016 / экономика`): with the
 * rubric in the stamp, the short line is no rubric over a headline.
 */
function shortOverDek(c: Candidate, s: Scene): boolean {
  if (!s.stampRubric || c.words < 2 || c.words > 3 || !isHeadlineLike(c.text) || nearestBelow(c, s) !== undefined) return false;
  const next = s.lines[c.index + 1];
  if (next === undefined) return false;
  const dek = candidateOf(next, c.index + 1);
  return dek.words >= DEK_WORDS && isHeadlineLike(dek.text) && nearestBelow(dek, s) === META_RULES.stamp.name && dek.line.line < s.stamp!;
}

// The dek under a question's headline: a short capitalised phrase closing no sentence, no speaker's label (`Пекари
// называют причину` under `Цены на хлеб снова выросли. Зачем?`).
const QUESTION_DEK_WORDS = 12;
const CAPITAL_FIRST = /^\p{Lu}/u;
const isQuestionDek = (line: SourceLine) => !line.verbatim && CAPITAL_FIRST.test(line.text) && wordCount(line.text) >= 2 && wordCount(line.text) <= QUESTION_DEK_WORDS && !/[.!?:;…]["»”)]*$/u.test(line.text);

/**
 * A question or exclamation right above a paragraph (or above a shortened copy of itself, or its short dek,
 * then the paragraph).
 */
function asksOverParagraph(c: Candidate, s: Scene): boolean {
  if (!ASKS.test(c.line.text) || c.words < 3) return false;
  const next = below(c, s);
  if (!next) return false;
  const after = !next.verbatim && (isHeadlineVariant(next.text, c.line.text) || isQuestionDek(next)) ? s.lines[c.index + 2] : next;
  return after !== undefined && isSentenceLine(after) && (c.index === 0 || c.index === s.paragraph);
}

/** In capitals right above the first paragraph: a regional paper's headline under its header. */
function capitalsOverLead(c: Candidate, s: Scene): boolean {
  return c.index === s.paragraph - 1 && isInCapitals(c.line.text) && !endsAsSentence(c.line.text);
}

/** Printed twice in a row, a paragraph under the copies, no long paragraph above (a header's short sentences are). */
function twiceInARow(c: Candidate, s: Scene): boolean {
  const next = below(c, s);
  return c.words >= 3 && next?.text === c.line.text && s.lines[c.index + 2] !== undefined && isSentenceLine(s.lines[c.index + 2]!);
}

/**
 * Printed twice in a row right over its dek, the dek right over the first paragraph (`В один кулак` / `В один
 * кулак` / `Предпринимателей соберут в общую палату` / lead): an amp page prints its headline as the page's
 * title and as its heading, the dek under them longer than the headline and no sentence.
 */
function twiceOverDek(c: Candidate, s: Scene): boolean {
  const dek = s.lines[c.index + 2];
  return c.words >= 3 && c.index + 3 === s.paragraph && below(c, s)?.text === c.line.text && dek !== undefined && !dek.verbatim && wordCount(dek.text) > c.words && !endsAsSentence(dek.text) && isHeadlineLike(dek.text);
}

/** Right above the first long paragraph, under a header's short sentences. */
function overLongParagraph(c: Candidate, s: Scene): boolean {
  return c.index === s.longParagraph - 1 && c.words >= 3;
}

/**
 * Among a header's short sentences above the first long paragraph (a greeting, a city prompt), printed
 * twice in a row or right above that paragraph, on a page whose date line's title was page matter:
 * the search took a header's sentence for the text.
 */
function inHeaderSentences(c: Candidate, s: Scene): boolean {
  return s.titleMoved && c.index > s.paragraph && (s.longParagraph < 0 || c.index < s.longParagraph) && (twiceInARow(c, s) || overLongParagraph(c, s));
}

/** Right above the first paragraph, only page matter between: where every site prints its headline. */
function overLead(c: Candidate, s: Scene): boolean {
  return c.index === s.paragraph - 1;
}

// A rubric is a word or two; a page prints it over its headline.
const RUBRIC_WORDS = 2;

/**
 * The one line between the date line's title, moved for being a word or two, and the text (`Ауыл
 * шаруашылығы` / `Орақ – 2011` / text): a page prints its rubric over the headline, the headline over the text.
 * A line with the view counter right under it is the rubric some pages print under the headline, over its counter
 * (`Шахматшылар сайысы` / `Жастар үні` / `128` / text): the title stays.
 */
function underShortTitle(c: Candidate, s: Scene): boolean {
  const title = above(c, s);
  return overLead(c, s) && title !== undefined && title === s.title && wordCount(title.text) <= RUBRIC_WORDS && c.words >= 2 && nearestBelow(c, s) !== META_RULES.counter.name;
}

// A name is never quoted; a headline of two capitalised words may be: `«Золотой» Звездопад`.
const QUOTES = /[«»"“”]/u;

/**
 * Two words that are a name (every word with a capital, not in capitals): a byline's, no headline; as the
 * date line's title moved among the lines, unquoted, the author's name the page opens with.
 */
export function isName(text: string): boolean {
  // Arabic script has no capitals: a Kazakh name there is told by its patronymic's word last (`Имя Отец ۇلى`).
  if (ARABIC_PATRONYMIC_NAME.test(text)) return true;
  // A name is never exclaimed nor asked: `Ура! Каникулы!` is a headline.
  if (wordCount(text) !== 2 || isInCapitals(text) || /[!?]/u.test(text)) return false;
  return text.replace(/[«»"“”]/gu, '').split(/\s+/u).every((word) => CAPITAL_FIRST.test(word));
}

// A name and the father's name with `ۇلى` (son of) or `قىزى` (daughter of) after it, in Arabic script.
const ARABIC_PATRONYMIC_NAME = /^\p{Script=Arabic}{2,}\s\p{Script=Arabic}{2,}\s(?:ۇلى|قىزى)$/u;

/** The date line's title printed again below (the page's heading, its copy shortened or with a word changed). */
function titleAgain(c: Candidate, s: Scene): boolean {
  return s.lines.some((line, index) => index > c.index && index <= Math.max(s.paragraph, 0) && isCopyOf(line.text, c.line.text));
}

/** Another line above the text that may head the page is printed twice, apart. */
function anotherPrintedTwice(c: Candidate, s: Scene): boolean {
  return s.lines.some((line, index) => index !== c.index && index <= s.paragraph && !line.fromTitle && mayHeadAt(index, s) && printedTwice(candidateOf(line, index), s, true));
}

/** One headline spelt twice: the same but for case, quotes and dashes, or shortened, or with a word changed. */
export function isCopyOf(text: string, headline: string): boolean {
  const folded = { text: foldHeadline(text), headline: foldHeadline(headline) };
  return folded.text === folded.headline || isHeadlineVariant(text, headline, folded) || isHeadlineVariant(headline, text, { text: folded.headline, headline: folded.text });
}

/**
 * The date line's title with the page's view counter right under it: outlets print the counter under the headline.
 * One word in another script than the text (`Chania` over a report in Cyrillic) is a header widget's label or a
 * logo's, no headline.
 */
function titleOverCounter(c: Candidate, s: Scene): boolean {
  if (wordCount(c.line.text) === 1 && s.script !== undefined && !hasWordIn(c.line.text, s.script)) return false;
  return isHeadlineLike(c.line.text) && nearestBelow(c, s) === META_RULES.counter.name;
}

/** The date line's title with a byline under it, and under the byline a line that would head the page: the title's dek. */
function titleOverByline(c: Candidate, s: Scene): boolean {
  if (nearestBelow(c, s) !== 'byline') return false;
  const next = s.lines[c.index + 1];
  return next !== undefined && next.line < s.lead!.line && mayHeadAt(c.index + 1, s);
}

// An interview's dek: the guest's name (the surname in capitals or not), a comma, the role in small letters, a
// colon, and the words quoted from the talk: `Имя ФАМИЛИЯ, вице-министр финансов: Бюджет выдержит!`.
const GUEST_DEK = /^\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Lu}\p{Ll}-]+,\s+\p{Ll}[^:!?.]{2,80}:\s+\S/u;

/** The date line's title, moved for its two words or its capitals, right over an interview's dek naming the guest and quoting him. */
function titleOverGuestDek(c: Candidate, s: Scene): boolean {
  const next = s.lines[c.index + 1];
  return s.titleMoved && !s.titleIsMatter && next !== undefined && !next.verbatim && next.line === c.line.line + 1 && GUEST_DEK.test(next.text);
}

/**
 * A short title right above the text but for its byline and the report's stamp between them (`Сила
 * Сибири` / `Имя ФАМИЛИЯ, Иркутская область` / `11.09.2014` / the lead): a feature's headline, though
 * it reads as a name, when it is not the byline's name printed again.
 */
function titleOverBylineAndStamp(c: Candidate, s: Scene): boolean {
  if (!s.titleMoved || s.titleIsMatter || c.words < 2 || c.index + 1 !== s.paragraph || s.lead === undefined) return false;
  const between = [...s.leftOut].filter(([line]) => line > c.line.line && line < s.lead!.line).map(([, rule]) => rule);
  if (!between.includes('byline') || !between.includes(META_RULES.stamp.name)) return false;
  const words = c.text.toLocaleLowerCase('ru').split(/\s+/u);
  return !s.bylines.some((byline) => words.some((word) => byline.toLocaleLowerCase('ru').includes(word)));
}

/**
 * The evidence, with its weights: for a line of the page (`line`) or for the date line's title
 * (`title`). A headline's shape counts by its words (a menu's links are shorter); where the page
 * prints it counts more: by the report's stamp, under its counter, right above the text; printed
 * twice, it is the page's title and its heading. The title weighs a little more than a headline of
 * three words when it was page matter, and more than any line when it reads as a headline: only a
 * page that never prints it, while it prints another headline twice, lets a line outweigh it.
 */
export const EVIDENCE: readonly Evidence[] = [
  { of: 'line', name: 'two words', weight: 1, holds: (c) => c.words === 2 },
  { of: 'line', name: 'three words', weight: 2, holds: (c) => c.words === 3 },
  { of: 'line', name: 'four words or more', weight: 3, holds: (c) => c.words >= 4 },
  { of: 'line', name: 'the first of four words or more', weight: 2, holds: firstLong },
  { of: 'line', name: 'alone under the report\'s stamp', weight: 3, holds: (c, s) => s.title === undefined && soleUnderStamp(c, s) },
  { of: 'line', name: 'first under the report\'s stamp', weight: 8, holds: firstUnderStamp },
  { of: 'line', name: 'first under the channel\'s schedule', weight: 8, holds: underSchedule },
  { of: 'line', name: 'last above the report\'s stamp', weight: 5, holds: lastAboveStamp },
  { of: 'line', name: 'a dek the lead opens on, under the stamp, a headline over it', weight: -10, holds: dekRetoldByLead },
  { of: 'line', name: 'over its rubric or byline and stamp', weight: 11, holds: overRubricAndStamp },
  { of: 'line', name: 'in capitals under the report\'s stamp', weight: 5, holds: (c, s) => c.words >= 4 && isInCapitals(c.line.text) && firstUnderStamp(c, s) },
  { of: 'line', name: 'under the counter or stamp, over the text', weight: 4, holds: underMetaOverLead },
  { of: 'line', name: 'between the report\'s stamp and its view counter', weight: 20, holds: betweenStampAndCounter },
  { of: 'line', name: 'a short headline over its dek and the stamp naming the rubric', weight: 11, holds: shortOverDek },
  { of: 'line', name: 'right above the text', weight: 1, holds: overLead },
  { of: 'line', name: 'under a short title, right above the text', weight: 1, holds: underShortTitle },
  { of: 'line', name: 'in capitals over the text', weight: 1, holds: capitalsOverLead },
  { of: 'line', name: 'printed twice', weight: 4, holds: (c, s) => printedTwice(c, s, true) },
  // The trail's last crumb is the page's own headline: a capitalised subtitle under it is none.
  { of: 'line', name: 'the breadcrumb trail\'s last crumb', weight: 4, holds: lastCrumb },
  { of: 'line', name: 'printed twice around its dek', weight: 20, holds: twiceAroundDek },
  { of: 'line', name: 'asks over a paragraph', weight: 3, holds: asksOverParagraph },
  { of: 'line', name: 'asks with no headline above it', weight: 5, holds: (c, s) => asksOverParagraph(c, s) && !s.lines.some((line, index) => index < c.index && headlineSized(line, index, s)) },
  { of: 'line', name: 'twice in a row over a paragraph', weight: 1, holds: twiceInARow },
  { of: 'line', name: 'twice in a row over its dek', weight: 2, holds: twiceOverDek },
  { of: 'line', name: 'over the first long paragraph', weight: 1, holds: overLongParagraph },
  { of: 'line', name: 'a name over the text', weight: -3, holds: (c, s) => overLead(c, s) && isName(c.line.text) },
  // Its father's name is no headline's word: a name of three words weighs as one of two.
  { of: 'line', name: 'a name with its father\'s', weight: -1, holds: (c) => c.words === 3 && isName(c.line.text) },
  { of: 'line', name: 'in the text', weight: -4, holds: (c, s) => inText(c, s) && !inHeaderSentences(c, s) },
  { of: 'title', name: 'the date line\'s title', weight: 2.5, holds: () => true },
  { of: 'title', name: 'over its view counter', weight: 20, holds: titleOverCounter },
  { of: 'title', name: 'over a byline and its dek', weight: 20, holds: (c, s) => s.titleMoved && titleOverByline(c, s) },
  { of: 'title', name: 'over its byline and stamp, right above the text', weight: 20, holds: titleOverBylineAndStamp },
  { of: 'title', name: 'over an interview\'s dek naming the guest', weight: 20, holds: titleOverGuestDek },
  { of: 'title', name: 'a title that reads as a headline', weight: 20, holds: (_, s) => s.titleKept },
  { of: 'title', name: 'printed again', weight: 10, holds: (c, s) => s.titleKept && titleAgain(c, s) },
  { of: 'title', name: 'never printed, over a headline printed twice', weight: -10, holds: (c, s) => s.titleKept && anotherPrintedTwice(c, s) && !titleAgain(c, s) },
  { of: 'title', name: 'page matter the table names, or a masthead', weight: -0.75, holds: (_, s) => s.titleIsMatter },
  { of: 'title', name: 'in another script than the text', weight: -2, holds: (c, s) => s.script !== undefined && !hasWordIn(c.line.text, s.script) },
  { of: 'title', name: 'page matter in another script than the text, with a figure', weight: -0.5, holds: (c, s) => s.titleMoved && /\d/u.test(c.line.text) && s.script !== undefined && !hasWordIn(c.line.text, s.script) },
  { of: 'title', name: 'a person\'s name', weight: -3, holds: (c, s) => s.titleMoved && !QUOTES.test(c.line.text) && isName(c.line.text) },
];

// --- candidates ---------------------------------------------------------------------------------

// A label some outlets print after the headline on its line (`… Эксклюзив КТ`, `… Печать E-mail`),
// a bookmark button's label (`… Избранное`), and a literary site's age rating (`… 12+`; `18+` is a header's notice).
// An update's label (`… погибли семь человек   Дополнено`, `… Обновлено`, `… Жаңартылды`) and a media label in
// capitals after a headline in small letters (`… в Астане ВИДЕО`) are no part of the headline either.
export const BADGE = /\s+(?:Эксклюзив|Эксклюзив\s+\p{Lu}{2,4}|Exclusive|Печать(?:\s+E-mail)?|Print(?:\s+E-mail)?|(?:В\s+)?[Ии]збранное|1[26]\+|\(?(?:Дополнено|Обновлено|ДОПОЛНЕНО|ОБНОВЛЕНО|Толықтырылды|Жаңартылды)\)?)$|(?<=[\p{Ll}\d»")])\s?[|:]?\s+(?:ФОТО|ВИДЕО|ФОТО\s+И\s+ВИДЕО|ВИДЕО\s+И\s+ФОТО)$/u;
// The date some pages print glued before the headline on its line: `06.07.2021 Астана күні: …`.
export const DATE_BEFORE = /^(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}:\d{2})?(?:\s+[-–—])?\s+(?=\p{Lu}|[«"])/u;
// The report's stamp glued after the headline on its line, bracketed or in machine form; in brackets the day may be
// named relative to the copy's, as a list card prints it: `<headline> (Вчера, 14:52), просмотров: 271`.
const STAMP_AFTER = /\s+(?:\((?<stamp>(?:\d{1,2}\.\d{1,2}\.\d{4},?|[Сс]егодня,|[Вв]чера,)\s+\d{1,2}:\d{2})\)(?<counter>,?\s*просмотров:?\s*\d[\d\s]{0,8})?|(?<iso>\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}(?::\d{2})?))$/u;

/** The stamp glued after the line (`STAMP_AFTER`), tested only on a line ending as one does. */
export function stampAfter(text: string): RegExpExecArray | null {
  return text.endsWith(')') || /\d$/u.test(text) ? STAMP_AFTER.exec(text) : null;
}

// A date glued after a line, day first: `… бидай жинайды 05.04.2017`.
export const DATE_AFTER = /\s(\d{2})\.(\d{2})\.(\d{4})$/u;
// A headline before the report's date on its line says something: four words or more.
const DAY_AFTER_WORDS = 4;
// A preposition governing the date makes it the headline's (`… назначены на 20.03.2022`).
const GOVERNED = /(?:^|\s)(?:на|до|с|со|по|от|к|ко|в|во|за|из|после|перед)$/iu;

/**
 * The report's date alone glued after a headline of four words or more, as a site's card prints it
 * (`Қостанай облысы … бидай жинайды 05.04.2017`): it names the date line's day (`date`). A digest's
 * short title dated so (`Балқаш жаңалықтары 09.07.2019`) keeps its date, and so does a headline whose
 * last word governs it (`… назначены на 20.03.2022`).
 */
export function dayAfter(text: string, date: string | undefined): RegExpExecArray | null {
  const glued = /\d$/u.test(text) ? DATE_AFTER.exec(text) : null;
  if (!glued || date !== `${glued[3]}-${glued[2]}-${glued[1]}`) return null;
  const before = text.slice(0, glued.index);
  return wordCount(before) >= DAY_AFTER_WORDS && !GOVERNED.test(before) ? glued : null;
}

function candidateOf(line: SourceLine, index: number): Candidate {
  const glued = stampAfter(line.text);
  const text = (glued ? line.text.slice(0, glued.index) : line.text).replace(BADGE, '').replace(DATE_BEFORE, '');
  return { line, index, text, words: wordCount(line.text) };
}

/** The line at the index may head the page (`eligible`), worked out once per page. */
function mayHeadAt(index: number, s: Scene): boolean {
  let known = s.mayHead.get(index);
  if (known === undefined) s.mayHead.set(index, (known = eligible(candidateOf(s.lines[index]!, index), s)));
  return known;
}

/**
 * A line that may head the page at all: a headline's shape (or printed twice), in the lead's script,
 * none of what no headline is: a label ending in `:`, a line the page wrapped (ending in `,`, or under
 * such a line), one phrase printed twice over, a menu, a header's symbols, a trail ending in a line below.
 */
function eligible(c: Candidate, s: Scene): boolean {
  const { line } = c;
  // A title that is a trail ending in a line below (`РубрикаЗаголовок без конца...`) is no headline either.
  if (line.fromTitle) return c.line === s.title && !endsInLineBelow(c, s);
  if (line.verbatim || line.text.length > HEADLINE_MAX) return false;
  // Above the masthead of a print issue's page, its name and motto (`Қаздауысты Қазыбек: Сөздің атасы – бірлік, …`).
  if (s.mastheadSince !== undefined && line.line < s.mastheadSince) return false;
  if (c.words < 2 && !(c.words === 1 && s.title === undefined && soleUnderStamp(c, s))) return false;
  if (line.text.endsWith(':') || endsOnComma(line.text) || endsMidPhrase(line.text) || isDoubled(line.text) || isMenuList(line.text) || isSiteMotto(line.text) || isSectionQuestion(line.text) || isSalutation(line.text) || isNameArchive(line.text) || PAGE_SYMBOLS.test(c.text)) return false;
  const up = above(c, s);
  if (up !== undefined && up.line === line.line - 1 && endsOnComma(up.text)) return false;
  if (s.script !== undefined && !hasWordIn(line.text, s.script)) return false;
  if (endsInLineBelow(c, s) || wrappedOnto(c, s)) return false;
  return isHeadlineLike(c.text) || isTemperatureHeadline(c.text) || (isPhrasePair(c.text) && overRubricAndStamp(c, s)) || (isKickeredHeadline(c.text) && !DATELINE.test(c.text) && !isCutOff(c.text) && !c.text.includes('...')) || (ASKS.test(line.text) && isHeadlineLike(line.text)) || (HEADLINE_START.test(line.text) && !endsAsSentence(line.text) && printedTwice(c, s)) || ((firstAfterStampLine(c, s) || twiceAroundDek(c, s) || headedOverLead(c, s)) && isTwoPartShape(line.text));
}

// A phrase the page wrapped: its next line goes on in small letters, each line of two words or more.
const WRAPPED_WORDS = 2;
// A line this long is a headline whole: the small letters under it open the page's tags run together
// (`Заголовок … за 18 октября 2024 года` / `ветрогенераторы в селе … Фамилия`), no rest of it.
const WHOLE_WORDS = 14;
const GOES_ON = /^\p{Ll}/u;
const CLOSED = /[.!?…:;"»”)]$/u;

/** A headline no page wrapped onto the line under it: closed by its mark, or of WHOLE_WORDS words or more. */
export function isWholeHeadline(text: string): boolean {
  return CLOSED.test(text) || wordCount(text, WHOLE_WORDS) >= WHOLE_WORDS;
}

// After a word in the genitive, whose possessed noun is still to come, the phrase may go on with a
// figure too (`… облыс мектептерінің` / `9-11 сыныптарда оқитын …`): no headline ends in the genitive.
const FIGURE_ON = /^\d[\d.,–-]*\s+\p{Ll}/u;

/**
 * The line under `text` goes on with its phrase: in small letters, or a figure and small letters after a genitive.
 * A line in another script is none of it: a stock photo's English description under a Russian headline (`old
 * school bell on …`).
 */
function goesOn(text: string, next: string): boolean {
  return (GOES_ON.test(next) || (endsInGenitive(text) && FIGURE_ON.test(next))) && scriptOf(next) === scriptOf(text);
}

// A word broken at the line's end: `Республики Казахстан Касым-`.
const BROKEN_WORD = /\p{L}-$/u;

/**
 * A line the page wrapped: a word broken at its end, or closing no phrase with its next line going on
 * in small letters, nothing left out between (`Представители разных этносов, проживающих` / `на
 * территории Казахстана,`): a column of a print issue's page, no headline. A line printed twice is
 * the page's headline, whatever stands under it (a caption in small letters, `бейнежазбадағы кадр`).
 */
function wrappedOnto(c: Candidate, s: Scene): boolean {
  if (BROKEN_WORD.test(c.line.text)) return true;
  const next = below(c, s);
  if (next !== undefined && c.index + 2 === s.paragraph && isWrappedHeadline(c.line.text, next, s.lines[s.paragraph])) return false;
  if (next === undefined || next.verbatim || c.words < WRAPPED_WORDS || isWholeHeadline(c.line.text) || !goesOn(c.line.text, next.text) || wordCount(next.text) < WRAPPED_WORDS) return false;
  return nearestBelow(c, s) === undefined && !printedTwice(c, s);
}

// The headline's rest on the line under it is short.
const WRAPPED_REST_WORDS = 4;
const REST_CLOSED = /[.:;,]$/u;

/**
 * A headline the page wrapped over two lines, right over the lead: its first line ends on a word whose
 * phrase goes on (a genitive, `атындағы`), the rest is a few words closing no sentence (`Бекет Махмұтов:
 * спортшылардың` / `қарымына сенемін` / lead). Arabic script has no case to tell the rest by, so the first
 * line's end tells it.
 */
export function isWrappedHeadline(first: string, rest: SourceLine, lead: SourceLine | undefined): boolean {
  if (!(endsInGenitive(first) || endsMidPhrase(first)) || rest.verbatim || lead === undefined || !isSentenceLine(lead)) return false;
  return wordCount(rest.text) <= WRAPPED_REST_WORDS && !REST_CLOSED.test(rest.text) && !isSentenceLine(rest) && `${first} ${rest.text}`.length <= HEADLINE_MAX;
}

// A paragraph's first word, opening a sentence: not the rest of a line the page wrapped.
const SENTENCE_START = /^[\p{Lu}\p{N}«"“„(—–-]/u;

/**
 * Right above the first paragraph, which opens a sentence, under the view counter or the report's stamp,
 * or with no line of the page kept above but a menu's short labels (under a header's rates line): where a headline of two parts
 * (`Тема. Подробность`) stands, and no lead's first sentences, which run on into the line under them.
 */
function headedOverLead(c: Candidate, s: Scene): boolean {
  const lead = s.lines[s.paragraph];
  if (c.index !== s.paragraph - 1 || lead === undefined || !SENTENCE_START.test(lead.text)) return false;
  return META.has(nearestAbove(c, s) ?? '') || !s.lines.some((line, index) => index < c.index && !line.fromTitle && !isMenuLabel(line.text));
}

// A menu's or a widget's label of a word or three (`Новости Азии`): above it, the page's header only.
const MENU_LABEL_WORDS = 3;
const isMenuLabel = (text: string) => wordCount(text) <= MENU_LABEL_WORDS && !/[.!?:,]$/u.test(text);

/**
 * A headline of one word (`Tazalyq`), too short to tell from a menu item anywhere else: taken when it is
 * the one line, printed once or more, between the report's stamp and the first paragraph.
 */
function soleUnderStamp(c: Candidate, s: Scene): boolean {
  const stamp = s.firstStamp;
  if (stamp === undefined || c.line.line < stamp || !isHeadlineLike(c.line.text)) return false;
  const folded = foldHeadline(c.line.text);
  const after = s.lines.filter((line, index) => line.line > stamp && (s.paragraph < 0 || index < s.paragraph));
  return after[0] === c.line && after.every((line) => foldHeadline(line.text) === folded);
}

const SCRIPT_WORDS: Record<Script, RegExp> = { Cyrillic: /\p{Script=Cyrillic}{2}/u, Latin: /\p{Script=Latin}{2}/u, Arabic: /\p{Script=Arabic}{2}/u };

/** The line has a word in the script (a Russian headline may name a place in Latin letters; an English alt text has no Russian word). */
function hasWordIn(text: string, script: Script): boolean {
  return SCRIPT_WORDS[script].test(text);
}

/** The title has a word in the script of the text (`line`, read by its start), or the text has no word. */
export function sameScript(title: string, line: string): boolean {
  const script = scriptOf(line.slice(0, HEADLINE_MAX));
  return script === undefined || hasWordIn(title, script);
}

/** The line right after the report's stamp (a headline of two parts is taken only there). */
function firstAfterStampLine(c: Candidate, s: Scene): boolean {
  return s.stamp !== undefined && c.line.line > s.stamp && !s.lines.some((line, index) => index < c.index && line.line > s.stamp!);
}

/**
 * A page's trail ending in the headline printed under it: `Главная / Новости / Заголовок`, or glued,
 * `Евразия24НовостиЗаголовок`, the copy cut with `...` too (`ДомойНовостиСпортЗаголовок без конца...`).
 * The trail is no headline; the line under it is.
 */
function endsInLineBelow(c: Candidate, s: Scene): boolean {
  const trail = sameMarks(c.line.text);
  return s.lines.some((other, index) => index > c.index && index < Math.max(s.paragraph, 0) + 1 && wordCount(other.text) >= 2 && (trail.endsWith(sameMarks(other.text)) ? other.text.length < c.line.text.length : endsInCutCopy(trail, sameMarks(other.text))));
}

// A cut copy's first part, as much as the headline's half and three words or more.
const CUT_COPY_WORDS = 3;

/** The trail ends in the headline's first part cut with `...`, something glued before it (a copy alone is a copy, not a trail). */
function endsInCutCopy(trail: string, headline: string): boolean {
  if (!isCutOff(trail)) return false;
  const body = trail.replace(/(?:…|\.\.\.)$/u, '').trimEnd();
  for (let start = 1; start < body.length; start++) {
    const part = body.slice(start);
    if (part.length * 2 < headline.length) return false;
    if (headline.startsWith(part) && wordCount(part) >= CUT_COPY_WORDS) return true;
  }
  return false;
}

/** A candidate's score: the weights of the evidence that holds for it. */
function score(c: Candidate, s: Scene): number {
  let total = 0;
  const of = c.line.fromTitle ? 'title' : 'line';
  for (const piece of EVIDENCE) if (piece.of === of && piece.holds(c, s)) total += piece.weight;
  return total;
}

/** The page's headline: the candidate with the highest score, the earlier on a tie; undefined when none scores `HEADLINE_SCORE`. */
export function chooseHeadline(s: Scene): SourceLine | undefined {
  // With no paragraph found, the text is not told from the page's head: the title stays, if any.
  if (s.paragraph < 0 && s.titleMoved) return s.title;
  const end = Math.min(s.lines.length, REACH, s.longParagraph < 0 ? Infinity : Math.max(s.paragraph + 1, s.longParagraph));
  let best: { line: SourceLine; score: number } | undefined;
  for (let index = 0; index < end; index++) {
    if (!mayHeadAt(index, s)) continue;
    const c = candidateOf(s.lines[index]!, index);
    const total = score(c, s);
    if ((total >= HEADLINE_SCORE || (c.line.fromTitle && total > 0)) && (best === undefined || total > best.score)) best = { line: c.line, score: total };
  }
  // The title printed again below, spelt the same: the copy is evidence for the title, which stays.
  return s.title && best && best.line.text === s.title.text ? s.title : best?.line;
}

// A stamp's line with a rubric after a bar or a slash: `12:30 | Общество`.
const RUBRIC_AFTER_BAR = /\s[|/]\s\p{L}/u;

/** The scene of the page's head, as the headline rule sees it. */
export function sceneOf(state: ParseState, lines: readonly SourceLine[], paragraph: number, title: SourceLine | undefined, how: { titleMoved: boolean; titleKept: boolean; titleIsMatter: boolean }): Scene {
  const lead = lines[paragraph];
  const limit = lead?.line ?? Infinity;
  const leftOut = new Map<number, string>();
  for (const skipped of state.skipped) leftOut.set(skipped.line, skipped.rule);
  // A print issue's line (`Жас Алаш №86 (15648) 27 қазан, бейсенбі 2011`) dates the report as a stamp does.
  const stamp = state.skipped.filter((s) => (s.rule === META_RULES.stamp.name || s.rule === 'print issue') && s.line < limit).at(-1)?.line;
  const stampRubric = state.skipped.some((s) => s.line === stamp && RUBRIC_AFTER_BAR.test(s.text));
  const firstStamp = state.skipped.find((s) => s.rule === META_RULES.stamp.name && s.line < limit)?.line;
  const longParagraph = lines.findIndex((line) => line.text.length > HEADER_SENTENCE && isSentenceLine(line));
  const headEnd = lines[longParagraph]?.line ?? Infinity;
  const mastheadSince = state.skipped.find((s) => s.line < headEnd && isMastheadSince(s.text))?.line;
  const bylines = state.skipped.filter((s) => s.rule === 'byline' && s.line < limit).map((s) => s.text);
  const trail = numberedTrail(state.skipped, limit) ?? state.skipped.find((s) => s.rule === 'breadcrumbs' && s.line < limit)?.text;
  return { lines, paragraph, longParagraph, lead, script: lead && scriptOf(lead.text), stamp, stampRubric, firstStamp, leftOut, bylines, photoAlt: state.article.photoAlt, title, ...how, mastheadSince, trail, mayHead: new Map() };
}

