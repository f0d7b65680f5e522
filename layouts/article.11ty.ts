import type { ArticleLink } from '../src/index/article-links.ts';
import type { TemplateFilters, PageData } from '../src/render/template-data.ts';
import type { ReaderArticle } from '../src/index/reader-index.ts';
import type { Language } from '../src/core/language.ts';
import type { SiteSettings } from '../src/core/settings/settings.ts';
import { basePage } from './base-page.ts';
import { dirAttribute } from './direction.ts';
import { SITE_WORDS } from './site-words.ts';
import { html, raw, type Html, type Insert } from './html.ts';
import { shareLinks } from './share-links.ts';

type ArticleData = PageData & { article: ReaderArticle };

/**
 * An article's page: its block (status, title, dates, photo with its credit, body, source, tags,
 * share links), the latest news beside it on wide screens, then earlier coverage and its neighbours.
 */
export default class ArticleLayout {
  render(this: TemplateFilters, data: ArticleData): string {
    const { article } = data;
    const siteWords = siteLanguageWithin(article, data.site, this);
    return basePage(
      data,
      this,
      html`<div class="article-page">
${articleBlock(article, data.site, siteWords, this)}${latestNews(data.site, data.edition.path, siteWords, this)}${related(article, this)}${neighbours(article, this)}
</div>`,
    ).markup;
  }
}

const UPDATED: Record<Language, string> = { ru: 'Обновлено', kk: 'Жаңартылды', 'kk-Arab': 'جاڭارتىلدى' };

/** The article itself; `siteWords` mark the site's language on its words where the article is in another. */
function articleBlock(article: ReaderArticle, site: SiteSettings, siteWords: Insert, filters: TemplateFilters): Html {
  const { lang, leadPhoto, photoCredit } = article;
  const url = filters.fullUrl(article.url);
  const state = filters.publicationState(article);
  return html`<article class="article">${
    state === 'draft'
      ? html`
  <p class="status">Черновик: не опубликовано</p>`
      : state === 'scheduled' &&
        html`
  <p class="status">Запланировано на ${filters.readableDate(article.date, 'ru')}</p>`
  }
  <h1>${filters.typeset(article.title, lang)}</h1>
  <div class="meta">
    <p class="published">${published(article, filters)}</p>${
      article.modified &&
      html`
    <p class="modified">${UPDATED[lang]} <time datetime="${article.modified}">${filters.readableDate(article.modified, lang)}</time></p>`
    }
    <p class="print-url">${url}</p>
  </div>${
    leadPhoto &&
    html`
  <figure class="lead-photo">
    ${raw(leadPhoto.html)}${
      photoCredit &&
      html`
    <figcaption class="photo-credit">Фото: ${photoCredit}</figcaption>`
    }
  </figure>`
  }
  <div class="body">
${raw(filters.articleBody(article))}
  </div>${
    article.outlet &&
    html`
  <p class="attribution">Источник: ${article.outlet}${article.via && html`, со ссылкой на ${article.via}`}</p>`
  }${
    article.tags.length > 0 &&
    html`
  <ul class="tags">${article.tags.map(
    (tag) => html`
    <li><a href="${filters.url(tag.url)}" rel="tag">#${tag.name}</a></li>`,
  )}
  </ul>`
  }${shareLinks(url, article.title, site.lang, siteWords)}
</article>`;
}

/**
 * The site's newest articles beside the text on wide screens. Every article page would change with
 * each new article if they were written into it, so the page holds an empty list that its script
 * fills from its edition's /latest-news.json (one file, rewritten by each build) when the screen is wide enough.
 */
function latestNews(site: SiteSettings, editionPath: string, attributes: Insert, filters: TemplateFilters): Html {
  return html`
<aside class="latest" aria-labelledby="latest-heading" data-src="${filters.url(`${editionPath}latest-news.json`)}" hidden${attributes}>
  <h2 id="latest-heading">${SITE_WORDS[site.lang].latest}</h2>
  <ol></ol>
</aside>`;
}

/** The day, and the time when the source gives one («27 января 2026, 14:30»); for machines the date, or the moment in Almaty's offset. */
function published({ date, time, lang }: ReaderArticle, filters: TemplateFilters): Html {
  return html`<time datetime="${time ? filters.publishedTime(date, time) : date}">${filters.readableDate(date, lang)}${time && `, ${time}`}</time>`;
}

/** Earlier coverage of the story only (src/index/article-links.ts); the heading is Russian on a Kazakh page too, each title in its own language and direction. */
function related(article: ReaderArticle, filters: TemplateFilters): Insert {
  return (
    article.related.length > 0 &&
    html`
<aside class="related" aria-labelledby="related-heading">
  <h2 id="related-heading"${russianWithin(article, filters)}>Ранее по теме</h2>
  <ul>${article.related.map(
    (item) => html`
    <li lang="${item.lang}"${dirAttribute(filters, item.lang, article.lang)}><a href="${filters.url(item.url)}">${filters.typeset(item.title, item.lang)}</a> <time datetime="${item.date}">${filters.readableDate(item.date, item.lang)}</time></li>`,
  )}
  </ul>
</aside>`
  );
}

/** The labels are Russian on a Kazakh page too; each title keeps its own language. */
function neighbours(article: ReaderArticle, filters: TemplateFilters): Insert {
  const link = (neighbour: ArticleLink | undefined, rel: string, label: string) =>
    neighbour &&
    html`
  <a href="${filters.url(neighbour.url)}" rel="${rel}"><span class="label">${label}</span> <span lang="${neighbour.lang}"${dirAttribute(filters, neighbour.lang, 'ru')}>${filters.typeset(neighbour.title, neighbour.lang)}</span></a>`;
  return (
    (article.previous || article.next) &&
    html`
<nav class="article-nav" aria-label="Соседние новости"${russianWithin(article, filters)}>${link(article.previous, 'prev', '← Предыдущая')}${link(article.next, 'next', 'Следующая →')}
</nav>`
  );
}

/** The site's language, and its direction, on an element of a page in another language. */
function siteLanguageWithin(article: ReaderArticle, site: SiteSettings, filters: TemplateFilters): Insert {
  return article.lang !== site.lang && html` lang="${site.lang}"${dirAttribute(filters, site.lang, article.lang)}`;
}

function russianWithin(article: ReaderArticle, filters: TemplateFilters): Html | false {
  return article.lang !== 'ru' && html` lang="ru"${dirAttribute(filters, 'ru', article.lang)}`;
}
