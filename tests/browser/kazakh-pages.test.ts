import { describe, expect, it } from 'vitest';
import { axeViolations, servedInChromium } from '../helpers/browser.ts';
import { KAZAKH_ARTICLES as articles, buildKazakhSite } from '../helpers/kazakh-sites.ts';

// A reader of a Kazakh site: each kind of page is accessible, and the Arabic-script article lays out right to left.
const PAGES = [
  { name: 'home', path: '' },
  { name: 'home, page 1', path: 'page/1/' },
  { name: 'section', path: 'madeniet/' },
  { name: 'tag index', path: 'tags/' },
  { name: 'archive, month', path: 'archive/2026/01/' },
  { name: '404', path: '404.html' },
  { name: 'search', path: 'search/' },
  { name: 'article in Cyrillic', path: articles.cyrillic.url.slice(1) },
  { name: 'article in Latin script', path: articles.latin2018.url.slice(1) },
  { name: 'article in Arabic script', path: articles.arabic.url.slice(1) },
];

const served = servedInChromium(buildKazakhSite);

describe.each(PAGES)('$name', ({ path }) => {
  it('axe finds no violations', async () => {
    const response = await served.page.goto(`${served.server.url}${path}`);
    expect(response?.status()).toBe(200);
    expect(await axeViolations(served.page)).toEqual([]);
  });
});

describe('the article in Arabic script', () => {
  it.each([375, 1280])('runs its words right to left from the right edge and does not scroll sideways at %i px', async (width) => {
    await served.page.setViewportSize({ width, height: 800 });
    await served.page.goto(`${served.server.url}${articles.arabic.url.slice(1)}`);
    const layout = await served.page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      const textRight = (selector: string) => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector(selector)!);
        return Math.round(range.getBoundingClientRect().right);
      };
      return {
        sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        directions: ['.site-header nav', '.share-label', '.article-nav', '.site-footer'].map((selector) => getComputedStyle(document.querySelector(selector)!).direction),
        // The words start at the right edge of their column, as the title does.
        shareRight: textRight('.share-label'),
        titleRight: textRight('h1'),
        publisherRight: textRight('.publisher'),
        footerRight: Math.round(box('.publisher').right),
      };
    });
    expect(layout.sideways).toBe(false);
    expect(layout.directions).toEqual(['rtl', 'rtl', 'rtl', 'rtl']);
    expect(layout.shareRight).toBe(layout.titleRight);
    expect(layout.publisherRight).toBe(layout.footerRight);
  });
});

it('finds a Latin-script article from the Kazakh search page, dated in its alphabet, counted in Kazakh', async () => {
  await served.page.goto(`${served.server.url}search/?q=saıabaq`);
  await served.page.locator('.search-result-date').first().waitFor();
  expect(await served.page.locator('.search-result-date').allInnerTexts()).toEqual(['14 naýryz 2026']);
  expect(await served.page.locator('.search-status').innerText()).toBe('1 нәтиже');
});
