import markdownIt, { type MarkdownIt } from 'markdown-it';
import { typographyPlugin } from './typography/markdown-rule.ts';

/**
 * The renderer for article bodies. Raw HTML is off: a source's `<script>` is text, not markup.
 * markdown-it's typographer is off, so `(c)` or `...` stay as the author typed them; habar's own
 * Russian/Kazakh typography (quotes, dashes, non-breaking spaces) runs instead: render with `{ lang }`.
 */
export function createMarkdown(): MarkdownIt {
  return markdownIt({ html: false, linkify: false, typographer: false }).use(typographyPlugin);
}
