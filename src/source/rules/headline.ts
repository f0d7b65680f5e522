import { META_RULES, REGIONAL_RUBRIC } from '../clutter/table.ts';
import { monthNumber } from '../clutter/months.ts';
import { SourceError } from '../errors.ts';
import { endsAsSentence, foldHeadline, HEADLINE_MAX, holdsSentence, isArabicSentence, isCutOff, isHeadlineLike, isKickeredHeadline, isSalutation, isSentenceLine, wordCount } from '../line-shape.ts';
import type { ParseState, SourceLine } from '../state.ts';
import { sharedShare, sharesWordWith, stems } from '../word-stems.ts';
import { isOutletName } from '../outlets.ts';
import { attributionIn } from './attribution.ts';
import { detectLanguage } from './language.ts';
import { isCaptionSentenceCopy } from './photo-caption.ts';
import { creditBeforeLead } from './photo-credit.ts';
import { hasHeadlineVerb } from './page-foot.ts';
import { clutterRuleOf, isClutterNamed } from './clutter.ts';
import { ATTRIBUTION, BADGE, chooseHeadline, DATE_BEFORE, dayAfter, isCopyOf, isName, isTwoPartShape, isWrappedHeadline, leadShape, numberedTrail, opensAnaphoric, sameScript, sceneOf, stampAfter } from './headline-evidence.ts';
import { endsMidPhrase, isInCapitals, isMasthead, isSectionQuestion, neverHeadline, QUOTE_INTRO, SALUTATION_LINE, SECTION_HEADING, SMALL_LETTERS_FIRST, WORDS_CLOSED } from './title-line.ts';

// The rubric some pages print after the headline on its line, past a slash: `В Алматы стартовал
// международный турнир / Дзюдо`. One word with a capital; a headline's own slash has no spaces round it.
const RUBRIC_AFTER = /\s\/\s\p{Lu}\p{Ll}{2,20}$/u;

// Or past a space alone, a rubric the table names, when the page prints the headline without it too
// (`ЛЮБАЯ ЯГОДА ЗА ДЕНЬГИ!` / `Любая ягода за деньги Общество`): the copy tells the headline's end.
const WORD_AFTER = /\s(\p{Lu}\p{Ll}{2,20})$/u;

/** Takes a rubric printed after the headline off it, recorded (line `line`). */
function takeRubricAfter(state: ParseState, text: string, line: number): string {
  const rubric = text.includes(' / ') ? RUBRIC_AFTER.exec(text) : rubricWordAfter(state, text);
  if (!rubric || wordCount(text.slice(0, rubric.index)) < 3) return text;
  state.skipped.push({ line, text: rubric[0].replace(/^\s(?:\/\s)?/u, ''), rule: 'rubric' });
  return text.slice(0, rubric.index);
}

/** The rubric word after the headline (WORD_AFTER), when the page prints the headline without it near by. */
function rubricWordAfter(state: ParseState, text: string): RegExpExecArray | null {
  const word = WORD_AFTER.exec(text);
  // Only the table's rubrics are asked about the word: it is rarely one.
  if (!word || !isClutterNamed('rubric', word[1]!)) return null;
  const bare = text.slice(0, word.index);
  const printed = (other: string) => other !== text && isCopyOf(other, bare);
  return state.skipped.some((s) => s.line < state.headLine + 3 && printed(s.text)) || state.lines.slice(0, 3).some((l) => printed(l.text)) ? word : null;
}

// A rubric glued before the headline, the copy having lost the space between the two links: `Қоғам2022
// ЖЫЛДЫҢ …`, `ҚоғамЖаңа …`. One word with a capital, a figure, a capital or a quote right after it.
const RUBRIC_BEFORE = /^(\p{Lu}\p{Ll}{2,20})(?=[\p{Lu}\d«"“])/u;

/** Takes a rubric the table names glued before the headline off it, recorded (line `line`); the headline keeps three words or more. */
function takeRubricBefore(state: ParseState, text: string, line: number): string {
  const rubric = RUBRIC_BEFORE.exec(text);
  if (!rubric || wordCount(text.slice(rubric[1]!.length)) < 3 || !isClutterNamed('rubric', rubric[1]!)) return text;
  state.skipped.push({ line, text: rubric[1]!, rule: 'rubric' });
  return text.slice(rubric[1]!.length);
}

// The page's stamp glued before the headline on the date line, its hour in brackets: `31 марта 2017 (21:36)Отчет о матче …`.
const DIGIT_FIRST = /^\d/u;
const STAMP_BEFORE = /^(\d{1,2}\s+(\p{L}+)\s+\d{4}\s*\(\d{1,2}:\d{2}\))\s*(?=[\p{Lu}«"“])/u;

/** Takes the stamp glued before the title off it (STAMP_BEFORE), recorded; the headline keeps three words or more. */
function takeStampBefore(state: ParseState, text: string, line: number): string {
  const glued = DIGIT_FIRST.test(text) ? STAMP_BEFORE.exec(text) : null;
  if (!glued || monthNumber(glued[2]!) === undefined || wordCount(text.slice(glued[0].length)) < 3) return text;
  state.skipped.push({ line, text: glued[1]!, rule: META_RULES.stamp.name });
  return text.slice(glued[0].length);
}

/**
 * Takes the stamp and counter glued after a headline off it, recorded as the page's stamp and counter
 * (line `line`); or the report's date alone glued after it (headline-evidence.ts `dayAfter`).
 */
function takeStampAfter(state: ParseState, text: string, line: number): string {
  const glued = stampAfter(text);
  const day = glued ? null : dayAfter(text, state.article.date);
  if (day) state.skipped.push({ line, text: day[0].trim(), rule: META_RULES.stamp.name });
  if (day) return text.slice(0, day.index);
  if (!glued) return text;
  state.skipped.push({ line, text: (glued.groups!.stamp ?? glued.groups!.iso)!, rule: META_RULES.stamp.name });
  if (glued.groups!.counter) state.skipped.push({ line, text: glued.groups!.counter.replace(/^,\s*/u, ''), rule: META_RULES.counter.name });
  return text.slice(0, glued.index);
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

// A headline of two to four words closed by a period, the lead's sentences after it on the same line.
const GLUED_HEADLINE = /^(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){1,3})\.\s+(?=\p{Lu})/u;
// The lead after it holds a sentence or two of its own.
const GLUED_LEAD_WORDS = 15;

/**
 * A TV site's page whose title line is page matter (a video player's message) and whose headline the
 * page glued in as its lead's first sentence (`Снежное начало ноября. В Петропавловске …`): the words
 * before the lead's first period are the headline, the rest of the line the lead.
 */
function headlineGluedToLead(state: ParseState, paragraph: number): boolean {
  const lead = state.lines[0];
  if (paragraph !== 0 || !lead || lead.verbatim || lead.fromTitle || !state.skipped.some((s) => s.line === state.headLine)) return false;
  const glued = GLUED_HEADLINE.exec(lead.text);
  if (!glued || wordCount(lead.text.slice(glued[0].length)) < GLUED_LEAD_WORDS) return false;
  state.article.title = glued[1]!;
  lead.text = lead.text.slice(glued[0].length);
  // The copy may hold no headline, its lead's first sentence a short one: the editor is told what was taken.
  (state.warnings ??= []).push({ line: state.headLine, reason: `the title is page matter; the headline "${glued[1]}" was taken from the lead's first sentence on line ${lead.line}; if the page printed another headline, write it after the date: \`date ${state.article.date} Headline\`` });
  return true;
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

const RETOLD = 0.5;
// A lead with no attribution retells a headline closed by a period in most of its words.
const RETOLD_CLOSELY = 0.75;
const RETELLING_WORDS = 4;

/**
 * A headline that retells the lead above it: half its words or more are the lead's (`За неделю цены
 * на СЗПТ повысились на 0,3%…` under `За последнюю неделю цены на социально значимые продукты
 * питания показали рост на 0,3%…`). A subheading under the lead names what comes next instead.
 */
function retellsLead(lead: string, line: string, share = RETOLD): boolean {
  const words = stems(line);
  return words.length >= RETELLING_WORDS && sharedShare(words, lead) >= share;
}

/** The line names under a fifth of the text's words, however inflected: it says nothing of that report (another report's headline). */
export function namesLittleOf(line: string, text: string, least = RETELLING_WORDS): boolean {
  const words = stems(line);
  return words.length >= least && sharedShare(words, text) < CARD_SHARED;
}

// A dek retold by the text: three words or more that say something (`Начато досудебное расследование`).
const RETOLD_DEK_STEMS = 3;

/**
 * A short line every word of which (three or more, short words aside) the report's text below says
 * again, inflected or not (`Начато досудебное расследование` over `… по факту начато досудебное
 * расследование`): the report's dek, never a page's label; a rubric or a name is not retold so.
 */
export function isRetoldDek(text: string, below: readonly SourceLine[]): boolean {
  const words = stems(text);
  return words.length >= RETOLD_DEK_STEMS && sharedShare(words, below.map((line) => line.text).join(' ')) === 1;
}

// A card's source: a domain alone on its line, a list's mark before it at times (`- nur.kz`).
const CARD_DOMAIN = /^(?:[-–•]\s*)?((?:[\p{L}\d-]+\.)+\p{L}{2,})$/u;
// The lead shares under a fifth of the card's headline words; the card's lines are few.
const CARD_SHARED = 0.2;
const CARD_LINES = 3;

/**
 * On a page pasted under a date line with the date alone, a first line over another report's card
 * lines, its stamp and its source's domain in either order (`Сборная … вылетела …` / `- сегодня,
 * 4:13` / `- nur.kz` / `- 0`), above a lead naming another outlet (`…, передает корреспондент
 * Altainews.kz.`) and sharing under a fifth of its words: an aggregator's card of another report, and
 * the page prints no headline of its own. Gives the card's domain.
 */
function otherReportCard(state: ParseState, title: string): string | undefined {
  if (state.titleBelowDate === undefined || !state.skipped.some((s) => s.line > state.headLine && s.line <= state.headLine + CARD_LINES && s.rule === META_RULES.stamp.name)) return undefined;
  // The card's lines left, its domain among them, then the lead.
  const at = state.lines.slice(0, CARD_LINES + 1).findIndex((line) => isSentenceLine(line));
  const lead = state.lines[at];
  if (!lead || lead.verbatim) return undefined;
  const card = [...state.skipped.filter((s) => s.line > state.headLine && s.line < lead.line), ...state.lines.slice(0, at)];
  const domain = card.map((line) => CARD_DOMAIN.exec(line.text)?.[1]).find((d) => d !== undefined);
  const outlet = domain ? attributionIn(lead.text)?.outlet.toLowerCase() : undefined;
  if (!domain || !outlet || outlet.includes(domain.toLowerCase().replace(/^www\./u, '').split('.')[0]!)) return undefined;
  return sharedShare(stems(title), lead.text) < CARD_SHARED ? domain : undefined;
}

// A line closing on a colon: `… пройдут гастроли театра со спектаклями:` over the list of them.
const INTRODUCES = /:\s*$/u;

/**
 * Some outlets print the lead above the headline, and the headline with its view counter or stamp
 * under it, or under the photo's credit (`Lead sentence.` / `Кәсіп пен нәсіп ауылда` / `1,994` / `оқылды`), or
 * a headline that retells the lead: when the first line kept under a title that reads as a lead (blank
 * lines or page matter between or not) is such a headline, it becomes the title and the lead the first paragraph.
 */
function leadAboveHeadline(state: ParseState): boolean {
  const below = state.lines[0];
  // The first line kept under the title: blank lines or page matter may stand between (`ПОДЕЛИТЬСЯ`).
  if (!below || below.verbatim || !isHeadlineLike(below.text) || wordCount(below.text) < 2) return false;
  // A line closing on a colon introduces what follows it (a list, someone's words): the text's, no headline.
  if (INTRODUCES.test(below.text)) return false;
  // The copy's last line cut off mid-phrase (`Начался праздник со спортивных со`) is the next paragraph's start, no headline.
  if (state.lines.length === 1 && endsMidPhrase(below.text)) return false;
  const meta = new Set<string>([META_RULES.counter.name, META_RULES.stamp.name]);
  // The photo's credit may stand between the headline and its counter (`фото: …` / `1,339` / `оқылды`).
  const counter = state.creditLine?.line === below.line + 1 ? below.line + 2 : below.line + 1;
  // The picture's credit glued before the lead on the title's line (`Фото: Pixabay <lead>`): the page's top, the
  // headline under it, with text under the headline, or alone under a lead cut off as a preview prints it (`… Әкімнің...`,
  // page matter under it or nothing); the credit is the photo's when the page names none.
  const glued = state.article.photoCredit === undefined && (state.lines.length > 1 || isCutOff(state.article.title!)) ? creditBeforeLead(state.article.title!) : undefined;
  if (!glued && !state.skipped.some((s) => s.line === counter && meta.has(s.rule)) && (!retellsLead(state.article.title!, below.text) || setOutInSections(state.lines.slice(1)))) return false;
  if (feedItemUnderLead(state, below)) return false;
  if (glued) {
    state.article.photoCredit = glued.credit.credit;
    state.skipped.push({ line: state.headLine, text: glued.label, rule: 'photo credit' });
  }
  state.lines[0] = { text: glued ? glued.lead : state.article.title!, line: state.headLine };
  state.skipped.push({ line: below.line, text: below.text, rule: 'headline under the lead' });
  state.article.title = below.text;
  return true;
}

// A page pasted from its lead down (kaz.inform.kz copied upwards from the text): the lead on the date line, then
// the page's timestamp and rubric, the headline a few lines down. The headline is looked for among the first
// kept lines of the first screenful only; a short line no table knew (the outlet's name) may stand above it.
const LEAD_FIRST_KEPT = 4;
const LEAD_FIRST_REACH = 8;
const LEAD_FIRST_WORDS = 8;
const LEAD_FIRST_HEADLINE_WORDS = 3;
const LEAD_FIRST_MATTER_WORDS = 3;
// A headline says it in a few words; a line of the text left unclosed runs longer.
const LEAD_FIRST_HEADLINE_MOST = 16;
// Someone's words closed and signed after a dash (`«…», – деді аким`, `"…" - сказал он`): the text's, no headline.
const SIGNED_WORDS = /[»"”]\s*,?\s*[-–—]\s*\p{Ll}/u;

/**
 * A title that is the lead, a sentence of eight words or more, over the page's head and its headline (`<lead>, деп
 * хабарлайды Kazinform тілшісі.` / `10:15, 04 Наурыз 2025` / `Аймақтар` / `<headline>` / `<lead>` / …): the first line
 * of three words or more kept under it, within the first screenful and before any sentence, is headline-shaped
 * and the text opens under it, on the lead printed again or on another paragraph. It is the headline when the
 * lead is printed again right under it, or when the title holds the lead's attribution and page matter (a stamp,
 * a rubric) was left out above the headline: a section's heading of the text has none. The lead opens the text,
 * once; the lines above the headline are the page's head.
 */
function headlineDownFromLead(state: ParseState): boolean {
  const title = state.article.title!;
  if (!endsAsSentence(title) || wordCount(title) < LEAD_FIRST_WORDS) return false;
  const lines = state.lines;
  let at = -1;
  for (let i = 0; i < Math.min(lines.length, LEAD_FIRST_KEPT) && at < 0; i++) {
    const line = lines[i]!;
    if (line.verbatim || line.line > state.headLine + LEAD_FIRST_REACH || isSentenceLine(line)) return false;
    if (wordCount(line.text) >= LEAD_FIRST_HEADLINE_WORDS) at = i;
  }
  const head = lines[at];
  const text = lines[at + 1];
  if (!head || !text || text.verbatim || !isSentenceLine(text)) return false;
  if (!isHeadlineLike(head.text) || wordCount(head.text) > LEAD_FIRST_HEADLINE_MOST || SIGNED_WORDS.test(head.text) || INTRODUCES.test(head.text) || endsMidPhrase(head.text) || ATTRIBUTION.test(head.text) || clutterRuleOf(head.text) !== undefined) return false;
  if (lines.slice(0, at).some((line) => wordCount(line.text) > LEAD_FIRST_MATTER_WORDS)) return false;
  const copy = text.text === title;
  const matter = state.skipped.some((s) => s.line > state.headLine && s.line < head.line);
  if (!copy && !(ATTRIBUTION.test(title) && matter)) return false;
  dropHead(state, at);
  state.lines.shift();
  if (copy) {
    state.lines.shift();
    state.skipped.push({ line: text.line, text: text.text, rule: 'lead repeated' });
  }
  state.lines.unshift({ text: title, line: state.headLine });
  state.skipped.push({ line: head.line, text: head.text, rule: 'headline under the lead' });
  state.article.title = head.text;
  return true;
}

// A headline alone under a lead pasted on the date line says it in four to twenty words.
const UNDER_LEAD_HEADLINE_WORDS = [4, 20] as const;

/**
 * A lead pasted on the date line over the page's headline, alone on the first line kept under it, the text going on
 * under that (`date … <lead>.` / `Рубрика` / `<headline>` / `<paragraph>.` / …): a headline of four to twenty words, no
 * sentence closed inside it or at its end, no clutter, no attribution, no label introducing what follows, and no
 * heading of a section (no other such line between two paragraphs further down, the headline's own copy aside).
 * The page shows it is its head: page matter was left out between the lead and the line (a rubric, a stamp), or the
 * line is printed again further down; a line right under the lead with neither is a subheading of the text, or the
 * headline only when it retells the lead (`leadAboveHeadline`). The line is the headline, the lead the first
 * paragraph; `habar check` still warns at the date line. A lead alone, or over ordinary paragraphs, is refused as before.
 */
function headlineAloneUnderLead(state: ParseState): boolean {
  const title = state.article.title!;
  if (state.titleBelowDate !== undefined || !(endsAsSentence(title) || holdsSentence(title))) return false;
  const [head, text] = state.lines;
  if (!head || !text || head.verbatim || text.verbatim || head.fromTitle || head.line > state.headLine + LEAD_FIRST_REACH || !isSentenceLine(text)) return false;
  const words = wordCount(head.text);
  if (words < UNDER_LEAD_HEADLINE_WORDS[0] || words > UNDER_LEAD_HEADLINE_WORDS[1] || !isHeadlineLike(head.text) || holdsSentence(head.text)) return false;
  if (INTRODUCES.test(head.text) || SIGNED_WORDS.test(head.text) || ATTRIBUTION.test(head.text) || endsMidPhrase(head.text) || neverHeadline(head.text) !== undefined || clutterRuleOf(head.text) !== undefined) return false;
  const copy = foldHeadline(head.text);
  const matter = state.skipped.some((s) => s.line > state.headLine && s.line < head.line);
  const again = state.lines.some((line, i) => i > 1 && foldHeadline(line.text) === copy) || state.skipped.some((s) => s.line > head.line && foldHeadline(s.text) === copy);
  if (!matter && !again && !standfirstRetold(title, text.text)) return false;
  if (setOutInSections(state.lines.slice(1).filter((line) => foldHeadline(line.text) !== copy)) || feedItemUnderLead(state, head)) return false;
  state.lines[0] = { text: title, line: state.headLine };
  state.skipped.push({ line: head.line, text: head.text, rule: 'headline under the lead' });
  state.article.title = head.text;
  return true;
}

// A standfirst says its news in a sentence of six words or more; the paragraph under the headline retells half of them.
const STANDFIRST_WORDS = 6;

/**
 * A standfirst typed on the date line over the headline right under it (`date … С начала сессии экзамен сдали уже
 * более двухсот тысяч раз.` / `<headline>` / `С момента начала …, экзамен сдан около двухсот тысяч раз. …`): the
 * paragraph under the line retells half the standfirst's words or more, as a report's first paragraph retells the
 * summary the site prints above it. A text's first paragraph over a subheading is not retold by the next section.
 */
function standfirstRetold(title: string, paragraph: string): boolean {
  return wordCount(title) >= STANDFIRST_WORDS && retellsLead(paragraph, title);
}

/**
 * A dek pointing back at its headline printed above it (vlast.kz: `Эта проблема … не решится` / `<headline>` /
 * lead): the title opens on a word pointing back (`Это`, `Эта проблема`, `Бұл туралы`) and the first line kept
 * under it is a headline of three words or more with a paragraph under it. The headline is the title, the dek the
 * first paragraph.
 */
function dekOverItsHeadline(state: ParseState): boolean {
  const [below, text] = state.lines;
  if (!below || !text || below.verbatim || !opensAnaphoric(state.article.title!)) return false;
  if (!isHeadlineLike(below.text) || wordCount(below.text) < 3 || INTRODUCES.test(below.text) || !isSentenceLine(text)) return false;
  state.lines[0] = { text: state.article.title!, line: state.headLine };
  state.skipped.push({ line: below.line, text: below.text, rule: 'headline under its dek' });
  state.article.title = below.text;
  return true;
}

/**
 * A line between two stamps, one right above it and one right under it (`Lead.` / `Вчера, 12:10` /
 * `Другой заголовок` / `Вчера, 11:04` / `Ещё один` / …), naming under a fifth of the lead's words: an
 * item of the site's feed printed under the text, another report's headline, not the report's.
 */
function feedItemUnderLead(state: ParseState, below: SourceLine): boolean {
  return stampedAt(state, below.line - 1) && stampedAt(state, below.line + 1) && namesLittleOf(below.text, state.article.title!, 1);
}

/** Whether the source's line `line` was left out as a date or time stamp. */
function stampedAt(state: ParseState, line: number): boolean {
  return state.skipped.some((s) => s.line === line && s.rule === META_RULES.stamp.name);
}

/** A line that may be an item of a site's feed: a headline of three words or more, no sentence. */
function isFeedItem(line: SourceLine): boolean {
  return !line.verbatim && !isSentenceLine(line) && wordCount(line.text) >= FEED_ITEM_WORDS && isHeadlineLike(line.text);
}

/** The report's first paragraphs from the lead at `at`, where its own headline's words come back. */
function openingText(state: ParseState, at: number): string {
  return state.lines.slice(at, at + TEXT_PARAGRAPHS).map((line) => line.text).join(' ');
}

// A feed's item is a headline of three words or more.
const FEED_ITEM_WORDS = 3;
// The report's first paragraphs, where its own headline's words come back.
const TEXT_PARAGRAPHS = 3;

/**
 * A page that opens on the site's feed of other reports (their headlines, with their stamps or not)
 * above the report's own headline: the title, a headline that names under a fifth of the words of the
 * report's first paragraphs, over headlines and stamps only, down to the line right above the lead
 * (the rubric, tags or stamp between left out), which the lead retells (half its words or more). That
 * line is the title; the feed leaves. One headline above it with no stamp under the title is no feed:
 * a headline over its subtitle stays. `at`: the first paragraph (firstParagraph).
 */
function feedAboveHeadline(state: ParseState, at: number): boolean {
  const title = state.article.title!;
  const head = state.lines[at - 1];
  const lead = state.lines[at];
  if (at < 1 || !head || !lead || head.verbatim || lead.verbatim || head.fromTitle) return false;
  const feed = state.lines.slice(0, at - 1);
  if (feed.length === 0 && !stampedAt(state, state.headLine + 1)) return false;
  if (!feed.every(isFeedItem)) return false;
  if (wordCount(head.text) < FEED_ITEM_WORDS || !isHeadlineLike(head.text) || !retellsLead(lead.text, head.text)) return false;
  // A feed whose every item, the title too, has its stamp under it is told by its stamps, whatever words it shares.
  const stamped = stampedAt(state, state.headLine + 1) && feed.length > 0 && feed.every((line) => stampedAt(state, line.line + 1));
  if (!stamped && !namesLittleOf(title, openingText(state, at))) return false;
  state.skipped.push({ line: state.headLine, text: title, rule: 'news widget' });
  for (const line of feed) state.skipped.push({ line: line.line, text: line.text, rule: 'news widget' });
  state.lines.splice(0, at);
  state.article.title = takeRubricAfter(state, takeStampAfter(state, head.text, head.line), head.line).replace(BADGE, '');
  return true;
}

// A feed's items with their stamps: the title and two more.
const FEED_STAMPED_ITEMS = 2;

/**
 * A title over a feed of headlines, each with its stamp under it (`Другой заголовок` / `10:15` / `Ещё один` /
 * `09:40` / … / lead), all of them naming under a fifth of the words of the report's first paragraphs: the
 * report's own headline is not told among them. The last feed line's number, or undefined. `at`: the first paragraph.
 */
function stampedFeedOverLead(state: ParseState, at: number): number | undefined {
  const lead = state.lines[at];
  if (at < FEED_STAMPED_ITEMS || !lead || lead.verbatim || !stampedAt(state, state.headLine + 1)) return undefined;
  const feed = state.lines.slice(0, at);
  const text = openingText(state, at);
  const item = (line: SourceLine) => isFeedItem(line) && stampedAt(state, line.line + 1) && namesLittleOf(line.text, text, 1);
  return feed.every(item) && namesLittleOf(state.article.title!, text) ? feed.at(-1)!.line : undefined;
}

// A section's heading says something: three words or more.
const SECTION_HEADING_WORDS = 3;
// The paragraph under it may open a quote on a colon: a line of twelve words or more is no heading.
const SECTION_TEXT_WORDS = 12;

/**
 * The text under a line is set out in sections: further down, another heading of three words or more
 * stands between two paragraphs (`Главный редактор о методах следствия`), the one under it at times
 * closing on a colon before a quote. A line retelling the lead is
 * then the first section's heading, not the headline the copy lost.
 */
function setOutInSections(rest: readonly SourceLine[]): boolean {
  return rest.some((line, i) => i > 0 && !line.verbatim && isHeadlineLike(line.text) && wordCount(line.text) >= SECTION_HEADING_WORDS && isSentenceLine(rest[i - 1]!) && rest[i + 1] !== undefined && (isSentenceLine(rest[i + 1]!) || wordCount(rest[i + 1]!.text) >= SECTION_TEXT_WORDS));
}

// A lead printed again is a sentence of some length: a short line repeats for other reasons.
const COPIED_LEAD_WORDS = 8;

/**
 * A page pasted under a date line with the date alone (or with its lead on it, the stamp then right above the
 * headline) that prints its text first, then its head
 * (the author's signature, the stamp, the headline) and the text again (`Lead.` / … / `Name SURNAME`
 * / `• 02 Қыркүйек, 2016` / `Headline` / `Lead.` / …): the line right above the lead's copy, a
 * headline that retells the lead, is the title; the lead stays the first paragraph, its copy and the
 * paragraphs after it printed again (the last cut off or not) leave.
 */
function textAboveItsHead(state: ParseState): boolean {
  const lead = state.article.title!;
  if (wordCount(lead) < COPIED_LEAD_WORDS) return false;
  const copy = state.lines.findIndex((line) => !line.verbatim && line.text === lead);
  const head = state.lines[copy - 1];
  if (copy < 1 || !head || head.verbatim || head.line !== state.lines[copy]!.line - 1 || isSentenceLine(head) || wordCount(head.text) < 3 || !isHeadlineLike(head.text) || !retellsLead(lead, head.text)) return false;
  // The lead pasted on the date line itself: the page's stamp right above the headline shows the page's head.
  if (state.titleBelowDate === undefined && !stampedAt(state, head.line - 1)) return false;
  // The paragraphs after the lead's copy that repeat those after the lead, the last one cut off where the page was copied or not.
  let end = copy + 1;
  const again = (line: SourceLine, k: number) => !line.verbatim && k < copy - 1 && (line.text === state.lines[k]!.text || (line === state.lines.at(-1) && state.lines[k]!.text.startsWith(line.text)));
  while (end < state.lines.length && again(state.lines[end]!, end - copy - 1)) end++;
  state.skipped.push({ line: head.line, text: head.text, rule: 'headline under the text' });
  for (const copied of state.lines.slice(copy, end)) state.skipped.push({ line: copied.line, text: copied.text, rule: 'text repeated' });
  state.lines.splice(copy - 1, end - copy + 1);
  state.lines.unshift({ text: lead, line: state.headLine });
  state.article.title = head.text;
  return true;
}

// A short sentence closed by one period (`Двое в реанимации.`), a page's first line under a date line
// with the date alone: the copy opens on the dek or the lead, the headline lost with the page's head.
const SHORT_SENTENCE = /[^.]\.["»”)]*$/u;

function shortSentence(title: string): string | undefined {
  return SHORT_SENTENCE.test(title) && wordCount(title) >= 2 ? 'it is a sentence ending in a period' : undefined;
}

// A short sentence on the date line itself (`Спортсмены вернулись с турнира.`, `Авария произошла 10 февраля.`):
// three to five words, a capital first and small letters or a figure after, over a lead of a sentence or more
// that retells none of it but goes on from it. A copy that lost its headline opens on its text's first sentence.
const OPENING_SENTENCE = /^\p{Lu}\p{Ll}+(?:\s(?:\p{Ll}+|\d{1,4})){2,4}\.$/u;
const GOES_ON_WORDS = 6;

function shortOpening(state: ParseState, title: string): string | undefined {
  const below = state.lines[0];
  // OPENING_SENTENCE ends on its period: a title ending otherwise is not read through.
  if (!title.endsWith('.') || !OPENING_SENTENCE.test(title) || !below || below.verbatim || !isSentenceLine(below) || wordCount(below.text) < GOES_ON_WORDS) return undefined;
  return sharesWordWith(title, below.text) && retellsLead(below.text, title) ? undefined : shortSentence(title);
}

// A line opening on a dialogue's dash: an interview's question, or someone's words.
const DIALOGUE_DASH = /^[-–—−]\s/u;

/**
 * A page's first line under a date line with the date alone, opening on a dialogue's dash over a line
 * opening on one (`– Первый вопрос: …?` / `– Ваш вопрос уместен …`): an interview's question over its
 * answer, the copy's first lines; no headline. A title the editor wrote on the date line stays.
 */
function interviewQuestion(state: ParseState, title: string): string | undefined {
  const below = state.lines[0];
  if (state.titleBelowDate === undefined || !DIALOGUE_DASH.test(title) || !below || below.verbatim || !DIALOGUE_DASH.test(below.text)) return undefined;
  return "it opens on a dialogue's dash over an answer opening on one, as an interview's question does";
}

// A headline some outlets close with a period is one short sentence.
const PERIOD_HEADLINE_WORDS = 14;

/**
 * A short title closed by a period over a lead that names who reports and retells it
 * (`Тоқаев Қостанай облысына жұмыс сапарымен барды.` / `Тоқаев Қостанай облысына жұмыс сапары
 * барысында …, деп хабарлайды …`): the outlet prints its headline with a period; the lead is the
 * report's first paragraph, since a lead carries its attribution. So is one the page prints again alone
 * below, over a lead that retells it in other words: a lead pasted on the date line is not retold
 * by the paragraph after its copy.
 */
function periodHeadlineOverLead(state: ParseState, title: string): boolean {
  const [below] = state.lines;
  if (!below || below.verbatim || wordCount(title) > PERIOD_HEADLINE_WORDS) return false;
  if (ATTRIBUTION.test(title) || !isHeadlineLike(title.replace(/\.$/u, ''))) return false;
  // Its stamp right under it, the lead under the stamp naming a word of it (`… администрацией.` / `14 марта 2002, 08:22,
  // ИА Амител` / lead): a lead pasted on the date line has no stamp of the page under it.
  if (!isSentenceLine(below)) return false;
  if (below.line === state.headLine + 2 && stampedAt(state, state.headLine + 1)) return sharesWordWith(title, below.text);
  if (below.line === state.headLine + 1 && attributionIn(below.text)) return retellsLead(below.text, title);
  // A blank line between, nothing left out there: the lead retells it closely, attribution or not
  // (`Полицейские задержали водителя в центре города.` / `` / `В центре … полицейские задержали водителя, …`);
  // a page's first sentence is followed by text that goes on from it instead.
  if (below.line === state.headLine + 2 && !state.skipped.some((s) => s.line === state.headLine + 1)) return retellsLead(below.text, title, attributionIn(below.text) ? RETOLD : RETOLD_CLOSELY);
  // Printed again alone under the date line, its lead under the copy retelling it in other words
  // (gov.kz: `… жұмыстары басталды.` / `… жұмыстары басталды.` / `… күтіп-ұстау жұмыстары басталды.`).
  // The picture's keyword and its source may stand between the copy and the lead (`автокөлік` / `atpress.kz`).
  const copy = foldHeadline(below.text) === foldHeadline(title);
  const at = copy ? state.lines.slice(1, 2 + LABELS_OVER_LEAD).findIndex(isSentenceLine) : -1;
  const lead = at >= 0 && state.lines.slice(1, 1 + at).every((line) => !line.verbatim && wordCount(line.text) <= LABEL_OVER_LEAD_WORDS) ? state.lines[1 + at] : undefined;
  return lead !== undefined && !lead.verbatim && foldHeadline(lead.text) !== foldHeadline(title) && retellsLead(lead.text, title);
}

// Labels between a headline's copy and its lead: a picture's keyword and its source, a word or two each.
const LABELS_OVER_LEAD = 2;
const LABEL_OVER_LEAD_WORDS = 2;

/**
 * Under a page's head, a short sentence closed by a period over the lead and printed again, spelt the same,
 * right under the lead (`В городе затопило дворы.` / lead / `В городе затопило дворы.`) is the headline the
 * page set above its text and repeated below it; a first sentence the text goes on from is printed once.
 */
function periodHeadlineCopiedUnderLead(state: ParseState, paragraph: number): SourceLine | undefined {
  const [line, lead, copy] = state.lines.slice(paragraph, paragraph + 3);
  if (!line || !lead || !copy || line.verbatim || line.fromTitle || lead.verbatim || copy.verbatim) return undefined;
  if (wordCount(line.text) > PERIOD_HEADLINE_WORDS || ATTRIBUTION.test(line.text) || !isHeadlineLike(line.text.replace(/\.$/u, ''))) return undefined;
  if (!isSentenceLine(lead) || wordCount(lead.text) <= wordCount(line.text) || foldHeadline(lead.text) === foldHeadline(line.text)) return undefined;
  return foldHeadline(copy.text) === foldHeadline(line.text) ? line : undefined;
}

/** The line is a headline in two parts printed again two lines below or above, its dek between the copies. */
function aroundItsDek(lines: readonly SourceLine[], index: number): boolean {
  return (copiedPastDek(lines, index, 1) || copiedPastDek(lines, index, -1)) && isTwoPartShape(lines[index]!.text);
}

/** The line at `index` is printed again two lines from it (`step` 1: below, -1: above), a headline-shaped line between. */
function copiedPastDek(lines: readonly SourceLine[], index: number, step: number): boolean {
  return lines[index + 2 * step]?.text === lines[index]!.text && isHeadlineLike(lines[index + step]!.text);
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

// A lead, not a header's sentence: a paragraph of a sentence or more this long.
const LEAD_CHARS = 100;

// A word in quotes names something (`"Саулетті"`, a misspelt sign the report is about): a rubric never has them.
const QUOTED_WORD = /^[«"“„][^«»"“”„]+[»"”“]$/u;

/**
 * A title of one word right over the lead, nothing between (`Келбет` / `Облысымызда …`): the site's
 * rubric on a page saved without its headline; a headline of one word stands under the report's stamp, or is quoted.
 */
function rubricOverLead(title: SourceLine, lines: readonly SourceLine[], paragraph: number): string | undefined {
  const lead = lines[paragraph];
  if (wordCount(title.text) !== 1 || QUOTED_WORD.test(title.text) || paragraph !== 1 || lines[0] !== title || !lead || lead.text.length < LEAD_CHARS || !isSentenceLine(lead)) return undefined;
  return 'a rubric of one word right over the lead';
}

const SITE_NAME_WORDS = 2;

/**
 * A title of a word or two that is the site's name, as its logo prints it over the report (`Bugin`
 * over a lead closing `…, деп хабарлайды Bugin.kz порталы`): a listed outlet, or the one the lead names.
 */
function siteName(title: string, lead: SourceLine | undefined): string | undefined {
  if (wordCount(title) > SITE_NAME_WORDS) return undefined;
  const named = lead && !lead.verbatim ? attributionIn(lead.text)?.outlet : undefined;
  return isOutletName(title, named) ? "the site's name" : undefined;
}

/**
 * The first paragraph's index. The title moved among the lines is a headline or page matter, never the
 * first paragraph, even when long: a teaser's headline printed twice (`ЗаголовокЗаголовок`) is longer
 * than a headline. A caption printed twice above the headline (`… акима Астаны. 20 февраля 2019 года.`)
 * is no paragraph. So is a headline of two sentences printed twice around its dek (vlast.kz:
 * `«…болдым. …сүреміз?»`).
 */
function firstParagraph(lines: readonly SourceLine[], counters: ReadonlySet<number> = new Set(), frame: HeadFrame = { stamps: new Set(), bylines: new Set() }): number {
  return lines.findIndex((line, index) => !line.fromTitle && isSentenceLine(line) && !isLinkBar(line.text) && !isCaptionSentenceCopy(lines, index) && !aroundItsDek(lines, index) && !asksUnderCounter(line, counters) && !asksOverDek(lines, index) && !asksBetweenStampAndByline(line, frame));
}

/** The lines the page's stamps and bylines were left out from, for a headline printed between them. */
interface HeadFrame {
  stamps: ReadonlySet<number>;
  bylines: ReadonlySet<number>;
}

// A blank line may stand between the headline and the stamp above it or the byline under it.
const FRAME_GAP = 2;
// A line closing on a question mark (Arabic script's `؟` too), quotes or a bracket after it or not; or on an exclamation mark.
const ASKS = /[?؟]["»”)]*$/u;
const ASKS_OR_EXCLAIMS = /[!?؟]["»”)]*$/u;

/**
 * A headline that asks, framed by the report's stamp above and its byline under it (`26.10.2025, 11:44` /
 * `Куда пропали скамейки у рынка?` / `Общество 0 3 696 Имя Фамилия` / text, Lada.kz): no paragraph. A
 * question opening the text has no byline under it.
 */
function asksBetweenStampAndByline(line: SourceLine, frame: HeadFrame): boolean {
  if (!ASKS.test(line.text) || wordCount(line.text) > ASKING_HEADLINE_WORDS || holdsSentence(line.text)) return false;
  const near = (set: ReadonlySet<number>, step: number) => Array.from({ length: FRAME_GAP }, (_, gap) => line.line + step * (gap + 1)).some((n) => set.has(n));
  return near(frame.stamps, -1) && near(frame.bylines, 1);
}

// A headline that asks is short; a question of an interview may be long.
const ASKING_HEADLINE_WORDS = 12;

/**
 * A headline that asks, over its dek, a line of no sentence, and the text under that
 * (`Больницу в селе закроют?` / `Такие слухи ходят вокруг больницы` / text): no paragraph. A question
 * of an interview has its answer under it.
 */
function asksOverDek(lines: readonly SourceLine[], index: number): boolean {
  const [line, dek] = [lines[index]!, lines[index + 1]];
  // An open letter's salutation may open the text (`Мырзатай аға!`).
  const text = lines[index + 2] && isSalutation(lines[index + 2]!.text) ? lines[index + 3] : lines[index + 2];
  if (!ASKS.test(line.text) || wordCount(line.text) > ASKING_HEADLINE_WORDS || !dek || !text) return false;
  return !isSentenceLine(dek) && wordCount(dek.text) >= 4 && isHeadlineLike(dek.text) && isSentenceLine(text);
}

/**
 * A headline of two parts closing on a question or an exclamation right under the page's view counter
 * (`• 2512 просмотров` / `Тема. Вопрос?`): outlets print the counter over the headline; no paragraph.
 */
function asksUnderCounter(line: SourceLine, counters: ReadonlySet<number>): boolean {
  return counters.has(line.line - 1) && ASKS_OR_EXCLAIMS.test(line.text) && isTwoPartShape(line.text);
}

// A site's bar of topic links, long as a paragraph: eight links or more of a few words between pipes,
// none a sentence (`КАЗАХСТАН: Самрук | Нурбанкгейт | … | криминал и коррупция | культура и спорт`).
const LINK_BAR_ITEMS = 8;
const LINK_WORDS = 4;

function isLinkBar(text: string): boolean {
  const links = text.split(' | ');
  return links.length >= LINK_BAR_ITEMS && links.every((link) => wordCount(link) <= LINK_WORDS && !endsAsSentence(link));
}

// A headline giving someone's words after their name and a colon (`Имя Фамилия: слова`, `Токаев: …`): no site's
// name or rubric has that shape.
const SPEAKER_TITLE = /^(?:\p{Lu}[\p{Ll}\p{M}'’-]+\s+){0,2}\p{Lu}[\p{Ll}\p{M}'’-]+:\s+\S+(?:\s+\S+){2,}$/u;

/**
 * Whether the evidence that outweighs a title that reads as a headline can hold at all, tested cheaply
 * on the lines above the first sentence: a line printed twice (or as the picture's alt text, or as a numbered trail's last crumb), a line in
 * capitals, a title in another script than the text, or cut off with `...` (a trail glued to the headline's
 * first part). Most pages have none, and keep their title.
 */
function mayGiveWay(state: ParseState): boolean {
  const end = state.lines.findIndex(isSentenceLine);
  const head = state.lines.slice(0, end < 0 ? state.lines.length : end);
  const lead = state.lines[end];
  if (isCutOff(state.article.title!) || (lead && !sameScript(state.article.title!, lead.text))) return true;
  const seen = new Set<string>();
  const trail = numberedTrail(state.skipped, Infinity);
  // A line in capitals under a speaker's words as the title is a quote the interview sets off, not its headline.
  const speaks = SPEAKER_TITLE.test(state.article.title!);
  for (const { text } of head) {
    if (seen.has(text) || text === state.article.photoAlt || (isInCapitals(text) && !speaks) || trail?.endsWith(` » ${text}`)) return true;
    seen.add(text);
  }
  return false;
}

/**
 * A title that reads as a headline gives way to the page's own headline below when the evidence for
 * that line outweighs the title's (headline-evidence.ts): another report's headline on the page's
 * first line, over the report's headline printed twice by its stamp (`Другой заголовок` / `Заголовок`
 * / stamp / counter / `Заголовок` / lead). The title is then left out as page matter.
 */
function headlineBelowTitle(state: ParseState): boolean {
  if (!mayGiveWay(state)) return false;
  const title: SourceLine = { text: state.article.title!, line: state.headLine, fromTitle: true };
  const lines = [title, ...state.lines];
  const chosen = chooseHeadline(sceneOf(state, lines, firstParagraph(lines), title, { titleMoved: false, titleKept: true, titleIsMatter: false }));
  if (!chosen || chosen === title || isCopyOf(chosen.text, title.text)) return false;
  state.skipped.push({ line: title.line, text: title.text, rule: 'not a headline' });
  dropHead(state, state.lines.indexOf(chosen));
  state.lines.shift();
  state.article.title = takeRubricAfter(state, takeStampAfter(state, chosen.text, chosen.line), chosen.line).replace(BADGE, '');
  return true;
}

// An institution's site prints its name over the report's stamp and view counter, the headline under them: the name is a
// noun phrase of up to four words, the headline a clause of six words or more with its verb.
const INSTITUTION_NAME_WORDS = 4;
const HEADLINE_UNDER_META_WORDS = 6;

/**
 * The date line's title that is the site's name over the page's stamp and view counter, the headline under them
 * right above the lead (`Қазақстан халқы Ассамблеясы` / `25 Қыркүйек, 2019` / `1184` / `Өскеменде … талқылады` / lead):
 * the line under the counter is the headline, the title is page matter. A title with a verb, or a line under the
 * counter with none (a photo's caption) or shorter, keeps the title.
 */
function siteNameOverMeta(state: ParseState): boolean {
  const title = state.article.title!;
  const [headline, lead] = state.lines;
  if (!headline || !lead || headline.verbatim || lead.verbatim || !isSentenceLine(lead) || headline.fromTitle) return false;
  if (wordCount(title) > INSTITUTION_NAME_WORDS || /[.!?:\d]/u.test(title) || hasHeadlineVerb(title)) return false;
  if (wordCount(headline.text) < HEADLINE_UNDER_META_WORDS || !isHeadlineLike(headline.text) || !hasHeadlineVerb(headline.text)) return false;
  const between = state.skipped.filter((s) => s.line > state.headLine && s.line < headline.line).map((s) => s.rule);
  const meta = [META_RULES.stamp.name, META_RULES.counter.name];
  if (!meta.every((rule) => between.includes(rule)) || !between.every((rule) => meta.includes(rule))) return false;
  state.skipped.push({ line: state.headLine, text: title, rule: 'site name' });
  state.lines.shift();
  state.article.title = headline.text;
  state.headLine = headline.line;
  return true;
}

/**
 * A kicker on the date line over the report's headline: the title and the line right under it (nothing between) both read as
 * headlines, the second longer and reporting a figure the lead repeats (the kicker names none), and the lead retells the second closely and the title less
 * (`В стране началась уборочная кампания` / `В Казахстане уже намолочено 1,6 млн тонн зерна` / lead). The
 * second is the headline; the kicker is left out.
 */
function kickerOverHeadline(state: ParseState): boolean {
  const title = state.article.title!;
  const [second, lead] = state.lines;
  if (!second || !lead || second.line !== state.headLine + 1 || second.verbatim || lead.verbatim || !isSentenceLine(lead)) return false;
  if (!isHeadlineLike(second.text) || wordCount(second.text) <= wordCount(title) || wordCount(second.text) < KICKED_WORDS) return false;
  // The headline reports a figure the lead repeats and the kicker has none: a subtitle under a headline names no new figure.
  const figures = second.text.match(FIGURE) ?? [];
  if (/\d/u.test(title) || figures.length === 0 || !figures.every((figure) => lead.text.includes(figure))) return false;
  const secondShare = sharedShare(stems(second.text), lead.text);
  if (secondShare < RETOLD_CLOSELY || sharedShare(stems(title), lead.text) >= secondShare) return false;
  state.skipped.push({ line: state.headLine, text: title, rule: 'kicker' });
  state.lines.shift();
  state.article.title = second.text;
  return true;
}
const KICKED_WORDS = 4;
const FIGURE = /\d+(?:[.,]\d+)?/gu;

// A dek some pages print above the headline (mgorod.kz): one short sentence closed by a period.
const DEK_OVER_WORDS = [3, 12] as const;
const DEK_HEADLINE_WORDS = 4;
const DEK_LEAD_WORDS = 6;

/**
 * A dek on the date line over the report's headline: the title is one short sentence closed by a period, and right
 * under it (a blank line between or not, nothing left out there) a headline of four words or more closing no
 * sentence over the lead, a sentence of six words or more naming a word of that headline (`Гостей праздника
 * встретят артисты.` / `Какие артисты выступят ко Дню города` / `Горожане отмечают День города на площадях …`).
 * The second line is the headline; the dek is the report's first paragraph.
 */
function dekOverHeadline(state: ParseState): boolean {
  const title = state.article.title!;
  const [head, lead] = state.lines;
  const words = wordCount(title);
  if (!head || !lead || head.verbatim || lead.verbatim || !shortSentence(title) || words < DEK_OVER_WORDS[0] || words > DEK_OVER_WORDS[1] || ATTRIBUTION.test(title)) return false;
  if (head.line > state.headLine + 2 || state.skipped.some((s) => s.line > state.headLine && s.line < lead.line)) return false;
  if (endsAsSentence(head.text) || /[:?!]$/u.test(head.text) || wordCount(head.text) < DEK_HEADLINE_WORDS || !isHeadlineLike(head.text) || clutterRuleOf(head.text) !== undefined) return false;
  if (!isSentenceLine(lead) || wordCount(lead.text) < DEK_LEAD_WORDS || !sharesWordWith(head.text, lead.text)) return false;
  state.lines[0] = { text: title, line: state.headLine };
  state.article.title = head.text;
  return true;
}

// Another item's excerpt cut off with `...`: a poem's lines after a stanza's mark (`* * * Таң алдында …,Қыраулы …`),
// or a sentence of four words or more closed inside it with text going on after it (`Көктемде саябаққа құс оралады. Бақылаушылар …`).
const STANZA_MARK = /^(?:\*\s*){3}/u;
const SENTENCE_INSIDE = /^([^.!?]+[.!?])\s+\p{Lu}/u;
const EXCERPT_SENTENCE_WORDS = 4;
const EXCERPT_HEADLINE_WORDS = 3;

/** Whether the title is an excerpt of text cut off, never a headline: a stanza's mark or a sentence closed inside it. */
function isCutExcerpt(title: string): boolean {
  if (!isCutOff(title)) return false;
  const sentence = SENTENCE_INSIDE.exec(title)?.[1];
  return STANZA_MARK.test(title) || (sentence !== undefined && wordCount(sentence) >= EXCERPT_SENTENCE_WORDS);
}

/**
 * A teaser of another item on the date line, its excerpt cut off with `...` (a slider's last card copied above the
 * report), right over the report's headline of three words or more (nothing between) and the lead or the first
 * question, which names a word of the headline and more of its words than of the excerpt's (`Көктемде саябаққа құс оралады.
 * Бақылаушылар …...` / `Имя Фамилия. Заголовок` / lead). The second line is the headline;
 * the excerpt is left out as a teaser.
 */
function excerptOverHeadline(state: ParseState): boolean {
  const title = state.article.title!;
  const [head, lead] = state.lines;
  if (!head || !lead || head.verbatim || lead.verbatim || head.line !== state.headLine + 1 || !isCutExcerpt(title)) return false;
  if (wordCount(head.text) < EXCERPT_HEADLINE_WORDS || !(isHeadlineLike(head.text) || isKickeredHeadline(head.text)) || isCutExcerpt(head.text) || clutterRuleOf(head.text) !== undefined) return false;
  if (!sharesWordWith(head.text, lead.text) || sharedShare(stems(title), lead.text) >= sharedShare(stems(head.text), lead.text)) return false;
  state.skipped.push({ line: state.headLine, text: title, rule: 'teaser' });
  state.lines.shift();
  state.article.title = head.text;
  return true;
}

// A site's list of reports: three dated items or more, each stamp alone right over the item's headline.
const LIST_ITEMS = 3;

/**
 * A page that opens on a site's list of reports (`15.09.2025` / `Headline` / `Summary.` / `-` / `11.09.2025` /
 * `Headline` …) running past the first paragraph, which is an item's summary: two items or more above it, and
 * more under it before the first paragraph longer than any headline (a list's summaries are shorter). No item's headline is the report's, and the list is not the report.
 */
function opensOnReportList(state: ParseState, paragraph: number): boolean {
  const lead = state.lines[paragraph];
  if (!lead) return false;
  const long = state.lines.find((line) => line.text.length > HEADLINE_MAX && isSentenceLine(line))?.line ?? Infinity;
  const byLine = new Map(state.lines.map((line) => [line.line, line]));
  const items = state.skipped.filter((s) => {
    const next = byLine.get(s.line + 1);
    return s.rule === META_RULES.stamp.name && s.line < long && next !== undefined && !next.verbatim && wordCount(next.text) >= 3 && isHeadlineLike(next.text);
  });
  const above = items.filter((s) => s.line < lead.line).length;
  return items.length >= LIST_ITEMS && above >= 2 && above < items.length;
}

/** The page's lines with the date line's title, when it stands there, as the first. */
function withTitle(state: ParseState): readonly SourceLine[] {
  return state.article.title !== undefined ? [{ text: state.article.title, line: state.headLine, fromTitle: true }, ...state.lines] : state.lines;
}

// An item's excerpt on a site's list is a long sentence cut off mid-way (`… И теренкольцы приехали…`);
// its headline is shorter.
const EXCERPT_WORDS = 12;

/**
 * A page that opens on a site's list of reports printed with excerpts: its first three paragraphs
 * (the title counting as a line) are each cut off with `…` right under a headline (`Headline` /
 * `Excerpt…` / `Headline` / `Excerpt…` / …), with no stamps. No item is the page's report.
 */
function opensOnExcerptList(state: ParseState): boolean {
  const lines = withTitle(state);
  let items = 0;
  for (let i = 0; i < lines.length && items < LIST_ITEMS; i++) {
    const text = lines[i]!.text;
    const excerpt = isCutOff(text) && wordCount(text) >= EXCERPT_WORDS;
    if (!excerpt && !isSentenceLine(lines[i]!)) continue;
    const above = lines[i - 1]?.text;
    if (!excerpt || above === undefined || !isHeadlineLike(above) || wordCount(above) >= EXCERPT_WORDS) return false;
    items++;
  }
  return items >= LIST_ITEMS;
}

// A brief's label in a roundup of briefs (`Сарысуский район`, `АРАЛЬСК`): a short line, no sentence, no figure (a match
// report's table heading, `КПЛ. 6-й тур`, over its score is none).
const LABEL_WORDS = 3;
const LABEL_FIGURE = /\d/u;
const isBriefLabel = (text: string) => wordCount(text) <= LABEL_WORDS && isHeadlineLike(text) && !/[:?!]$/u.test(text) && !LABEL_FIGURE.test(text);
const isBriefHeadline = (text: string) => wordCount(text) >= 2 && isHeadlineLike(text) && !/\?$/u.test(text);

/**
 * A page that opens on a roundup of briefs, each under a short label (a district, a town) and its own
 * headline: `Сарысуский район` / `Овощи и фрукты по низким ценам` / text / `Мойынкумский район` /
 * `Будет чистая вода` / text. The first brief's headline is no headline of the page: the line above
 * the first label, headline-shaped, is (`Вести из районов`); `null` when the page prints none.
 * `undefined` when the page is no roundup.
 */
function roundupTitle(state: ParseState): SourceLine | null | undefined {
  const lines = withTitle(state);
  const first = lines.findIndex((line) => isSentenceLine(line));
  const opens = first >= 2 && isBriefHeadline(lines[first - 1]!.text) && isBriefLabel(lines[first - 2]!.text);
  if (!opens) return undefined;
  const caps = isInCapitals(lines[first - 2]!.text);
  const again = lines.some((line, j) => j > first + 2 && isSentenceLine(line) && isBriefHeadline(lines[j - 1]!.text) && isBriefLabel(lines[j - 2]!.text)
    && isInCapitals(lines[j - 2]!.text) === caps && isSentenceLine(lines[j - 3]!));
  if (!again) return undefined;
  const above = lines[first - 3];
  // A regional outlet's rubric naming the districts (`Новости районов`) titles the roundup of their briefs.
  return above !== undefined && isBriefHeadline(above.text) && (clutterRuleOf(above.text) === undefined || REGIONAL_RUBRIC.test(above.text)) ? above : null;
}

/**
 * A title that read as a lead paragraph (`why`) and a headline found under it: the article is published, the lead its
 * first paragraph, and the refusal is said again as a warning at the date line, naming the headline's line and
 * where to move it. A title kept as the headline (a headline closed by a period) draws none.
 */
function warnLeadTaken(state: ParseState, lead: string, why: string): void {
  const title = state.article.title!;
  if (title === lead) return;
  const from = state.skipped.find((s) => s.text === title && s.line > state.headLine)?.line;
  const at = from === undefined ? 'under it' : `on line ${from}`;
  const reason = state.titleBelowDate !== undefined
    ? `the page's first line reads as a lead paragraph (${why}); it was published as the first paragraph under the headline ${at}; write the headline after the date on line ${state.titleBelowDate}: \`date ${state.article.date} Headline\``
    : `the title reads as a lead paragraph (${why}); it was published as the first paragraph under the headline ${at}; move the headline to the date line and this sentence to the next line: \`date ${state.article.date} Headline\``;
  (state.warnings ??= []).push({ line: state.headLine, reason });
}

/** The refusal of a page pasted under a date line with the date alone whose first line reads as a lead (`why`). */
function firstLineIsLead(state: ParseState, why: string): SourceError {
  return new SourceError(`the page's first line reads as a lead paragraph (${why}), and no headline is printed above it; write the headline after the date on line ${state.titleBelowDate}: \`date ${state.article.date} Headline\``, state.headLine);
}

/** The refusal of a page whose title is no headline, the lead under it the only line that could be one. */
function leadBelowTitle(state: ParseState, lead: SourceLine): SourceError {
  const subject = state.titleBelowDate !== undefined ? "the page's first line" : 'the title';
  return new SourceError(`${subject} is no headline, and line ${lead.line} under it reads as a lead paragraph (it holds the attribution of the lead); write the headline after the date${state.titleBelowDate !== undefined ? ` on line ${state.titleBelowDate}` : ''}: \`date ${state.article.date} Headline\``, state.headLine);
}

// A section's heading a review of the press prints over each part, a quote of a few words alone in guillemets:
// `«Жер сатылмайды»`. A title so shaped with another such line between two paragraphs under it is one of them.
const QUOTED_HEADING = /^«[^«»]{3,60}»$/u;
const QUOTED_HEADING_WORDS = 6;
const HEADING_PARAGRAPH = 60;
const SENTENCE_END = /[.!?…»"”)]$/u;

function isQuotedHeading(text: string): boolean {
  return QUOTED_HEADING.test(text) && text.split(' ').length <= QUOTED_HEADING_WORDS;
}

/** The line of a second quoted section heading under a title shaped as one, between two paragraphs; undefined else. */
function quotedSectionTitle(state: ParseState, title: string): number | undefined {
  if (!isQuotedHeading(title)) return undefined;
  const isParagraph = (line: { text: string; verbatim?: boolean } | undefined) => line !== undefined && line.text.length >= HEADING_PARAGRAPH && SENTENCE_END.test(line.text);
  const lines = state.lines;
  for (let i = 1; i < lines.length - 1; i++) {
    const line = lines[i]!;
    if (!line.verbatim && line.text !== title && isQuotedHeading(line.text) && isParagraph(lines[i - 1]) && isParagraph(lines[i + 1])) return line.line;
  }
  return undefined;
}

/**
 * The headline. When the date line's title is page matter (title-line.ts), the page's headline
 * takes its place and the lines above it are left out as the page's head. A title that reads as
 * a lead paragraph is refused: the page's headline is missing.
 */
export function headline(state: ParseState): SourceError | void {
  if (state.overlongTitle) {
    const lead = state.article.title!;
    if (!leadAboveHeadline(state) && !((holdsSentence(lead) || isArabicSentence(lead)) && headlineDownFromLead(state)) && !headlineAloneUnderLead(state)) return state.overlongTitle;
    warnLeadTaken(state, lead, leadShape(lead) ?? `it is ${lead.length} characters long`);
    return;
  }
  if (opensOnExcerptList(state)) return new SourceError("the page opens on the site's list of reports (headlines over excerpts cut off with …), not on one report; put the report's headline after the date and its text under it", state.headLine);
  const roundup = roundupTitle(state);
  if (roundup === null) return new SourceError("the page is a roundup of briefs, each under a short label and its own headline, and prints no headline of its own; put the roundup's headline after the date", state.headLine);
  if (roundup) {
    if (roundup.fromTitle) return;
    dropHead(state, state.lines.indexOf(roundup));
    state.lines.shift();
    state.article.title = roundup.text;
    return;
  }
  if (state.article.title !== undefined) {
    state.article.title = takeRubricAfter(state, takeStampAfter(state, takeStampBefore(state, state.article.title, state.headLine), state.headLine), state.headLine).replace(BADGE, '');
    const lead = leadShape(state.article.title) ?? (state.titleBelowDate !== undefined ? shortSentence(state.article.title) ?? interviewQuestion(state, state.article.title) : shortOpening(state, state.article.title));
    const title = state.article.title;
    if (lead && (leadAboveHeadline(state) || dekOverItsHeadline(state) || titlePrintedTwice(state, state.article.title) || periodHeadlineOverLead(state, state.article.title) || textAboveItsHead(state) || headlineDownFromLead(state) || headlineAloneUnderLead(state))) {
      warnLeadTaken(state, title, lead);
      return;
    }
    if (lead && state.titleBelowDate !== undefined) return firstLineIsLead(state, lead);
    if (lead) return new SourceError(`the title reads as a lead paragraph (${lead}); put the headline after the date and this sentence on the next line, as the first paragraph`, state.headLine);
    const section = quotedSectionTitle(state, state.article.title);
    if (section) return new SourceError(`the title is a section's heading of the text, a quote alone in guillemets like line ${section} under it, and no headline stands above it (the copy may begin inside the text); write the headline after the date: \`date ${state.article.date} Headline\``, state.headLine);
    const card = otherReportCard(state, state.article.title);
    if (card) return new SourceError(`the page's first line heads another report's card (its stamp and its source ${card} under it; the lead names another outlet and retells none of it), and the page prints no headline of its own; write the headline after the date on line ${state.titleBelowDate}: \`date ${state.article.date} Headline\``, state.headLine);
    if (kickerOverHeadline(state) || dekOverHeadline(state) || excerptOverHeadline(state) || siteNameOverMeta(state) || headlineBelowTitle(state)) return;
    // The first paragraph, found once for the feed above the headline and the feed with its stamps: no line changes between.
    const paragraph = firstParagraph(state.lines);
    if (feedAboveHeadline(state, paragraph)) return;
    const feedEnd = stampedFeedOverLead(state, paragraph);
    if (feedEnd) return new SourceError(`the title and the lines under it down to line ${feedEnd} are a feed of headlines with their stamps, naming none of the report's words, and the lead retells none of them; write the report's headline after the date: \`date ${state.article.date} Headline\``, state.headLine);
    state.article.title = takeRubricBefore(state, state.article.title, state.headLine);
    joinWrappedHeadline(state, state.headLine);
    return;
  }
  const leftOut = (rule: string) => new Set(state.skipped.filter((s) => s.rule === rule).map((s) => s.line));
  const paragraph = firstParagraph(state.lines, leftOut(META_RULES.counter.name), { stamps: leftOut(META_RULES.stamp.name), bylines: leftOut('byline') });
  if (opensOnReportList(state, paragraph)) return new SourceError("the page opens on the site's list of reports (dated headlines), not on the report; put the report's headline after the date and its text under it", state.headLine);
  // A title that is no headline at all (title-line.ts `neverHeadline`) never stays; one the clutter
  // table names or a masthead stays only when no headline of three words stands below.
  const fromTitle = state.lines[0]?.fromTitle ? state.lines[0] : undefined;
  const never = fromTitle && (state.titleNeverHeadline ?? neverHeadline(fromTitle.text) ?? kazakhRubric(fromTitle.text, state.lines[paragraph]) ?? siteName(fromTitle.text, state.lines[paragraph]) ?? rubricOverLead(fromTitle, state.lines, paragraph));
  const masthead = fromTitle && isMasthead(fromTitle.text) ? fromTitle.text.slice(fromTitle.text.indexOf('«')) : undefined;
  const titleIsMatter = fromTitle !== undefined && (masthead !== undefined || clutterRuleOf(fromTitle.text) !== undefined);
  const chosen = chooseHeadline(sceneOf(state, state.lines, paragraph, never ? undefined : fromTitle, { titleMoved: fromTitle !== undefined, titleKept: false, titleIsMatter })) ?? periodHeadlineCopiedUnderLead(state, paragraph);
  const short = chosen?.fromTitle && state.titleBelowDate !== undefined ? shortSentence(chosen.text) : undefined;
  if (short) return firstLineIsLead(state, short);
  // A line carrying the lead's attribution (`…, передает ИА …`) is the lead, whatever stands above it
  // (a dek of two words, `Подозреваемый задержан.`): the page printed no headline.
  if (chosen && !chosen.fromTitle && ATTRIBUTION.test(chosen.text)) return leadBelowTitle(state, chosen);
  if (!chosen && headlineGluedToLead(state, paragraph)) return;
  // A section's heading of the text above its paragraph (`Что лучше?`): the copy began inside the text.
  const heading = chosen ? undefined : state.lines.slice(0, paragraph).find((line) => !line.fromTitle && !line.verbatim && isSectionQuestion(line.text));
  if (heading) return new SourceError(`line ${heading.line} is ${SECTION_HEADING}, and no headline stands above it (the copy may begin inside the text); write the headline after the date${state.titleBelowDate !== undefined ? ` on line ${state.titleBelowDate}` : ''}: \`date ${state.article.date} Headline\``, heading.line);
  if (!chosen) {
    // A title that is a photo credit became the article's credit, and no skipped line names it.
    const lead = state.lines[paragraph];
    const rule = never ?? state.skipped.find((s) => s.line === state.headLine)?.rule ?? (state.creditLine?.line === state.headLine ? 'a photo credit' : fromTitle && isName(fromTitle.text) ? "a person's name" : fromTitle && lead && !sameScript(fromTitle.text, lead.text) ? 'in another script than the text' : undefined);
    const what = rule === SMALL_LETTERS_FIRST ? 'opens in small letters, as no headline does (the copy may begin mid-sentence),' : rule === WORDS_CLOSED ? "opens on the close of someone's words after a dialogue's dash (`– дейді …`), as no headline does (the copy begins inside the text)," : rule === SECTION_HEADING ? `is ${rule},` : rule === QUOTE_INTRO ? `is ${rule} (the copy may begin inside the text),` : rule === SALUTATION_LINE ? `is ${rule}, as no headline is (the copy begins inside the speech),` : `is page clutter${rule ? ` (${rule})` : ''}`;
    const subject = state.titleBelowDate !== undefined ? "the page's first line" : 'the title';
    return new SourceError(`${subject} ${what} and no headline follows it; write the headline after the date${state.titleBelowDate !== undefined ? ` on line ${state.titleBelowDate}` : ''}: \`date ${state.article.date} Headline\``, state.headLine);
  }
  dropHead(state, state.lines.indexOf(chosen));
  state.lines.shift();
  const date = chosen.fromTitle ? undefined : DATE_BEFORE.exec(chosen.text)?.[0];
  if (date) state.skipped.push({ line: chosen.line, text: date.trim(), rule: META_RULES.stamp.name });
  state.article.title = takeRubricAfter(state, takeStampAfter(state, takeRubricBefore(state, chosen.text.slice(date?.length ?? 0), chosen.line), chosen.line), chosen.line).replace(BADGE, '');
  if (masthead && chosen !== fromTitle) dropMastheadLines(state, masthead);
  joinWrappedHeadline(state, chosen.line);
}

/**
 * A headline the page wrapped over two lines (headline-evidence.ts `isWrappedHeadline`): one headline,
 * the rest's line recorded.
 */
function joinWrappedHeadline(state: ParseState, line: number): void {
  const title = state.article.title!;
  const [rest, lead] = state.lines;
  if (!rest || rest.line !== line + 1 || !isWrappedHeadline(title, rest, lead)) return;
  state.lines.shift();
  state.skipped.push({ line: rest.line, text: rest.text, rule: 'headline wrapped' });
  state.article.title = `${title} ${rest.text}`;
}
