import type { ListPage } from '../src/site/pages.ts';
import type { ReaderIndex } from '../src/site/reader-index.ts';

interface SitemapData {
  habar: ReaderIndex;
}

type FullUrl = (path: string) => string;

/**
 * /sitemap.xml: every article and list page. A JavaScript template because it lists the whole
 * archive (100k URLs and more) and is written again whenever an article is added: string building
 * costs a fraction of a template loop. Written when the run's pages include it (PagesToWrite.oneOff).
 */
export default class Sitemap {
  data() {
    return {
      pagination: { data: 'habarPages.oneOff.sitemap', size: 1, alias: 'oneOff' },
      permalink: '/sitemap.xml',
      eleventyExcludeFromCollections: true,
    };
  }

  render(this: { fullUrl: FullUrl }, { habar }: SitemapData): string {
    const fullUrl = this.fullUrl;
    const entry = (path: string, lastmod?: string) =>
      `\n  <url><loc>${escapeXml(fullUrl(path))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
    const lists = (pages: ListPage<{ date: string }>[]) => pages.map((page) => entry(page.url, page.items[0]?.date)).join('');
    return [
      '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      lists(habar.homePages),
      habar.articles.map((article) => entry(article.url, article.date)).join(''),
      entry('/tags/'),
      lists(habar.tagPages),
      entry('/archive/'),
      lists(habar.archive.pages),
      '\n</urlset>\n',
    ].join('');
  }
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);
}
