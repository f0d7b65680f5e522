import type { SourceLine } from './state.ts';

// Spaces other than U+0020 that copy-paste brings in (tab, no-break, thin, ideographic...), and the
// line separator U+2028: a break inside one paragraph or headline (a copied <br>), which a source,
// one paragraph a line, writes as a space.
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u2028\u202f\u205f\u3000]+/g;
// The paragraph separator U+2029 ends a paragraph as a line break does; the lines it makes keep the
// number of the line that held it, as editors show it.
const LINE_BREAK = /\r\n|\r|\n/;
const PARAGRAPH_SEPARATOR = '\u2029';
// Invisible characters that carry no text: zero-width space, stray BOMs, C0/C1 controls, and the
// blank braille pattern pages use as an empty line that survives copying.
const INVISIBLE = /[\u200b\ufeff\u2800\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// An emoji's variation selector left behind when the emoji was lost in copying, at a line's start or after a
// space or a letter (`️Қазалы ауданы …`): it carries nothing; after a symbol it stays with it.
const STRAY_SELECTOR = /(?<=^|[\s\p{L}\p{P}])[\ufe0e\ufe0f]+/gu;
// Bidirectional controls (marks, embeddings, overrides, isolates) reorder how text is displayed, so
// a title or tag could show one thing and say another; Russian and Kazakh text never needs them.
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

// One class of all three, quicker to scan a paragraph with than their alternatives.
const classOf = (pattern: RegExp) => /^\[(.*)\]\+?$/u.exec(pattern.source)![1]!;
const NEEDS_CLEANING = new RegExp(`[${classOf(INVISIBLE)}${classOf(BIDI_CONTROLS)}${classOf(SPACES)}\ufe0e\ufe0f]| {2}`);

/**
 * Splits a source into its non-blank lines with their original line numbers.
 * Normalizes line endings (LF, CRLF, CR, U+2029), a leading BOM, indentation, runs of spaces and
 * U+2028, and drops invisible controls, bidirectional controls and stray variation selectors;
 * never touches letters or punctuation.
 */
export function normalizeLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  // Most sources end their lines with LF alone, split on a string, quicker than on the pattern.
  const split = text.includes('\r') ? text.split(LINE_BREAK) : text.split('\n');
  for (let index = 0; index < split.length; index++) {
    const line = split[index]!;
    if (line.includes(PARAGRAPH_SEPARATOR)) for (const raw of line.split(PARAGRAPH_SEPARATOR)) pushClean(lines, raw, index + 1);
    else pushClean(lines, line, index + 1);
  }
  return lines;
}

/** One line of the source, cleaned, kept when anything is left of it. */
function pushClean(lines: SourceLine[], raw: string, line: number): void {
  // Most lines hold none of these: one test instead of four replacements (every source is read at each build that finds it changed).
  const clean = (NEEDS_CLEANING.test(raw) ? raw.replace(INVISIBLE, '').replace(BIDI_CONTROLS, '').replace(STRAY_SELECTOR, '').replace(SPACES, ' ').replace(/ {2,}/g, ' ') : raw).trim();
  if (clean !== '') lines.push({ text: clean, line });
}
