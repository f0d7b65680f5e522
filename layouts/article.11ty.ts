import type { ArticleLink } from '../src/index/article-links.ts';
import type { TemplateFilters, PageData } from '../src/render/template-data.ts';
import type { ReaderArticle } from '../src/index/reader-index.ts';
import type { Writing } from '../src/core/language.ts';
import type { Words } from '../src/core/words/index.ts';
import { basePage } from './base-page.ts';
import { dirAttribute } from './direction.ts';
import { html, raw, type Html, type Insert } from './html.ts';
import { pageWriting } from './page-words.ts';
import { shareLinks } from './share-links.ts';

type ArticleData = PageData & { article: ReaderArticle };

/**
 * An article's page: its block (status, title, dates, photo with its credit, body, source, tags,
 * share links), the latest news beside it on wide screens, then earlier coverage and its neighbours.
 * Its words and dates are in the article's language and script (pageWriting).
 */
export default class ArticleLayout {
  render(this: TemplateFilters, data: ArticleData): string {
    const { article } = data;
    const filters = this.unwrapped();
    const writing = pageWriting(data, filters);
    const words = filters.words(writing);
    return basePage(
      data,
      filters,
      html`<div class="article-page">
${articleBlock(article, writing, words, filters)}${latestNews(words, data.edition.path, filters)}${related(article, writing, words, filters)}${neighbours(article, writing, words, filters)}
</div>`,
    ).markup;
  }
}

/** The article itself. */
function articleBlock(article: ReaderArticle, writing: Writing, words: Words, filters: TemplateFilters): Html {
  const { lang, leadPhoto, photoCredit } = article;
  const url = filters.fullUrl(article.url);
  const state = filters.publicationState(article);
  return html`<article class="article">${
    state === 'draft'
      ? html`
  <p class="status">${words.draft}</p>`
      : state === 'scheduled' &&
        html`
  <p class="status">${words.scheduled} ${filters.readableDate(article.date, writing)}</p>`
  }
  <h1>${filters.typeset(article.title, lang)}</h1>
  <div class="meta">
    <p class="published">${published(article, writing, filters)}</p>${
      article.modified &&
      html`
    <p class="modified">${words.updated} <time datetime="${article.modified}">${filters.readableDate(article.modified, writing)}</time></p>`
    }
    <p class="print-url">${url}</p>
  </div>${
    leadPhoto &&
    html`
  <figure class="lead-photo">
    ${raw(leadPhoto.html)}${
      photoCredit &&
      html`
    <figcaption class="photo-credit">${words.photo}: ${photoCredit}</figcaption>`
    }
  </figure>`
  }
  <div class="body">
${raw(filters.articleBody(article))}
  </div>${
    article.outlet &&
    html`
  <p class="attribution">${words.source}: ${article.outlet}${article.via && html`, ${words.via} ${article.via}`}</p>`
  }${
    article.tags.length > 0 &&
    html`
  <ul class="tags">${article.tags.map(
    (tag) => html`
    <li><a href="${filters.url(tag.url)}" rel="tag">#${tag.name}</a></li>`,
  )}
  </ul>`
  }${shareLinks(url, article.title, words)}
</article>`;
}

/**
 * The site's newest articles beside the text on wide screens. Every article page would change with
 * each new article if they were written into it, so the page holds an empty list that its script
 * fills from its edition's /latest-news.json (one file, rewritten by each build) when the screen is wide enough.
 */
function latestNews(words: Words, editionPath: string, filters: TemplateFilters): Html {
  return html`
<aside class="latest" aria-labelledby="latest-heading" data-src="${filters.url(`${editionPath}latest-news.json`)}" hidden>
  <h2 id="latest-heading">${words.latest}</h2>
  <ol></ol>
</aside>`;
}

/** The day, and the time when the source gives one («27 января 2026, 14:30»); for machines the date, or the moment in Almaty's offset. */
function published({ date, time }: ReaderArticle, writing: Writing, filters: TemplateFilters): Html {
  return html`<time datetime="${time ? filters.publishedTime(date, time) : date}">${filters.readableDate(date, writing)}${time && `, ${time}`}</time>`;
}

/** Earlier coverage of the story only (src/index/article-links.ts), each title and date in its own language and direction. */
function related(article: ReaderArticle, writing: Writing, words: Words, filters: TemplateFilters): Insert {
  return (
    article.related.length > 0 &&
    html`
<aside class="related" aria-labelledby="related-heading">
  <h2 id="related-heading">${words.related}</h2>
  <ul>${article.related.map((item) => {
    const itemWriting = filters.writingOf(item);
    return html`
    <li lang="${filters.langTag(itemWriting)}"${dirAttribute(filters, itemWriting, writing)}><a href="${filters.url(item.url)}">${filters.typeset(item.title, item.lang)}</a> <time datetime="${item.date}">${filters.readableDate(item.date, itemWriting)}</time></li>`;
  })}
  </ul>
</aside>`
  );
}

/** The labels are the page's; each title keeps its own language. */
function neighbours(article: ReaderArticle, writing: Writing, words: Words, filters: TemplateFilters): Insert {
  const link = (neighbour: ArticleLink | undefined, rel: string, label: string) => {
    if (!neighbour) return false;
    const neighbourWriting = filters.writingOf(neighbour);
    return html`
  <a href="${filters.url(neighbour.url)}" rel="${rel}"><span class="label">${label}</span> <span lang="${filters.langTag(neighbourWriting)}"${dirAttribute(filters, neighbourWriting, writing)}>${filters.typeset(neighbour.title, neighbour.lang)}</span></a>`;
  };
  return (
    (article.previous || article.next) &&
    html`
<nav class="article-nav" aria-label="${words.neighbours}">${link(article.previous, 'prev', words.previous)}${link(article.next, 'next', words.next)}
</nav>`
  );
}
