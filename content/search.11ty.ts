import type { PageData, TemplateFilters } from '../src/render/template-data.ts';
import type { EditionIndex } from '../src/index/reader-index.ts';
import type { OneOffItem } from '../src/render/pages-to-write.ts';
import { html } from '../layouts/html.ts';
import { SITE_WORDS } from '../layouts/site-words.ts';

type Data = PageData & { oneOff: OneOffItem & { edition: EditionIndex } };

const WORDS = {
  ru: {
    query: 'Слово или фраза',
    submit: 'Найти',
    year: 'Год',
    anyYear: 'Все годы',
    tag: 'Тег',
    anyTag: 'Все теги',
    noScript: 'Поиск по сайту работает с включённым JavaScript. Все новости есть на главной странице, в архиве и на страницах тегов:',
    home: 'главная',
    archive: 'архив',
    tags: 'теги',
  },
  kk: {
    query: 'Сөз немесе сөз тіркесі',
    submit: 'Іздеу',
    year: 'Жыл',
    anyYear: 'Барлығы',
    tag: 'Тег',
    anyTag: 'Барлығы',
    noScript: 'Сайт бойынша іздеу JavaScript қосулы болғанда жұмыс істейді. Барлық жаңалық басты бетте, мұрағатта және тег беттерінде бар:',
    home: 'басты бет',
    archive: 'мұрағат',
    tags: 'тегтер',
  },
} as const;

/**
 * The search page (`/search/`, `?q=` opens it with results; `year` and `tag` filter them). The
 * form, the count line and the list are in the page from the start, so that nothing moves when
 * search.js fills them: it searches the bundles (one per year, newest first) listed in
 * `data-bundles`, which follow the path prefix, and leaves the words of `data-function-words`
 * out of a query (src/search/function-words.ts).
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
        title: ({ edition }: Data) => SITE_WORDS[edition.lang].search,
      },
    };
  }

  render(this: TemplateFilters, { oneOff, edition }: Data): string {
    const words = WORDS[edition.lang];
    const bundles = oneOff.edition.search.map((shard) => this.url(shard.bundle)).join(' ');
    const home = edition.path;
    return html`<div class="search-page">
<h1>${SITE_WORDS[edition.lang].search}</h1>
<form class="search-form" role="search" action="${this.url(oneOff.url)}" method="get" data-bundles="${bundles}" data-base-url="${this.url('/')}" data-function-words="${this.searchFunctionWords()}">
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
