// Inline syntax anywhere in a line: emphasis, code, links and images, raw HTML and entities,
// tables, strikethrough, and the backslash itself.
const INLINE = /[\\`*_[\]<>&|~]/g;
// Block syntax that only counts at the start of a line.
const ORDERED_LIST = /^(\d+)([.)])/;
const BLOCK_MARKER = /^[#>+=-]/;

/**
 * One line of plain text → Markdown that renders as the same literal text. Backslash escapes are
 * CommonMark's way to say "this punctuation is text"; only what could be read as syntax is
 * escaped, so the file stays readable (`Kazpravda.kz`, not `Kazpravda\.kz`).
 */
export function escapeMarkdown(text: string): string {
  const escaped = text.replace(INLINE, '\\$&');
  if (ORDERED_LIST.test(escaped)) return escaped.replace(ORDERED_LIST, '$1\\$2');
  return escaped.replace(BLOCK_MARKER, '\\$&');
}
