// What would change how a terminal shows a message: C0 and C1 controls (ESC and CSI start escape
// sequences, a newline splits a `file:line: reason` line), DEL, the line and paragraph separators,
// and bidirectional controls, which reorder how the rest of the line is displayed.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * `text` with each of those characters written as a JSON-style escape (`\n`, `\u001b`), for every
 * file name, title or tag habar prints: a source's name is as untrusted as its text.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The first `max` characters of `text`, with `…` when it is longer: a quoted line in a message stays on one screen line. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
