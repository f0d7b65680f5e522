import type { PageData, TemplateFilters } from '../src/render/template-data.ts';
import type { EditionIndex } from '../src/index/reader-index.ts';
import type { OneOffItem } from '../src/render/pages-to-write.ts';
import { html } from '../layouts/html.ts';
import { pageWords } from '../layouts/page-words.ts';

type Data = PageData & { oneOff: OneOffItem & { edition: EditionIndex } };


/**
 * The search page (`/search/`, `?q=` opens it with results; `year` and `tag` filter them). The
 * form, the count line and the list are in the page from the start, so that nothing moves when
 * search.js fills them: it searches the bundles (one per year, newest first) listed in
 * `data-bundles`, which follow the path prefix, and leaves the words of `data-function-words`
 * out of a query (src/search/function-words.ts); what it writes itself, it takes from `data-words`.
 */
export default class SearchPage {
  data() {
    return {
      // Written when the run's pages include it (PagesToWrite.oneOff).
      pagination: { data: 'habarPages.oneOff.search', size: 1, alias: 'oneOff' },
      // One per edition, searching its own bundles.
      permalink: ({ oneOff }: Data) => oneOff.url,
      layout: 'base.11ty.ts',
      scripts: ['/assets/search.js'],
      eleventyComputed: {
        title(this: TemplateFilters, data: Data) {
          return pageWords(data, this).search;
        },
      },
    };
  }

  render(this: TemplateFilters, data: Data): string {
    const { search, searchPage: words } = pageWords(data, this);
    const { results, none, onlyFunctionWords, more } = words;
    const bundles = data.oneOff.edition.search.map((shard) => this.url(shard.bundle)).join(' ');
    const home = data.edition.path;
    return html`<div class="search-page">
<h1>${search}</h1>
<form class="search-form" role="search" action="${this.url(data.oneOff.url)}" method="get" data-bundles="${bundles}" data-base-url="${this.url('/')}" data-function-words="${this.searchFunctionWords()}" data-words="${JSON.stringify({ results, none, onlyFunctionWords, more })}">
  <label for="search-query">${words.query}</label>
  <div class="search-query">
    <input id="search-query" name="q" type="search" autocomplete="off" spellcheck="false">
    <button type="submit">${words.submit}</button>
  </div>
  <div class="search-filters">
    <label>${words.year} <select name="year"><option value="">${words.anyYear}</option></select></label>
    <label>${words.tag} <select name="tag"><option value="">${words.anyTag}</option></select></label>
  </div>
</form>
<p class="search-status" role="status"></p>
<ol class="search-results"></ol>
<button class="search-more" type="button" hidden></button>
<noscript><p>${words.noScript} <a href="${this.url(home)}">${words.home}</a>, <a href="${this.url(`${home}archive/`)}">${words.archive}</a>, <a href="${this.url(`${home}tags/`)}">${words.tags}</a>.</p></noscript>
</div>`.markup;
  }
}
