import { endsAsSentence, isHeadlineLike, isSentenceLine, wordCount } from '../line-shape.ts';
import type { ParseState, SourceLine } from '../state.ts';
import { hasHeadlineVerb, hasSectionHeading } from './page-foot.ts';
import { datelineOf } from './attribution.ts';
import { TOLD_ABOUT } from './headline-evidence.ts';
import { captionBeforeOutlet } from './photo-credit.ts';

// Another report's headline a page links inside the text, its «read also» label lost in the copy, alone
// between the lead (or the paragraph under it) and the next paragraph (`Ұлттық банк … несие бермеуді ұсынды` under a lead on teachers'
// pay): a headline of five words or more with a verb, in a report set out in no sections, speaking of
// something else: fewer than a third of its words in the title or the text above. A report's own heading there
// retells them (`Замакима Караганды проверил ход ремонтных работ` under a lead on Karaganda's roads), or
// the paragraph under it.
const WORDS_MIN = 5;
const WORDS_MAX = 16;
const WORD = /\p{L}{4,}/gu;
// Words match on their first letters, so that a case ending (`Караганды`, `Карагандинской`) is no other word.
const STEM = 5;

// A headline closes on a word, a figure or a quote: a line ending in `:` introduces what follows (a quote, a list).
const CLOSES_BARE = /[\p{L}\d»"”)]$/u;
// An interview's question opening on a dash: the line above heads its section.
const DIALOGUE = /^[-–—−]/u;
// A quote closed by its period or comma with who said it glued after, the space lost: `"…проводимым мероприятиям".Пресс-служба
// ДП Шымкента`. A report's sentence, never a headline (a headline in quotes goes on after a colon or a dash).
const SIGNED_QUOTE = /^[«"“„][^«»"“”„]{8,}[»"”][.,]\s*\p{Lu}/u;

const stems = (text: string): string[] => (text.toLowerCase().match(WORD) ?? []).map((word) => word.slice(0, STEM));

// Pages set the link after the lead or after the paragraph under it.
const GAPS = 2;

// Another report's teaser inside the text, as Sputnik prints it: its picture's caption signed with the
// outlet's name after a dash (`Уборка пшеницы - Sputnik Казахстан`) over its headline, between two
// paragraphs. The name is the outlet's: its first word opens the lead's dateline (`АСТАНА, 14 сен – Sputnik.`)
// or signs the caption of the report's own picture, so a person's role (`Иван Петров - Директор хозяйства`) is none.
// The teaser's rubric may stand between the caption and the headline (`Столовая - Sputnik Қазақстан` / `Қоғам` / `Headline`).
const SIGNED_CAPTION = /\s[-–—]\s\p{Lu}/u;
const SIGNATURE_WORD = /\s[-–—]\s(\p{L}{3,})[^-–—]*$/u;
const FIRST_PARAGRAPHS = 2;

/** The text that names the page's own outlet: the datelines of its first paragraphs and its pictures' captions. */
function ownSignatures(state: ParseState): string {
  const datelines = state.lines.filter(isSentenceLine).slice(0, FIRST_PARAGRAPHS).map((line) => datelineOf(line.text) ?? '');
  const captions = state.skipped.filter((skipped) => skipped.rule === 'photo caption').map((skipped) => skipped.text);
  return [...datelines, ...captions].join(' ');
}
const CAPTION_WORDS_MAX = 8;
// A headline of sixteen words and a name with the picture's width and date: no longer.
const SIGNED_CAPTION_LONGEST = 200;
const TEASER_HEADLINE_WORDS_MIN = 4;

/** A short caption over a headline of four words or more, between two paragraphs. */
function teaserBetweenParagraphs(lines: readonly SourceLine[], index: number, described: string): boolean {
  const headline = lines[index + 1]!;
  if (wordCount(described) > CAPTION_WORDS_MAX || isSentenceLine(headline) || wordCount(headline.text) < TEASER_HEADLINE_WORDS_MIN || !isHeadlineLike(headline.text)) return false;
  return isSentenceLine(lines[index - 1]!) && index + 2 < lines.length && isSentenceLine(lines[index + 2]!);
}

/** The line `below` is the one under `above`, or under the rubric line skipped right under it. */
function nextButRubric(state: ParseState, above: number, below: number): boolean {
  return below === above + 1 || (below === above + 2 && state.skipped.some((skipped) => skipped.line === above + 1 && skipped.rule === 'rubric'));
}

function captionedTeasers(state: ParseState): void {
  const { lines } = state;
  const teasers = new Set<number>();
  let signatures: string | undefined;
  const lead = lines.findIndex(isSentenceLine);
  for (let index = 1; index < lines.length - 1; index++) {
    const caption = lines[index]!;
    // Tested first: a short line, a dash before a capital.
    if (caption.text.length > SIGNED_CAPTION_LONGEST || caption.verbatim || !SIGNED_CAPTION.test(caption.text) || isSentenceLine(caption)) continue;
    const described = captionBeforeOutlet(caption.text);
    const headline = lines[index + 1]!;
    if (!described || headline.verbatim || !nextButRubric(state, caption.line, headline.line)) continue;
    // The teaser's headline printed as its picture's caption too (`Headline - Sputnik Қазақстан, 1920, 08.10.2025` /
    // `Headline`) is another report's under the lead, however long and wherever it stands.
    if (!(index > lead && headline.text === described) && !teaserBetweenParagraphs(lines, index, described)) continue;
    signatures ??= ownSignatures(state);
    if (!signatures.includes(SIGNATURE_WORD.exec(caption.text)![1]!)) continue;
    teasers.add(index).add(index + 1);
  }
  if (teasers.size === 0) return;
  for (const index of teasers) state.skipped.push({ line: lines[index]!.line, text: lines[index]!.text, rule: 'teaser of another report' });
  state.lines = lines.filter((_, at) => !teasers.has(at));
}

// Another report's headline linked under the lead with the page's word for «read on» after a colon or a dash, no
// closing mark (`Бельгия потеряла звезду перед матчем: подробности`, Vesti.kz): a link, never a line of the text,
// which would close its sentence. Below the lead only: a report's own headline may end so.
const DETAILS_LINK = /^\S.{10,200}?(?::|\s[-–—])\s+(?:подробности|детали)$/u;
const DETAILS_WORDS_MIN = 4;

function detailsLinks(state: ParseState): void {
  const lead = state.lines.findIndex(isSentenceLine);
  if (lead < 0) return;
  const links = new Set<number>();
  state.lines.forEach((line, index) => {
    if (index > lead && !line.verbatim && line.text.length <= 220 && (line.text.endsWith('подробности') || line.text.endsWith('детали')) && DETAILS_LINK.test(line.text) && wordCount(line.text) >= DETAILS_WORDS_MIN) links.add(index);
  });
  if (links.size === 0) return;
  for (const index of links) state.skipped.push({ line: state.lines[index]!.line, text: state.lines[index]!.text, rule: 'teaser of another report' });
  state.lines = state.lines.filter((_, at) => !links.has(at));
}

export function inlineTeaser(state: ParseState): void {
  captionedTeasers(state);
  detailsLinks(state);
  const { lines } = state;
  const lead = lines.findIndex(isSentenceLine);
  if (lead < 0) return;
  // Right under the lead or the paragraph under it only: further down, a line between two paragraphs is the report's
  // own subheading, however little of the text above it names.
  for (let index = lead + 1; index <= lead + GAPS && index < lines.length - 1; index++) {
    const line = lines[index]!;
    if (isSentenceLine(line)) continue;
    // A paragraph the copy cut on its comma goes on past the line: the line is the report's.
    const above = lines[index - 1]!;
    if (!isSentenceLine(above) || !endsAsSentence(above.text) || !isSentenceLine(lines[index + 1]!) || !isInlineTeaser(state, line, index)) continue;
    state.skipped.push({ line: line.line, text: line.text, rule: 'teaser of another report' });
    state.lines = lines.filter((_, at) => at !== index);
    return;
  }
}

function isInlineTeaser(state: ParseState, line: SourceLine, index: number): boolean {
  const { lines } = state;
  const words = wordCount(line.text);
  if (line.verbatim || line.text.includes(',') || SIGNED_QUOTE.test(line.text) || TOLD_ABOUT.test(line.text) || !CLOSES_BARE.test(line.text) || DIALOGUE.test(lines[index + 1]!.text) || words < WORDS_MIN || words > WORDS_MAX || !isHeadlineLike(line.text) || !hasHeadlineVerb(line.text)) return false;
  if (hasSectionHeading(lines.slice(index + 1))) return false;
  const above = lines.slice(0, index).map((above) => above.text).join(' ');
  const own = stems(line.text);
  // A heading the paragraph under it retells is the report's own section's (`Многоэтажки стоят – «буржуйки»
  // в окно дымят` over `… трубы «буржуек» … в многоэтажных домах`): a teaser speaks of something else there too.
  return speaksOfElse(own, `${state.article.title ?? ''} ${above}`) && speaksOfElse(own, lines[index + 1]!.text);
}

/** Fewer than a third of the line's stems are in `text`. */
function speaksOfElse(own: readonly string[], text: string): boolean {
  const known = new Set(stems(text));
  return own.filter((stem) => known.has(stem)).length * 3 < own.length;
}
