import type { MarkdownIt, Token } from 'markdown-it';
import type { CustomRecord } from 'pagefind';
import { readableDate } from '../index/dates.ts';
import { languageCode } from '../index/languages.ts';
import type { SiteArticle, TagRef } from '../index/site-index.ts';
import { typeset } from '../index/body/typography/typeset.ts';

/** What of an article its search record is made from, but its body, and the file the body is read from. */
export type ArticleToIndex = Pick<SiteArticle, 'url' | 'title' | 'date' | 'lang' | 'file' | 'photo' | 'photoCredit' | 'outlet' | 'via'> & {
  tags: Pick<TagRef, 'name'>[];
};

/** What of an article its search record is made from. */
export type SearchArticle = Omit<ArticleToIndex, 'file'> & { body: string };

/** Just those fields, to hand an article to an indexing thread, which reads the body itself. */
export function articleToIndex(article: SiteArticle): ArticleToIndex {
  const { url, title, date, lang, file, photo, photoCredit, outlet, via } = article;
  return { url, title, date, lang, file, photo, photoCredit, outlet, via, tags: article.tags.map(({ name }) => ({ name })) };
}

/**
 * What search indexes of an article, made from the article itself rather than read back from its
 * page, so that indexing need not wait for Eleventy: the text of the article block of its page
 * (title, date, body, the credit of a photo it shows, attribution, tags) as plain text, typeset as the page shows it.
 */
export function searchRecord(article: SearchArticle, markdown: MarkdownIt): CustomRecord {
  return recordOf(article, markdown.parse(article.body, { lang: article.lang }));
}

/**
 * The search record of an article and, from the same parse, its body as HTML, as the markdown
 * filter renders it for its page (markdown-it's own `render` is this parse and this rendering).
 */
export function searchRecordAndBody(article: SearchArticle, markdown: MarkdownIt): { record: CustomRecord; bodyHtml: string } {
  const env = { lang: article.lang };
  const tokens = markdown.parse(article.body, env);
  return { record: recordOf(article, tokens), bodyHtml: markdown.renderer.render(tokens, markdown.options, env) };
}

function recordOf(article: SearchArticle, bodyTokens: Token[]): CustomRecord {
  const title = typeset(article.title, article.lang);
  const blocks = [title, readableDate(article.date, article.lang), ...bodyBlocks(bodyTokens)];
  // The page shows a credit with its photo only.
  if (article.photoCredit && article.photo) blocks.push(`Фото: ${article.photoCredit}`);
  if (article.outlet) blocks.push(`Источник: ${article.outlet}${article.via ? `, со ссылкой на ${article.via}` : ''}`);
  blocks.push(...article.tags.map((tag) => `#${tag.name}`));
  return { url: article.url, language: languageCode(article.lang), meta: { title }, content: blocks.map(asSentence).join(' ') };
}

/** The text of each paragraph, heading or list item of the body, markup left out. */
function bodyBlocks(tokens: Token[]): string[] {
  return tokens
    .filter((token) => token.type === 'inline')
    .map((token) => inlineText(token.children ?? []).trim())
    .filter((text) => text.length > 0);
}

function inlineText(tokens: Token[]): string {
  return tokens
    .map((token) => {
      if (token.type === 'text' || token.type === 'code_inline') return token.content;
      if (token.type === 'softbreak' || token.type === 'hardbreak') return ' ';
      if (token.type === 'image') return inlineText(token.children ?? []);
      return '';
    })
    .join('');
}

/** Blocks read as sentences in search excerpts: «Заголовок. 27 января 2026. Текст…» (؟ ؛: Arabic script). */
function asSentence(block: string): string {
  return /[.!?…:;؟؛]$/.test(block) ? block : `${block}.`;
}
