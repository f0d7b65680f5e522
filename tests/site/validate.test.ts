import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { check } from 'linkinator';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SitePaths } from '../../src/core/paths.ts';
import { sampleSite } from '../../support/sample-site.ts';
import { serveSite } from '../../support/static-server.ts';
import { articlesAndOneListOfEachKind, htmlPages, validationErrors } from '../helpers/html-checks.ts';

// Built at the domain root and under a sub-path, as static hosting serves them.
let root: SitePaths;
let underNews: SitePaths;
beforeAll(async () => {
  [root, underNews] = await Promise.all([sampleSite(), sampleSite({ pathPrefix: '/news/' })]);
});

describe('every built page', () => {
  it('is valid HTML under the project settings in .htmlvalidate.json (every article, one list page of each kind)', async () => {
    const pages = articlesAndOneListOfEachKind(htmlPages(root.output));
    expect(pages).toContain('search/index.html');
    expect(await validationErrors(root.output, pages)).toEqual([]);
  });

  it('has no inline script or style, so a strict Content-Security-Policy can forbid them', () => {
    const inline = htmlPages(root.output).flatMap((page) => {
      const $ = load(readFileSync(join(root.output, page), 'utf8'));
      const found = $('script:not([src]):not([type="application/ld+json"]), style, [style], [onclick], [onload]');
      return found.map((_, el) => `${page}: <${el.tagName}>`).get();
    });
    expect(inline).toEqual([]);
  });
});

describe('links', () => {
  it.each([
    ['at the domain root', () => root, '/'],
    ['under /news/', () => underNews, '/news/'],
  ])('none is broken %s', async (_, site, prefix) => {
    const server = await serveSite(site().output, prefix);
    try {
      const result = await check({
        path: server.url,
        recurse: true,
        // Absolute links to the configured production domain cannot resolve here.
        linksToSkip: async (link) => !link.startsWith(server.url.replace(/\/news\/$/, '/')),
      });
      const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.parent} → ${link.url} (${link.status})`);
      expect(broken).toEqual([]);
      const checked = result.links.filter((link) => link.state === 'OK').map((link) => link.url);
      // The crawl reached articles, tag pages, the search page and its script, all under the prefix.
      expect(checked).toContain(`${server.url}search/`);
      expect(checked).toContain(`${server.url}assets/search.js`);
      expect(checked).toContain(`${server.url}tags/kazakhstan/page/2/`);
      expect(checked.length).toBeGreaterThan(40);
      expect(checked.every((url) => url.startsWith(server.url))).toBe(true);
    } finally {
      await server.close();
    }
  });
});
