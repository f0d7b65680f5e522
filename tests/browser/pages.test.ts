import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../helpers/browser.ts';
import { buildSampleSite, type BuiltSite } from '../../support/sample-site.ts';
import { projectRoot } from '../../support/site.ts';
import { serveSite, type StaticServer } from '../../support/static-server.ts';

interface AxeViolation { id: string; impact: string; help: string; nodes: { target: string[] }[] }

const ARTICLE = '2026/01/spiker-senata-vstretilsya-s-ministrom-inostrannykh-del-izrailya/';

/** Every kind of page a reader meets; `ready` is what must be on screen before checking it. */
const axeSource = readFileSync(join(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

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

let browser: Browser;
let site: BuiltSite;
let server: StaticServer;
let page: Page;
beforeAll(async () => {
  site = buildSampleSite();
  [browser, server] = await Promise.all([launchBrowser(), serveSite(site.output)]);
  page = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  site?.cleanup();
});

async function open(path: string, ready?: string): Promise<void> {
  const response = await page.goto(`${server.url}${path}`);
  expect(response?.status()).toBe(200);
  if (ready) await page.locator(ready).first().waitFor();
}

describe.each(PAGES)('$name', ({ path, ready }) => {
  it.each(['light', 'dark'] as const)('axe finds no violations in the %s scheme', async (colorScheme) => {
    await page.emulateMedia({ colorScheme });
    await open(path, ready);
    // Evaluated through the DevTools protocol: the site's Content-Security-Policy refuses inline scripts.
    await page.evaluate(axeSource);
    // axe is the global the injected script defines.
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
      return (await axe.run(document)).violations;
    });
    expect(violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it.each([375, 1280])('does not scroll sideways at %i px', async (width) => {
    await page.setViewportSize({ width, height: 800 });
    await open(path, ready);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
});

it('the skip link is the first thing the keyboard reaches and moves focus to the main content', async () => {
  await open('');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Перейти к содержанию');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
});

it("follows the reader's dark scheme, and prints the article without navigation", async () => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  await open(ARTICLE);
  expect(await background()).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).toBe('rgb(20, 20, 20)');

  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await background()).toBe('rgb(255, 255, 255)');
  expect(await page.locator('.site-header nav').isVisible()).toBe(false);
  expect(await page.locator('.skip-link').isVisible()).toBe(false);
  expect(await page.locator('article h1').isVisible()).toBe(true);
  await page.emulateMedia({ media: 'screen' });
});
