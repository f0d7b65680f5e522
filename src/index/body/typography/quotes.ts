/** How deep inside quotation marks the text so far is; shared by the text pieces of one paragraph. */
export interface QuoteState {
  depth: number;
}

const QUOTE_MARKS = /[«»„“”"]/g;
const OPENERS = new Set(['«', '„']);
const CLOSERS = new Set(['»', '”']);
// A straight `"` opens a quotation after a space, an opening bracket or another opening mark.
const BEFORE_OPENING = /[\s([{«„—–-]/u;

/**
 * Russian and Kazakh quotation marks: «ёлочки» outside, „лапки“ inside. Straight quotes and
 * quotes nested the wrong way are set by depth; apostrophes are left alone (Kazakh Latin uses them).
 */
export function setQuotes(text: string, state: QuoteState): string {
  return text.replace(QUOTE_MARKS, (char, at: number) => {
    let opens: boolean;
    if (OPENERS.has(char)) opens = true;
    else if (CLOSERS.has(char)) opens = false;
    // `“` closes „лапки“ but opens an English-style quotation at the outer level.
    else if (char === '“') opens = state.depth === 0;
    else opens = at === 0 ? state.depth === 0 : BEFORE_OPENING.test(text[at - 1]!);
    if (opens) return state.depth++ === 0 ? '«' : '„';
    state.depth = Math.max(0, state.depth - 1);
    return state.depth === 0 ? '»' : '“';
  });
}
