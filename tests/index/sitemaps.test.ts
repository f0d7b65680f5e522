import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import Sitemap from '../../content/sitemap.11ty.ts';
import type { SiteArticle } from '../../src/index/site-index.ts';
import { sitemapFiles, URLS_PER_SITEMAP, type SitemapFile } from '../../src/index/sitemaps.ts';
import { SITEMAP_XSD, xmlProblems } from '../helpers/xml.ts';

const article = (n: number): SiteArticle => ({ url: `/2026/01/a${n}/`, date: '2026-01-05' }) as SiteArticle;
const page = (url: string, items: SiteArticle[]) => ({ url, items }) as never;

/** A site of `n` articles, one home page, one tag page and one archive page. */
function siteOf(n: number) {
  const articles = Array.from({ length: n }, (_, i) => article(i));
  return [{ path: '/', articles, homePages: [page('/', articles)], tagPages: [page('/tags/t/', articles)], archive: { pages: [page('/archive/2026/01/', articles)] }, sectionPages: [] }];
}

const paths = (file: SitemapFile) => (file.kind === 'urls' ? file.entries.map((entry) => entry.path) : []);

describe('sitemap files', () => {
  it('are one /sitemap.xml while the site fits the protocol\'s 50,000 URLs', () => {
    const files = sitemapFiles(siteOf(3));
    expect(URLS_PER_SITEMAP).toBe(50_000);
    expect(files.map((file) => [file.url, file.kind])).toEqual([['/sitemap.xml', 'urls']]);
    expect(paths(files[0]!)).toEqual(['/', '/2026/01/a0/', '/2026/01/a1/', '/2026/01/a2/', '/tags/', '/tags/t/', '/archive/', '/archive/2026/01/']);
  });

  it('past the limit, are /sitemap.xml indexing numbered files that list every URL once, in order', () => {
    const single = sitemapFiles(siteOf(3));
    const files = sitemapFiles(siteOf(3), 3);
    expect(files[0]).toEqual({ url: '/sitemap.xml', kind: 'index', files: ['/sitemap-1.xml', '/sitemap-2.xml', '/sitemap-3.xml'] });
    expect(files.slice(1).map((file) => paths(file).length)).toEqual([3, 3, 2]);
    expect(files.slice(1).flatMap(paths)).toEqual(paths(single[0]!));
  });
});

describe('the sitemap template', () => {
  const dir = mkdtempSync(join(tmpdir(), 'habar-sitemap-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const render = (file: SitemapFile) => new Sitemap().render.call({ fullUrl: (path: string) => `https://habar.example.kz${path}` }, { sitemap: file });

  it('writes the index as a sitemapindex of full URLs, and each file as a urlset that validates against the schema', async () => {
    const [index, ...parts] = sitemapFiles(siteOf(3), 3);
    const $ = load(render(index!), { xml: true });
    expect($('sitemapindex').attr('xmlns')).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect($('sitemap > loc').map((_, el) => $(el).text()).get()).toEqual([1, 2, 3].map((n) => `https://habar.example.kz/sitemap-${n}.xml`));
    for (const part of parts) {
      const path = join(dir, part.url);
      writeFileSync(path, render(part));
      expect(await xmlProblems(path, SITEMAP_XSD)).toBe('');
    }
  });

  it('fails the schema check for a url without its loc, and the well-formedness check for an unclosed tag', async () => {
    const [part] = sitemapFiles(siteOf(1));
    const path = join(dir, 'broken.xml');
    writeFileSync(path, render(part!).replace(/<loc>[^<]*<\/loc>/u, ''));
    expect(await xmlProblems(path, SITEMAP_XSD)).toMatch(/broken\.xml:\d+: .*Schemas validity error/);
    writeFileSync(path, render(part!).replace('</urlset>', ''));
    expect(await xmlProblems(path)).toMatch(/broken\.xml:\d+: parser error/);
  });
});
