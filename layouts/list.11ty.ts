import type { TemplateFilters, PageData } from '../src/render/template-data.ts';
import type { ListPage } from '../src/index/pages.ts';
import type { SiteArticle } from '../src/index/site-index.ts';
import { basePage } from './base-page.ts';
import { dirAttribute } from './direction.ts';
import { html } from './html.ts';

type ListLayoutData = PageData & { heading: string; listPage: ListPage<SiteArticle> };

/** A page listing articles (home, tag, archive period), newest first, with links to its newer and older pages. */
export default class ListLayout {
  render(this: TemplateFilters, data: ListLayoutData): string {
    const { heading, listPage, site } = data;
    const list = html`<h1>${heading}</h1>${
      listPage.number &&
      html`
<p class="list-period">Страница ${listPage.number}: ${this.dateRange(listPage.items, site.lang)}</p>`
    }
<ol class="article-list">${listPage.items.map(
      (item) => html`
  <li lang="${item.lang}"${dirAttribute(this, item.lang, site.lang)}>
    <a href="${this.url(item.url)}">${this.typeset(item.title, item.lang)}</a>
    <time datetime="${item.date}">${this.readableDate(item.date, item.lang)}</time>
  </li>`,
    )}
</ol>${
      // Numbered pages count from the oldest and show no total, so a new article leaves them as they are.
      (listPage.previousUrl || listPage.nextUrl) &&
      html`
<nav class="pagination" aria-label="Страницы">${
        listPage.previousUrl &&
        html`
  <a href="${this.url(listPage.previousUrl)}" rel="prev">← Новее</a>`
      }${
        listPage.nextUrl &&
        html`
  <a href="${this.url(listPage.nextUrl)}" rel="next">Старше →</a>`
      }
</nav>`
    }`;
    return basePage(data, this, list).markup;
  }
}
