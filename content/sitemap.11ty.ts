import type { SitemapFile } from '../src/index/sitemaps.ts';
import type { Alternate } from '../src/index/translations.ts';
import type { TemplateFilters } from '../src/render/template-data.ts';
import { escapeHtml } from '../layouts/html.ts';
import { onePagePer } from '../layouts/one-page-per.ts';

/**
 * /sitemap.xml: every article and list page of every edition, with its pages in other languages, or past 50,000 of them the index of /sitemap-N.xml
 * files that list them (src/index/sitemaps.ts). A JavaScript template because it lists the whole
 * archive and is written again whenever an article is added: string building costs a fraction of
 * a template loop. Written when the run's pages include it (PagesToWrite.sitemaps).
 */
export default class Sitemap {
  data() {
    return {
      ...onePagePer('sitemaps', 'sitemap'),
      eleventyExcludeFromCollections: true,
    };
  }

  render(this: Pick<TemplateFilters, 'fullUrl'>, { sitemap }: { sitemap: SitemapFile }): string {
    const loc = (path: string) => `<loc>${escapeHtml(this.fullUrl(path))}</loc>`;
    if (sitemap.kind === 'index') {
      const files = sitemap.files.map((path) => `\n  <sitemap>${loc(path)}</sitemap>`).join('');
      return `<?xml version="1.0" encoding="utf-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${files}\n</sitemapindex>\n`;
    }
    // A page in several languages lists each, itself included, and the default (src/index/translations.ts).
    const alternate = (lang: string, path: string) => `\n    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeHtml(this.fullUrl(path))}"/>`;
    const alternates = (list: Alternate[]) => `${list.map((each) => alternate(each.lang, each.url)).join('')}${alternate('x-default', list[0]!.url)}\n  `;
    const urls = sitemap.entries
      .map(({ path, lastmod, alternates: list }) => `\n  <url>${loc(path)}${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}${list ? alternates(list) : ''}</url>`)
      .join('');
    const xhtml = sitemap.entries.some((entry) => entry.alternates) ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : '';
    return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${xhtml}>${urls}\n</urlset>\n`;
  }
}
