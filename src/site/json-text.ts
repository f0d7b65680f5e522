/** Where JSON text stops being valid JSON, and why, for a `file:line:column: reason` line. */
export interface JsonMistake {
  line: number;
  column: number;
  reason: string;
}

/** `text` parsed as JSON.parse does, or the first mistake in it. */
export function parseJson(text: string): { value: unknown } | { mistake: JsonMistake } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const offset = mistakeOffset(text);
    const before = text.slice(0, offset).split('\n');
    return { mistake: { line: before.length, column: before.at(-1)!.length + 1, reason: reasonOf(text, offset, (error as Error).message) } };
  }
}

/**
 * The offset of the first character that cannot continue valid JSON (the text's length when it
 * ends too soon). V8 names the position for some mistakes only, so it is found by parsing prefixes:
 * a prefix ending before the mistake is at worst unfinished, one that holds it is wrong before its end.
 */
function mistakeOffset(text: string): number {
  let low = 1;
  let high = text.length;
  if (!wrongBeforeEnd(text)) return text.length;
  // The shortest prefix that is wrong before its end ends with the mistake.
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (wrongBeforeEnd(text.slice(0, middle))) high = middle;
    else low = middle + 1;
  }
  return low - 1;
}

function wrongBeforeEnd(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (error) {
    const message = (error as Error).message;
    if (message.startsWith('Unexpected end of JSON input')) return false;
    const position = /at position (\d+)/.exec(message);
    return !position || Number(position[1]) < prefix.length;
  }
}

function reasonOf(text: string, offset: number, message: string): string {
  if (offset === text.length) return 'the text ends before the JSON does (a closing } or " missing?)';
  if (offset === 0 && text.startsWith('\uFEFF')) return 'it starts with a byte order mark; save it as UTF-8 without one';
  // V8's reason without its position, e.g. "Expected ',' or '}' after property value".
  const stated = /^(.+?) in JSON at position \d+/.exec(message)?.[1];
  const reason = stated ?? `unexpected ${JSON.stringify(String.fromCodePoint(text.codePointAt(offset)!))}`;
  return reason.charAt(0).toLowerCase() + reason.slice(1);
}
