import markdownIt, { type MarkdownIt } from 'markdown-it';

/**
 * The renderer for article bodies. Raw HTML is off: a source's `<script>` is text, not markup.
 * Typographer replacements are off too, so `(c)` or `...` stay as the author typed them.
 */
export function createMarkdown(): MarkdownIt {
  return markdownIt({ html: false, linkify: false, typographer: false });
}
