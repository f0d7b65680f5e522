/**
 * Folds what the typography rule is allowed to change (quotation mark glyphs, a spaced dash,
 * non-breaking spaces), so rendered text can be compared word for word with what the author wrote.
 */
export function withoutTypography(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/[«»„“”]/g, '"')
    .replace(/(^|\s)[–—](?=\s|$)/g, '$1-');
}
