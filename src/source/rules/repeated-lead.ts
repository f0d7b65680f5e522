import { META_RULES } from '../clutter/table.ts';
import { isSentenceLine, wordCount } from '../line-shape.ts';
import type { ParseState, SourceLine } from '../state.ts';
import { attributionIn, datelineOf } from './attribution.ts';

const META_NAMES = new Set<string>([META_RULES.stamp.name, META_RULES.counter.name]);

/**
 * Some pages print their summary above the share row and again as the lead (tengrinews.kz):
 * the first paragraph, printed once more right after it with page matter or a blank line between
 * the copies, is published once. So is a copy on the adjacent line under the page's stamp or view
 * counter (`• 12248 просмотров` above a summary and the lead alike); other adjacent copies are
 * repeated-paragraph's. A summary the lead repeats edited is left out the same way.
 */
// An excerpt cut off with dots: `… В их числе и национал...`, the page's stamp and name after it or not
// (`… передает корреспондент... 07.05.2023, Sputnik Казахстан`, ru.sputnik.kz).
const CUT_DOTS = /(?:\.{3}|…)(?:\s+\d{1,2}\.\d{1,2}\.\d{4},\s+\p{L}[\p{L}\d. -]{1,40})?$/u;
const EXCERPT_SHORTEST = 40;

/**
 * The lead's start, cut off with dots, printed above the lead as the page's summary (kapital.kz:
 * `… В их числе и национал...` over `… В их числе и национальная лига …`): the lead holds every word of it.
 * The page's meta description is one too, its stamp and the site's name after the dots.
 */
function cutExcerpt(state: ParseState): void {
  const [first, second] = state.lines;
  if (!first || !second || first.verbatim || second.verbatim || !CUT_DOTS.test(first.text)) return;
  const body = first.text.replace(CUT_DOTS, '');
  if (body.length < EXCERPT_SHORTEST || !second.text.startsWith(body) || second.text.length <= body.length) return;
  state.lines.shift();
  state.skipped.push({ line: first.line, text: first.text, rule: 'summary repeated as the lead' });
}

// A dek is a phrase of six words or more; the text's copy goes on after it with a mark or a space.
const DEK_WORDS = 6;
// A dek closing its sentence, or closing on a mark that goes on (written once: a `u` pattern inside a function
// is built anew at each call once the TypeScript loader lowers it).
const CLOSES_SENTENCE = /[.!?]["»“”')]*$/u;
const CLOSES_PHRASE = /[…:;,]["»“”')]*$/u;
// Where the text's copy goes on after a sentence's dek: the next sentence, a capital opening it; after a phrase's: a mark or a space.
const NEXT_SENTENCE_OPENS = /^\s+["«“(]?\p{Lu}/u;
const PHRASE_GOES_ON = /^[\s.,;:!?]/u;
// How far down the text the dek's copy is looked for: the lead and the two paragraphs after it.
const DEK_REACH = 3;
// The attribution clause closing a dek's copy: after its comma, up to eight words and the period, no other sentence.
const ATTRIBUTION_TAIL = /^,\s+(?=.{3,80}$)(?:[^.!?]|\.(?=\S))+[.!?]$/u;

// A dek of six words or more holds eleven characters at least, its closing marks aside: any copy of it opens with them.
const DEK_OPENING = 11;

/**
 * A line of the next few holds the dek's opening, at its start or inside it (an excerpt printed again within a
 * paragraph): tested first, as most pages print no dek again.
 */
function openedAgain(lines: SourceLine[], dek: string): boolean {
  const opening = dek.slice(0, DEK_OPENING);
  return lines.slice(1, 1 + DEK_REACH).some((line) => !line.verbatim && line.text.includes(opening));
}

/** The dek's sentence, `body` its text without its period, printed again closing on the outlet's attribution: `<body>, деп хабарлайды Ulysmedia.kz.` */
function closesOnAttribution(text: string, body: string): boolean {
  return text.startsWith(`${body},`) && ATTRIBUTION_TAIL.test(text.slice(body.length)) && attributionIn(text.slice(body.length + 1).trim()) !== undefined;
}

/**
 * The dek over the lead, closing no sentence, printed again as the start of the lead or of a paragraph
 * right after it (kazpravda.kz: `<dek>` / `Фото …` / lead / `<dek>, на который …`): the page's summary, its
 * words all in the text, published once, in the text. So is a dek of one sentence printed again as the
 * first sentence of such a paragraph, another sentence after it (liter.kz: `<dek>.` / lead / `<dek>. Все …`),
 * or as the whole paragraph after the lead, the dek and the lead printed together above a blank line.
 */
function dekInText(state: ParseState): void {
  const first = state.lines[0];
  if (!first || first.verbatim || !openedAgain(state.lines, first.text) || wordCount(first.text) < DEK_WORDS) return;
  const sentence = CLOSES_SENTENCE.test(first.text);
  if (!sentence && CLOSES_PHRASE.test(first.text)) return;
  // A sentence's copy goes on with the next sentence; a phrase's with a mark or a space.
  const goesOn = sentence ? NEXT_SENTENCE_OPENS : PHRASE_GOES_ON;
  // A sentence's copy may be the whole paragraph after the lead when the page prints the dek and the lead
  // as its head, a blank line setting the text apart (zakon.kz's amp pages: `<dek>.` / lead / `` / `<dek>.`);
  // a sentence the text says again, no blank line between, stays twice.
  const lines = state.lines;
  // A sentence's copy may close on the outlet's attribution instead of its period (sn.kz: `<dek>.` /
  // `<dek>, деп хабарлайды Ulysmedia.kz.`): the clause after the comma is the attribution alone.
  const body = sentence ? first.text.replace(CLOSES_SENTENCE, '') : undefined;
  const copy = lines.slice(1, 1 + DEK_REACH).some((line, i) => !line.verbatim && ((line.text.startsWith(first.text)
    && (goesOn.test(line.text.slice(first.text.length))
      || (sentence && i > 0 && line.text === first.text && lines[1]!.line === first.line + 1 && line.line > lines[i]!.line + 1)))
    || (body !== undefined && closesOnAttribution(line.text, body))));
  if (!copy && !(sentence && excerptInsideText(state))) return;
  state.lines.shift();
  state.skipped.push({ line: first.line, text: first.text, rule: 'dek repeated in the text' });
}

// Where a sentence opens inside a paragraph: after another's closing mark and a space.
const AFTER_SENTENCE = /[.!?…]["»“”')]*\s$/u;
// Where it ends inside one: the next sentence's capital, or the paragraph's end.
const NEXT_SENTENCE = /^(?:\s+["«“(]?[\p{Lu}\d]|\s*$)/u;

// A sentence's end, then the next sentence opening with a capital: the line holds two sentences.
const SENTENCE_THEN_ANOTHER = /[.!?…]["»“”')]*\s+["«“(]?\p{Lu}/u;

/**
 * The page's excerpt printed above the text, page matter between (ernur.kz: `<excerpt>.` / `` / `<headline>` /
 * lead / … / `… <excerpt>. …`): one sentence, found word for word as a whole sentence inside a paragraph within
 * reach of the lead, is that paragraph's, printed once, in the text. The first line holds no other sentence, and a
 * line the page prints between it and the lead was left out (the headline's copy, a counter), setting it apart.
 */
function excerptInsideText(state: ParseState): boolean {
  const [first, next] = state.lines;
  if (!first || !next || SENTENCE_THEN_ANOTHER.test(first.text)) return false;
  if (!state.skipped.some((s) => s.line > first.line && s.line < next.line)) return false;
  return state.lines.slice(1, 1 + DEK_REACH).some((line) => {
    if (line.verbatim) return false;
    for (let at = line.text.indexOf(first.text, 1); at > 0; at = line.text.indexOf(first.text, at + 1)) {
      if (AFTER_SENTENCE.test(line.text.slice(Math.max(0, at - 4), at)) && NEXT_SENTENCE.test(line.text.slice(at + first.text.length))) return true;
    }
    return false;
  });
}

// How far down the lead is looked for: under a short line or two the page prints above it (a credit no rule knew).
const LEAD_REACH = 3;

export function repeatedLead(state: ParseState): void {
  cutExcerpt(state);
  dekInText(state);
  if (copyAt(state, 0)) return;
  // The lead under a short line or two no rule knew (a credit with no label): the first line closing a sentence.
  const at = state.lines.slice(0, LEAD_REACH).findIndex(isSentenceLine);
  if (at > 0) copyAt(state, at);
}

/** The paragraph at the index printed again as the next line, page matter or a blank line between: one copy leaves. */
function copyAt(state: ParseState, at: number): boolean {
  const [first, second] = state.lines.slice(at, at + 2);
  if (!first || !second || first.verbatim || second.verbatim || (second.line === first.line + 1 && !state.skipped.some((s) => s.line < first.line && META_NAMES.has(s.rule)))) return false;
  if (first.text === second.text) {
    state.lines.splice(at + 1, 1);
    state.skipped.push({ line: second.line, text: second.text, rule: 'summary repeated as the lead' });
    return true;
  }
  // A summary edited into the lead is told only at the top.
  if (at > 0 || !editedCopy(first.text, second.text)) return false;
  state.lines.splice(0, 1);
  state.skipped.push({ line: first.line, text: first.text, rule: 'summary repeated as the lead' });
  return true;
}

// The first sentence, of six words or more, up to its closing mark.
const FIRST_SENTENCE = /^.{20,300}?[.!?](?=\s+\p{Lu}|\s*$)/u;
const WORDS_KEPT = 0.75;
// An edit of a sentence adds a word or two: `…, который мог …` becomes `…, который когда-то мог …`.
const WORDS_ADDED = 2;
const OPENING_WORDS = 6;
const WORDS = /[\p{L}\d]+/gu;
const wordsOf = (text: string) => text.toLowerCase().match(WORDS) ?? [];
const FIRST_WORD = /[\p{L}\d]+/u;

/**
 * The lead's first sentence is the summary's, or that sentence with a word or two added: the same first
 * six words, and every word of the summary's in order.
 */
function sameSentence(opening: string, lead: string): boolean {
  if (lead.startsWith(opening)) return true;
  const sentence = FIRST_SENTENCE.exec(lead)?.[0];
  // Tested first: most leads open on another word, and need not be split into words.
  if (sentence === undefined || FIRST_WORD.exec(opening.toLowerCase())?.[0] !== FIRST_WORD.exec(sentence.toLowerCase())?.[0]) return false;
  const own = wordsOf(opening);
  const theirs = wordsOf(sentence);
  if (theirs.length < own.length || theirs.length > own.length + WORDS_ADDED || own.slice(0, OPENING_WORDS).join(' ') !== theirs.slice(0, OPENING_WORDS).join(' ')) return false;
  let next = 0;
  for (const word of theirs) if (word === own[next]) next++;
  return next === own.length;
}

/**
 * The summary is the lead's first version, the lead edited after it (semeytany.kz): both open with
 * the same sentence, or the lead with a word or two added to it (the lead after its dateline,
 * ru.sputnik.kz), and three quarters of the summary's words or more are the lead's. The lead, the
 * later text, is kept.
 */
function editedCopy(summary: string, dated: string): boolean {
  // Tested first: the lead, its dateline left out or not, is as long as most of the summary.
  if (dated.length < summary.length * 0.8) return false;
  const opening = FIRST_SENTENCE.exec(summary)?.[0];
  if (!opening || wordCount(opening) < OPENING_WORDS) return false;
  // The lead may open on its agency's dateline, which the summary leaves out (`АСТАНА, 30 июл — Sputnik. …`).
  const lead = dated.slice(datelineOf(dated)?.length ?? 0);
  if (lead.length < summary.length * 0.8 || !sameSentence(opening, lead)) return false;
  const known = new Set(wordsOf(lead));
  const own = wordsOf(summary);
  return own.filter((word) => known.has(word)).length >= own.length * WORDS_KEPT;
}
