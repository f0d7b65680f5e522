import type { SitemapFile } from '../src/index/sitemaps.ts';
import type { TemplateFilters } from '../src/render/template-data.ts';
import { escapeHtml } from '../layouts/html.ts';
import { onePagePer } from '../layouts/one-page-per.ts';

/**
 * /sitemap.xml: every article and list page, or past 50,000 of them the index of /sitemap-N.xml
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
    const urls = sitemap.entries.map(({ path, lastmod }) => `\n  <url>${loc(path)}${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`).join('');
    return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}\n</urlset>\n`;
  }
}
