import type { TemplateFilters, PageData } from '../src/render/template-data.ts';
import type { ArchivePeriod } from '../src/index/archive.ts';
import type { HomePage } from '../src/index/reader-index.ts';
import { basePage } from './base-page.ts';
import { frontPage } from './front-page.ts';
import { html } from './html.ts';
import { EAGER_THUMBNAILS, newsItem } from './news-item.ts';
import { pageWriting } from './page-words.ts';

type ListLayoutData = PageData & { heading: string; listPage: HomePage & { period?: ArchivePeriod } };

/**
 * A page listing articles (home, section, tag, archive period), newest first, with links to its
 * newer and older pages; the home page's own page is the front page.
 */
export default class ListLayout {
  render(this: TemplateFilters, data: ListLayoutData): string {
    const { heading, listPage } = data;
    const filters = this.unwrapped();
    const writing = pageWriting(data, filters);
    const words = filters.words(writing);
    const list = listPage.front
      ? frontPage(filters, listPage.front, writing, words, heading)
      : html`<h1>${heading}</h1>${
          listPage.number &&
          html`
<p class="list-period">${words.page} ${listPage.number}: ${filters.dateRange(listPage.items, writing)}</p>`
        }${
          listPage.items.length > 0
            ? html`
<ol class="article-list news-list list-columns">${listPage.items.map((item, at) => newsItem(filters, item, writing, at < EAGER_THUMBNAILS))}
</ol>`
            : html`
<p>${words.empty}</p>`
        }`;
    const pages =
      // Numbered pages count from the oldest and show no total, so a new article leaves them as they are.
      (listPage.previousUrl || listPage.nextUrl) &&
      html`
<nav class="pagination" aria-label="${words.pages}">${
        listPage.previousUrl &&
        html`
  <a href="${filters.url(listPage.previousUrl)}" rel="prev">${words.newer}</a>`
      }${
        listPage.nextUrl &&
        html`
  <a href="${filters.url(listPage.nextUrl)}" rel="next">${words.older}</a>`
      }
</nav>`;
    // On a period's own page only: its numbered pages stay as they are when a new month begins.
    const period = !listPage.number && listPage.period;
    const periods =
      period &&
      (period.newer || period.older) &&
      html`
<nav class="archive-periods" aria-label="${words.periods}">${
        period.newer &&
        html`
  <a href="${filters.url(period.newer.url)}">← ${period.newer.label}</a>`
      }${
        period.older &&
        html`
  <a class="older" href="${filters.url(period.older.url)}">${period.older.label} →</a>`
      }
</nav>`;
    return basePage(data, filters, html`${list}${pages}${periods}`).markup;
  }
}
