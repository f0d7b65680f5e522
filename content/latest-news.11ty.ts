import type { EditionIndex } from '../src/index/reader-index.ts';
import type { OneOffItem } from '../src/render/pages-to-write.ts';
import type { TemplateFilters } from '../src/render/template-data.ts';

type Data = { oneOff: OneOffItem & { edition: EditionIndex } };

/** How many of the newest articles the file lists: the six an article page shows, besides itself. */
const LISTED = 7;

/**
 * The newest articles of an edition as JSON (one file per edition), for the latest news beside each article's text
 * (content/assets/article.js): one small file rewritten by each build instead of every article page.
 */
export default class LatestNews {
  data() {
    return {
      // Written when the run's pages include it (PagesToWrite.oneOff).
      pagination: { data: 'habarPages.oneOff.latestNews', size: 1, alias: 'oneOff' },
      permalink: ({ oneOff }: Data) => oneOff.url,
      eleventyExcludeFromCollections: true,
    };
  }

  render(this: TemplateFilters, { oneOff }: Data): string {
    const newest = oneOff.edition.articles.slice(0, LISTED).map((article) => {
      const { url, title, lang, date, time } = article;
      const writing = this.writingOf(article);
      return {
        url: this.url(url),
        title: this.typeset(title, lang),
        lang: this.langTag(writing),
        ...(this.textDirection(lang) === 'rtl' && { dir: 'rtl' }),
        datetime: time ? this.publishedTime(date, time) : date,
        when: `${this.readableDate(date, writing)}${time ? `, ${time}` : ''}`,
      };
    });
    return `${JSON.stringify(newest)}\n`;
  }
}
