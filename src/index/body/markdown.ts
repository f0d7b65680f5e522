import markdownIt, { type MarkdownIt } from 'markdown-it';
import type { Language } from '../../core/language.ts';
import { readArticleBody } from './article-body.ts';
import type { BodyOf, RenderedBodies } from './rendered-bodies.ts';
import { typographyPlugin } from './typography/markdown-rule.ts';

/**
 * The renderer for article bodies. Raw HTML is off: a source's `<script>` is text, not markup.
 * markdown-it's typographer is off, so `(c)` or `...` stay as the author typed them; habar's own
 * Russian/Kazakh typography (quotes, dashes, non-breaking spaces) runs instead: render with `{ lang }`.
 */
export function createMarkdown(): MarkdownIt {
  return markdownIt({ html: false, linkify: false, typographer: false }).use(typographyPlugin);
}

/**
 * Renders a body once for its article page and its feeds: the newest articles appear in the site
 * feed and in a feed per tag, and a warm update writes the same feeds again. Keeps the most
 * recently used `capacity` bodies (a few tens of MB), so memory stays flat however large the archive.
 */
export function cachedRenderer(markdown: MarkdownIt, { capacity = 4000 }: { capacity?: number } = {}): (body: string, lang?: Language) => string {
  // Keyed by the body's text, read from its file for each page: an unchanged body hits whichever
  // update asks for it, and an edited one misses. The language is checked, not joined into the key.
  const cache = new Map<string, { lang?: Language; html: string }>();
  return (body, lang) => {
    const cached = cache.get(body);
    const html = cached && cached.lang === lang ? cached.html : markdown.render(body, { lang });
    if (cached) cache.delete(body);
    else if (cache.size === capacity) cache.delete(cache.keys().next().value!);
    cache.set(body, { lang, html });
    return html;
  };
}

/**
 * The `articleBody` filter: an article's body as HTML. In a full build, `rendered` has it when the
 * search threads have sent it; otherwise the body is read from the article's file under `root` and
 * rendered by `render`.
 */
export function articleBodyRenderer(render: (body: string, lang?: Language) => string, root: string, rendered?: RenderedBodies): (article: BodyOf & { version: string }) => string {
  return (article) => {
    // The body is the file's: its version is read too, so that a page's recorded reads (page-reads.ts) cover it.
    void article.version;
    const { file, lang } = article;
    return rendered?.take(file, lang) ?? render(readArticleBody(root, file), lang);
  };
}
