import { describe, expect, it } from 'vitest';
import { axeViolations, servedInChromium } from '../helpers/browser.ts';
import { sampleSite } from '../../support/sample-site.ts';

const ARTICLE = '2026/01/spiker-senata-vstretilsya-s-ministrom-inostrannykh-del-izrailya/';

/** Every kind of page a reader meets; `ready` is what must be on screen before checking it. */
const PAGES: { name: string; path: string; ready?: string }[] = [
  { name: 'home', path: '' },
  { name: 'home, page 1 (the oldest)', path: 'page/1/' },
  { name: 'article', path: ARTICLE },
  { name: 'Kazakh article', path: '2026/02/qaragandyda-zhana-kitapkhana-ashyldy/' },
  { name: 'tag page', path: 'tags/kazakhstan/' },
  { name: 'tag index', path: 'tags/' },
  { name: 'archive', path: 'archive/' },
  { name: 'archive, year', path: 'archive/2026/' },
  { name: 'archive, month', path: 'archive/2026/01/' },
  { name: '404', path: '404.html' },
  { name: 'search', path: 'search/', ready: '#search-query' },
  { name: 'search results', path: 'search/?q=кітапхана', ready: '.search-result a' },
];

const served = servedInChromium(() => sampleSite());

async function open(path: string, ready?: string): Promise<void> {
  const response = await served.page.goto(`${served.server.url}${path}`);
  expect(response?.status()).toBe(200);
  if (ready) await served.page.locator(ready).first().waitFor();
}

describe.each(PAGES)('$name', ({ path, ready }) => {
  it.each(['light', 'dark'] as const)('axe finds no violations in the %s scheme', async (colorScheme) => {
    await served.page.emulateMedia({ colorScheme });
    await open(path, ready);
    expect(await axeViolations(served.page)).toEqual([]);
  });

  it.each([375, 1280])('does not scroll sideways at %i px', async (width) => {
    await served.page.setViewportSize({ width, height: 800 });
    await open(path, ready);
    const { scrollWidth, clientWidth } = await served.page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
});

it('the skip link is the first thing the keyboard reaches and moves focus to the main content', async () => {
  await open('');
  await served.page.keyboard.press('Tab');
  expect(await served.page.evaluate(() => document.activeElement?.textContent)).toBe('Перейти к содержанию');
  await served.page.keyboard.press('Enter');
  expect(await served.page.evaluate(() => document.activeElement?.id)).toBe('main');
});

it("follows the reader's dark scheme, and prints the article without navigation", async () => {
  const background = () => served.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await served.page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  await open(ARTICLE);
  expect(await background()).toBe('rgb(255, 255, 255)');
  await served.page.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).toBe('rgb(20, 20, 20)');

  await served.page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await background()).toBe('rgb(255, 255, 255)');
  expect(await served.page.locator('.site-header nav').isVisible()).toBe(false);
  expect(await served.page.locator('.skip-link').isVisible()).toBe(false);
  expect(await served.page.locator('article h1').isVisible()).toBe(true);
  await served.page.emulateMedia({ media: 'screen' });
});
