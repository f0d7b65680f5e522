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
}

/** The openings of each alternative from `at` to the group's `)` or the source's end. */
function alternatives(source: string, at: number, top: boolean): Read | undefined {
  const openings: string[] = [];
  for (let start = at; ; ) {
    const first = opening(source, start, top);
    if (first === undefined) return undefined;
    openings.push(...first.openings);
    const end = alternativeEnd(source, first.end);
    if (source[end] !== '|') return { openings, end };
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
  const openings: string[] = [];
  for (let start = top ? at + 1 : at; ; ) {
    const atom = firstAtom(source, start);
    if (atom === undefined) return undefined;
    openings.push(...atom.openings);
    const optional = OPTIONAL.exec(source.slice(atom.end))?.[0];
    if (optional === undefined) return { openings, end: atom.end };
    start = atom.end + optional.length;
  }
}

function firstAtom(source: string, at: number): Read | undefined {
  const rest = source.slice(at);
  if (rest.startsWith('(')) {
    const named = /^\(\?<[^=!][^>]*>/u.exec(rest);
    const open = rest.startsWith('(?:') ? 3 : named ? named[0].length : rest.startsWith('(?') ? undefined : 1;
    if (open === undefined) return undefined;
    const inner = alternatives(source, at + open, false);
    return inner && source[inner.end] === ')' ? { openings: inner.openings, end: inner.end + 1 } : undefined;
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
