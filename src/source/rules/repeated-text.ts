import { META_RULES } from '../clutter/table.ts';
import { endsAsSentence, foldHeadline, holdsSentence, isSentenceLine, wordCount } from '../line-shape.ts';
import type { ParseState, SourceLine } from '../state.ts';

// A teaser printed above the full text is its first few paragraphs. One sentence printed twice is
// no teaser: it stays twice, as the editor may have meant it.
const TEASER_SHORTEST = 2;
const TEASER_LONGEST = 4;
// The lines left above the first paragraph once clutter is gone are few.
const TOP_LINES = 6;

/**
 * Some pages print the start of a report twice: a teaser, then the full text, each copy under the
 * same stamp (`Jeksenbi, 10 maýsym 2012 0:25` above both), or the copies one after the other at the
 * top of the report. The first copy leaves, recorded; every sentence stays once, in the full text.
 * A page that prints the whole report again under it (its lead and the paragraphs after it, to the
 * source's end, the last one cut off or not) keeps the first copy instead, and so does a page printing
 * its text again from the subheading above the lead; so does a page whose copy of a paragraph, printed
 * again from its start, the source cuts off at its end.
 */
export function repeatedText(state: ParseState): void {
  const teaser = underSameStamp(state) ?? atTheTop(state) ?? againAtTheEnd(state) ?? headedCopyAtTheEnd(state) ?? cutCopyAtTheEnd(state) ?? descriptionAtTheTop(state);
  if (!teaser) return;
  for (const line of teaser) state.skipped.push({ line: line.line, text: line.text, rule: 'text repeated' });
  state.lines = state.lines.filter((line) => !teaser.includes(line));
}

function underSameStamp(state: ParseState): SourceLine[] | undefined {
  const stamps = state.skipped.filter((s) => s.rule === META_RULES.stamp.name);
  for (const [index, stamp] of stamps.entries()) {
    const again = stamps.slice(index + 1).find((s) => s.text === stamp.text);
    if (!again) continue;
    const teaser = state.lines.filter((line) => line.line > stamp.line && line.line < again.line);
    const full = state.lines.filter((line) => line.line > again.line);
    if (teaser.length > 0 && teaser.every((line, k) => !line.verbatim && line.text === full[k]?.text)) return teaser;
  }
  return undefined;
}

/** The first paragraphs of the report (two or more), then the same paragraphs again right after them. */
function atTheTop(state: ParseState): SourceLine[] | undefined {
  const { lines } = state;
  // Compared first, text to text: most reports repeat no line near their top.
  for (let first = 0; first < TOP_LINES && first < lines.length; first++) {
    for (let length = TEASER_SHORTEST; length <= TEASER_LONGEST; length++) {
      if (lines[first + length]?.text !== lines[first]!.text) continue;
      const teaser = lines.slice(first, first + length);
      const isFirstParagraph = isSentenceLine(lines[first]!) && !lines.slice(0, first).some(isSentenceLine);
      if (isFirstParagraph && teaser.every((line, k) => !line.verbatim && line.text === lines[first + length + k]?.text)) return teaser;
    }
  }
  return undefined;
}

/**
 * The page's description above the text: the first paragraph, two sentences or more, printed again word
 * for word as a later paragraph near the top, another paragraph between (`<description>` / lead /
 * `<description>`). The first copy leaves; one sentence printed twice stays, as the editor may have meant it,
 * unless it stands between two copies of the headline, the text's print under the second: the page printed its
 * description above its headline (`<headline>` / `<description>` / `<headline>` / lead / `<description>`).
 */
function descriptionAtTheTop(state: ParseState): SourceLine[] | undefined {
  const { lines } = state;
  const at = lines.findIndex(isSentenceLine);
  const first = lines[at];
  if (!first || first.verbatim || at >= TOP_LINES) return undefined;
  const again = lines.findIndex((line, index) => index > at + 1 && index < at + TOP_LINES && !line.verbatim && line.text === first.text);
  if (again < 0) return undefined;
  if (at === 0 && holdsSentence(first.text)) return [first];
  if (at === 0 || state.article.title === undefined) return undefined;
  const title = foldHeadline(state.article.title);
  const isCopy = (line: SourceLine) => !line.verbatim && foldHeadline(line.text) === title;
  return lines.slice(0, at).some(isCopy) && lines.slice(at + 1, again).some(isCopy) ? [first] : undefined;
}

// A lead printed again is a paragraph of some length: a short line repeats for other reasons.
const COPIED_LEAD = 100;

/** The report's lead and the paragraphs after it (two or more) printed again, running to the source's end: the copy. */
function againAtTheEnd(state: ParseState): SourceLine[] | undefined {
  const { lines } = state;
  const first = lines.findIndex(isSentenceLine);
  const lead = lines[first];
  if (!lead || lead.verbatim || lead.text.length < COPIED_LEAD) return undefined;
  const again = lines.findIndex((line, index) => index > first + 1 && line.text === lead.text);
  if (again < 0) return undefined;
  const copy = lines.slice(again);
  // The source may end inside the copy's last paragraph, cut where the page was.
  const copied = (line: SourceLine, k: number) => !line.verbatim && (line.text === lines[first + k]!.text || (k === copy.length - 1 && k > 0 && lines[first + k]!.text.startsWith(line.text)));
  return copy.length >= 2 && first + copy.length <= again && copy.every(copied) ? copy : undefined;
}

// A copied paragraph's start cut off where the source ends holds a few words of it at least.
const CUT_COPY_WORDS = 3;

/**
 * The line printed right above the report's lead (a subheading, kept or left out as the headline's
 * copy), then the lead and the paragraphs after it, printed again to the source's end, the last cut
 * off or not (`<subheading>` / lead / … / `<subheading>` / lead): the copy. The lead is a paragraph
 * of six words or more; a subheading printed again alone is text.
 */
function headedCopyAtTheEnd(state: ParseState): SourceLine[] | undefined {
  // The headline is not yet told from the lead: a headline closing on `!` reads as a sentence.
  for (let first = 0; first < TOP_LINES && first < state.lines.length; first++) {
    const copy = isSentenceLine(state.lines[first]!) ? headedCopyOf(state, first) : undefined;
    if (copy) return copy;
  }
  return undefined;
}

/** The copy `headedCopyAtTheEnd` looks for, the lead at index `first`. */
function headedCopyOf(state: ParseState, first: number): SourceLine[] | undefined {
  const { lines } = state;
  const lead = lines[first];
  if (!lead || lead.verbatim) return undefined;
  const kept = lines[first - 1];
  const left = state.skipped.filter((s) => s.line < lead.line).at(-1);
  const above = left && (!kept || left.line > kept.line) ? left.text : kept?.text;
  if (above === undefined) return undefined;
  const head = lines.findIndex((line, index) => index > first && line.text === above);
  // The lead's words counted only once the line above is found again: most reports print none twice.
  if (head < 0 || wordCount(lead.text) < TWICE_WORDS) return undefined;
  const copy = lines.slice(head + 1);
  const copied = (line: SourceLine, k: number) => {
    const original = lines[first + k];
    if (!original || line.verbatim || first + k >= head) return false;
    return line.text === original.text || (k === copy.length - 1 && wordCount(line.text) >= CUT_COPY_WORDS && original.text.startsWith(line.text));
  };
  return copy.length >= 1 && copy.every(copied) ? lines.slice(head) : undefined;
}

/**
 * The source's last line, cut off before its sentence ended, is the start of an earlier paragraph of
 * the report printed again (the page's copy of its text, cut where the page was): every word is in
 * that paragraph.
 */
function cutCopyAtTheEnd(state: ParseState): SourceLine[] | undefined {
  const last = state.lines.at(-1);
  if (!last || last.verbatim || last.text.length < COPIED_LEAD || endsAsSentence(last.text)) return undefined;
  const copied = state.lines.some((line) => line !== last && !line.verbatim && line.text.length > last.text.length && line.text.startsWith(last.text));
  return copied ? [last] : undefined;
}

// A paragraph printed twice is one of six words or more: a short line (a label, a refrain) repeats for other reasons.
const TWICE_WORDS = 6;

/**
 * A paragraph the page prints twice, the copies next to each other or only page matter (lines other
 * rules skipped) or blank lines between them, anywhere in the body (a page template repeating its last
 * paragraph): published once, the second copy recorded. Only the same text, to the character, is a copy.
 * A paragraph of two sentences or more and some length printed again further down, other paragraphs
 * between (a page template repeating a paragraph of its text under the next), is a copy too; a line of
 * one sentence said twice apart stays, as a refrain or a quote said again does.
 */
// A bulleted link of a few words, no sentence: `• «Qazaq» gazeti - 100 jyl`, a series' link a page prints over each of its parts.
const BULLETED_LINK = /^[•·▪]\s*\S(?:[^.!?]*[^.!?\s])?$/u;
const LINK_WORDS = 10;

/** Bulleted links printed twice or more, no sentence among them: the page's links to a series, each copy left out. */
function repeatedLinks(state: ParseState): void {
  const counts = new Map<string, number>();
  for (const line of state.lines) if (!line.verbatim && BULLETED_LINK.test(line.text) && wordCount(line.text) <= LINK_WORDS) counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  const twice = new Set([...counts].filter(([, count]) => count > 1).map(([text]) => text));
  if (twice.size === 0) return;
  state.lines = state.lines.filter((line) => {
    const link = !line.verbatim && twice.has(line.text);
    if (link) state.skipped.push({ line: line.line, text: line.text, rule: 'series link' });
    return !link;
  });
}

export function repeatedParagraph(state: ParseState): void {
  repeatedLinks(state);
  const seen = new Set<string>();
  // Looked for first: almost no source holds a copy, and the lines are copied only then.
  if (!state.lines.some((line, index) => isCopy(state.lines, seen, line, index))) return;
  seen.clear();
  state.lines = state.lines.filter((line, index) => {
    const copy = isCopy(state.lines, seen, line, index);
    if (copy) state.skipped.push({ line: line.line, text: line.text, rule: 'paragraph printed twice' });
    return !copy;
  });
}

/** Whether the line at `index` of `lines` is a paragraph's copy, the texts of the long paragraphs above it `seen`. */
function isCopy(lines: readonly SourceLine[], seen: Set<string>, line: SourceLine, index: number): boolean {
  if (line.verbatim) return false;
  const before = lines[index - 1];
  if (before !== undefined && !before.verbatim && line.text === before.text && wordCount(line.text) >= TWICE_WORDS) return true;
  // Compared first, text to text: the sentence test runs on a copy only.
  if (line.text.length < COPIED_LEAD) return false;
  if (!seen.has(line.text)) {
    seen.add(line.text);
    return false;
  }
  return isLongParagraph(line.text);
}

/** A paragraph of two sentences or more (of a lead's length, tested before): printed again apart, it is a copy. */
function isLongParagraph(text: string): boolean {
  return holdsSentence(text) && endsAsSentence(text);
}
