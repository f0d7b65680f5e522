import type { MarkdownIt, Token } from 'markdown-it';
import type { CustomRecord } from 'pagefind';
import { writingOf } from '../core/language.ts';
import { WORDS } from '../core/words/index.ts';
import { readableDate } from '../index/dates.ts';
import { languageCode } from '../index/languages.ts';
import type { SiteArticle, TagRef } from '../index/site-index.ts';
import { typeset } from '../index/body/typography/typeset.ts';
import { markFunctionWords, WORD_JOINER } from './function-words.ts';
import { searchForms } from '../../content/assets/kazakh-search.js';

/** What of an article its search record is made from, but its body, and the file the body is read from. */
export type ArticleToIndex = Pick<SiteArticle, 'url' | 'title' | 'date' | 'time' | 'lang' | 'latin' | 'file' | 'photo' | 'photoCredit' | 'outlet' | 'via'> & {
  tags: Pick<TagRef, 'name'>[];
};

/** What of an article its search record is made from. */
export type SearchArticle = Omit<ArticleToIndex, 'file'> & { body: string };

/** Just those fields, to hand an article to an indexing thread, which reads the body itself. */
export function articleToIndex(article: SiteArticle): ArticleToIndex {
  const { url, title, date, time, lang, latin, file, photo, photoCredit, outlet, via } = article;
  return { url, title, date, time, lang, ...(latin && { latin }), file, photo, photoCredit, outlet, via, tags: article.tags.map(({ name }) => ({ name })) };
}

/**
 * What search indexes of an article, made from the article itself rather than read back from its
 * page, so that indexing need not wait for Eleventy. Its text (`content`, which results quote) is
 * that of the body, photo credit and attribution, typeset as the page shows them; the title, the
 * date and the tags are fields of their own (`meta`, searched too), shown apart from the quote,
 * and the year and the tags are the filters of the search page. One-letter and function words are
 * marked to keep them out of the index's words (function-words.ts). A Kazakh article in Cyrillic
 * or Latin script also has the folded forms and stems of its words (`kazakhForms`).
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
  const blocks = bodyBlocks(bodyTokens);
  const writing = writingOf(article);
  const words = WORDS[writing];
  // The page shows a credit with its photo only.
  if (article.photoCredit && article.photo) blocks.push(`${words.photo}: ${article.photoCredit}`);
  if (article.outlet) blocks.push(`${words.source}: ${article.outlet}${article.via ? `, ${words.via} ${article.via}` : ''}`);
  const title = typeset(article.title, article.lang);
  const tags = article.tags.map((tag) => tag.name);
  const content = blocks.length > 0 ? blocks.map(asSentence).join(' ') : title;
  return {
    url: article.url,
    language: languageCode(article.lang),
    meta: {
      title: markFunctionWords(title),
      date: `${readableDate(article.date, writing)}${article.time ? `, ${article.time}` : ''}`,
      ...(tags.length > 0 && { tags: tags.map((name) => `#${name}`).join(' ') }),
      ...(article.lang === 'kk' && { forms: kazakhForms([title, content, ...tags].join(' ')) }),
    },
    // `lang` (ru, kk, kk-Arab) is for the results' own language, not offered as a filter.
    filters: { year: [article.date.slice(0, 4)], lang: [article.lang], ...(tags.length > 0 && { tag: tags }) },
    // Pagefind drops a record without text: an article without one is found by its title.
    content: markFunctionWords(content),
  };
}

/**
 * The words of a Kazakh text as a query folded by the search page finds them
 * (content/assets/kazakh-search.js): «Қазақстанның» as «kazakstannyn» and «kazakstan», so that
 * «Казакстан» and «Qazaqstan» find it. A field the page never shows; each form is followed by a
 * word joiner, so that Pagefind never takes one for the longest word a query's word starts with
 * (function-words.ts) and a Russian query that finds nothing is not given Kazakh articles.
 */
function kazakhForms(text: string): string {
  return searchForms(text).map((form) => form + WORD_JOINER).join(' ');
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

/** Blocks read as sentences in search excerpts: «Первый абзац. Второй…» (؟ ؛: Arabic script). */
function asSentence(block: string): string {
  return /[.!?…:;؟؛]$/.test(block) ? block : `${block}.`;
}
