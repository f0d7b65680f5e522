/**
 * The characters a line matching a pattern can open with, read from the pattern's own source: every
 * alternative anchored at `^` and opening on one character's pattern (a letter, a class, an escape like
 * `\d` or `\p{Lu}`), or on optional atoms and then one. The clutter table's rules are tried on a line only
 * when its first character is one of its rule's; most rules open on words, and most lines match none.
 * A pattern read otherwise (a lookaround, `.`, no `^`, nothing but optional atoms) has no opening: it is always tried.
 */

/** A pattern testing one character against the openings of `pattern`, with its flags; undefined when it cannot tell. */
export function openingOf(pattern: RegExp): RegExp | undefined {
  // Only `u` patterns are read: a character is then one code point, as the first character tested is.
  if (!pattern.flags.includes('u') || /[mvgy]/u.test(pattern.flags)) return undefined;
  const read = alternatives(pattern.source, 0, true);
  if (read === undefined || read.end !== pattern.source.length) return undefined;
  return new RegExp(`^(?:${read.openings.join('|')})`, pattern.flags);
}

interface Read {
  openings: string[];
  end: number;
  /** The alternatives may match nothing: one of them is empty (`(?:@\S+\s|)♬`), and the atom after them may open the line. */
  empty?: boolean;
}

/** The openings of each alternative from `at` to the group's `)` or the source's end, each read by `read` (one character's or two's). */
function alternatives(source: string, at: number, top: boolean, read: (source: string, at: number, top: boolean) => Read | undefined = opening): Read | undefined {
  const openings: string[] = [];
  let empty = false;
  for (let start = at; ; ) {
    const first = read(source, start, top);
    if (first === undefined) return undefined;
    openings.push(...first.openings);
    empty ||= first.empty === true;
    const end = alternativeEnd(source, first.end);
    if (source[end] !== '|') return { openings, end, empty };
    start = end + 1;
  }
}

// A quantifier that lets its atom match nothing: `?`, `*`, `{0,n}`, lazy or not.
const OPTIONAL = /^(?:[?*]|\{0(?:,\d*)?\})\??/u;
const CLASS_ESCAPE = /^\\(?:[dDwWsS]|[pP]\{[^}]+\})/u;
const PUNCTUATION_ESCAPE = /^\\[^\p{L}\p{N}]/u;
const LITERAL = /^[^\\^$.|?*+()[\]{}]/u;

/**
 * The openings of the alternative at `at` (after its `^` at the top) and where its first atom ends: an
 * optional atom opens it or lets the next one open it (`(?:автор\s+)?фото`).
 */
function opening(source: string, at: number, top: boolean): Read | undefined {
  if (top && source[at] !== '^') return undefined;
  // An empty alternative inside a group (`(?:x|)`) opens on nothing of its own.
  if (!top && (source[at] === '|' || source[at] === ')')) return { openings: [], end: at, empty: true };
  const openings: string[] = [];
  for (let start = top ? at + 1 : at; ; ) {
    const atom = firstAtom(source, start);
    if (atom === undefined) return undefined;
    openings.push(...atom.openings);
    const optional = OPTIONAL.exec(source.slice(atom.end))?.[0] ?? (atom.empty ? '' : undefined);
    if (optional === undefined) return { openings, end: atom.end };
    start = atom.end + optional.length;
  }
}

// A group's opening: `(`, `(?:`, a named group's `(?<name>`, a lookaround's `(?=`, `(?!`, `(?<=`, `(?<!`.
const GROUP_OPENING = /^\((?:\?(?::|=|!|<=|<!|<[^=!][^>]*>))?/u;
const LOOKAROUNDS: readonly string[] = ['(?=', '(?!', '(?<=', '(?<!'];

/** The opening of the group at the start of `rest`; undefined for any other `(?` (a syntax not read here). */
function groupOpening(rest: string): string | undefined {
  const open = GROUP_OPENING.exec(rest)![0];
  return open === '(' && rest[1] === '?' ? undefined : open;
}

function firstAtom(source: string, at: number): Read | undefined {
  const rest = source.slice(at);
  if (rest.startsWith('(')) {
    // A lookaround matches no character of the line.
    const open = groupOpening(rest);
    if (open === undefined || LOOKAROUNDS.includes(open)) return undefined;
    const inner = alternatives(source, at + open.length, false);
    return inner && source[inner.end] === ')' ? { openings: inner.openings, end: inner.end + 1, empty: inner.empty } : undefined;
  }
  if (rest.startsWith('[')) {
    const end = classEnd(source, at) + 1;
    return { openings: [source.slice(at, end)], end };
  }
  const atom = CLASS_ESCAPE.exec(rest)?.[0] ?? PUNCTUATION_ESCAPE.exec(rest)?.[0] ?? LITERAL.exec(rest)?.[0];
  return atom === undefined ? undefined : { openings: [atom], end: at + atom.length };
}

/** The index of the `]` closing the class opened at `at`. */
function classEnd(source: string, at: number): number {
  let i = at + 1;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  return i;
}

/** The index of the `|` or `)` closing the alternative that goes on at `at`, or the source's end. */
function alternativeEnd(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')' && depth-- === 0) return i;
    else if (c === '|' && depth === 0) return i;
  }
  return source.length;
}

/**
 * The first two characters a line matching a pattern can open with, read as openingOf reads the first: each anchored
 * alternative's first atom and the one after it (`^(?:фото|видео)\s` → `фо`, `ви`), or its first atom alone where the
 * second is not read (the first optional or repeated, the second optional, a lookaround, the alternative's end). A
 * pattern to test on a line's first two characters; undefined when openingOf is.
 */
export function pairOpeningOf(pattern: RegExp): RegExp | undefined {
  if (openingOf(pattern) === undefined) return undefined;
  const read = alternatives(pattern.source, 0, true, pairOpening);
  if (read === undefined || read.end !== pattern.source.length) return undefined;
  return new RegExp(`^(?:${read.openings.join('|')})`, pattern.flags);
}

// Any quantifier after an atom.
const REPEATED = /^(?:[?*+]|\{\d+(?:,\d*)?\})/u;

/** The openings of two characters of the alternative at `at`, or of one where the second is not read (opening). */
function pairOpening(source: string, at: number, top: boolean): Read | undefined {
  if (top && source[at] !== '^') return undefined;
  if (!top && (source[at] === '|' || source[at] === ')')) return { openings: [], end: at, empty: true };
  const start = top ? at + 1 : at;
  if (source[start] === '(') {
    // A group: the pairs its alternatives open with, when it is neither optional nor repeated nor may match nothing.
    const group = firstAtom(source, start);
    if (group === undefined || group.empty || REPEATED.test(source.slice(group.end))) return opening(source, at, top);
    // firstAtom read the group: its opening is no lookaround.
    const inner = alternatives(source, start + groupOpening(source.slice(start))!.length, false, pairOpening);
    return inner === undefined || inner.empty ? opening(source, at, top) : { openings: inner.openings, end: group.end };
  }
  const first = firstAtom(source, start);
  if (first === undefined || REPEATED.test(source.slice(first.end))) return opening(source, at, top);
  const second = source[first.end] === '(' ? undefined : firstAtom(source, first.end);
  const optional = second === undefined || OPTIONAL.test(source.slice(second.end));
  return { openings: optional ? first.openings : [first.openings[0]! + second.openings[0]!], end: first.end };
}

/**
 * What a line holds, told once per line for the whole table (rules/clutter.ts): `digit`, an ASCII figure (`\d`);
 * `comma` and `colon`, the ASCII marks; `latin`, a letter that may be Latin (core/lookalikes.ts, `MAY_BE_LATIN`:
 * any Latin letter, and every letter an ASCII one folds with under the `i` flag, `K` the Kelvin sign or `ſ`).
 */
export type Need = 'digit' | 'comma' | 'colon' | 'latin';

/**
 * What every line a pattern matches holds, read from the pattern's own source: a figure, a comma, a colon or an
 * ASCII letter that every alternative takes, not optional (`?`, `*`, `{0,n}`), outside a negative lookaround. A
 * pattern read otherwise (a syntax not read here) needs nothing.
 */
export function needsOf(pattern: RegExp): Need[] {
  const read = needsOfAlternatives(pattern.source, 0);
  return read === undefined || read.end !== pattern.source.length ? [] : [...read.needs];
}

interface NeedsRead {
  needs: ReadonlySet<Need>;
  end: number;
}
const NONE = new Set<Need>();

/** The needs every alternative from `at` to the group's `)` or the source's end shares. */
function needsOfAlternatives(source: string, at: number): NeedsRead | undefined {
  let shared: Set<Need> | undefined;
  for (let start = at; ; ) {
    const sequence = needsOfSequence(source, start);
    if (sequence === undefined) return undefined;
    shared = shared === undefined ? new Set(sequence.needs) : new Set([...shared].filter((need) => sequence.needs.has(need)));
    if (source[sequence.end] !== '|') return { needs: shared, end: sequence.end };
    start = sequence.end + 1;
  }
}

// A quantifier after an atom, its least count read: `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`, lazy or not.
const QUANTIFIER = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/u;

/** The needs of the atoms from `at` to the alternative's end that must match at least once. */
function needsOfSequence(source: string, at: number): NeedsRead | undefined {
  const needs = new Set<Need>();
  let i = at;
  while (i < source.length && source[i] !== '|' && source[i] !== ')') {
    const atom = needsOfAtom(source, i);
    if (atom === undefined) return undefined;
    const quantifier = QUANTIFIER.exec(source.slice(atom.end));
    const optional = quantifier !== null && (quantifier[0][0] === '?' || quantifier[0][0] === '*' || Number(quantifier[1]) === 0);
    if (!optional) for (const need of atom.needs) needs.add(need);
    i = atom.end + (quantifier?.[0].length ?? 0);
  }
  return { needs, end: i };
}

function needsOfAtom(source: string, at: number): NeedsRead | undefined {
  const c = source[at]!;
  if (c === '(') {
    const opening = groupOpening(source.slice(at));
    if (opening === undefined) return undefined;
    const inner = needsOfAlternatives(source, at + opening.length);
    if (inner === undefined || source[inner.end] !== ')') return undefined;
    // A negative lookaround matches where its pattern does not: it needs nothing.
    const negative = opening === '(?!' || opening === '(?<!';
    return { needs: negative ? NONE : inner.needs, end: inner.end + 1 };
  }
  if (c === '[') {
    const end = classEnd(source, at) + 1;
    return { needs: needsOfClass(source.slice(at + 1, end - 1)), end };
  }
  if (c === '\\') {
    const escape = /^\\(?:[pPk][{<][^}>]*[}>]|u\{[\da-fA-F]+\}|u[\da-fA-F]{4}|x[\da-fA-F]{2}|c[A-Za-z]|\d+|[^])/u.exec(source.slice(at))![0];
    return { needs: needsOfEscape(escape), end: at + escape.length };
  }
  const character = String.fromCodePoint(source.codePointAt(at)!);
  return { needs: '^$.'.includes(character) ? NONE : needsOfCharacter(character), end: at + character.length };
}

// A letter of the Latin script, whichever (`\p{Script=Latin}`): MAY_BE_LATIN's class holds every one of them.
const LATIN_SCRIPT = /^\\p\{(?:Script|sc)=(?:Latin|Latn)\}$/u;
// An escaped character that is no letter or figure: `\.`, `\-`.
const ESCAPED_MARK = /^\\[^\p{L}\p{N}]$/u;

function needsOfEscape(escape: string): ReadonlySet<Need> {
  if (escape === '\\d') return new Set(['digit']);
  if (LATIN_SCRIPT.test(escape)) return new Set(['latin']);
  return ESCAPED_MARK.test(escape) ? needsOfCharacter(escape[1]!) : NONE;
}

/** What a literal character of a pattern needs: its own kind (an ASCII letter folds only with letters `latin` takes). */
function needsOfCharacter(character: string): ReadonlySet<Need> {
  if (/^\d$/u.test(character)) return new Set(['digit']);
  if (character === ',') return new Set(['comma']);
  if (character === ':') return new Set(['colon']);
  return /^[A-Za-z]$/u.test(character) ? new Set(['latin']) : NONE;
}

/** What a class needs: `digit` when it holds figures only (`[0-9]`, `[\d]`); nothing else is read. */
function needsOfClass(body: string): ReadonlySet<Need> {
  return /^(?:\\d|\d-\d|\d)+$/u.test(body) ? new Set(['digit']) : NONE;
}
