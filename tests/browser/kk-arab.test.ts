import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../helpers/browser.ts';
import { ARABIC_SCRIPT_ARTICLE, buildKkArabSite } from '../helpers/kk-arab-site.ts';
import { serveSite, type StaticServer } from '../../support/static-server.ts';

// A reader on a phone opens an article in Kazakh in Arabic script on a Russian site, and finds it by search.
let browser: Browser;
let site: ReturnType<typeof buildKkArabSite>;
let server: StaticServer;
let page: Page;
beforeAll(async () => {
  site = buildKkArabSite();
  server = await serveSite(site.output);
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 375, height: 800 });
});
afterAll(async () => {
  await page?.close();
  await browser?.close();
  await server?.close();
  site?.cleanup();
});

/** The element's text direction as laid out, and its left and right edges. */
const layout = (selector: string) =>
  page.locator(selector).first().evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { direction: getComputedStyle(element).direction, left: Math.round(box.left), right: Math.round(box.right) };
  });

describe('an article in Arabic script', () => {
  it('reads right to left from the right edge, under a header that runs right to left too', async () => {
    await page.goto(`${server.url}${site.url.slice(1)}`);
    const body = await layout('.body p');
    const main = await layout('main');
    expect(body.direction).toBe('rtl');
    // A one-line paragraph, so its text starts at the right: its box ends where main's content does.
    const title = await page.locator('h1').evaluate((h1) => {
      const range = document.createRange();
      range.selectNodeContents(h1);
      const text = range.getBoundingClientRect();
      return { textRight: Math.round(text.right), boxRight: Math.round(h1.getBoundingClientRect().right) };
    });
    expect(title.textRight).toBe(title.boxRight);
    expect(body.right).toBeLessThan(main.right);
    expect((await layout('.site-header')).direction).toBe('rtl');
    expect((await layout('.site-name')).left).toBeGreaterThan(main.right / 2);
  });

  it('is found from the Russian search page by a word in Arabic script', async () => {
    await page.goto(`${server.url}search/`);
    await page.locator('#search-query').fill('كوپىر');
    const result = page.locator('.search-result a').first();
    await result.waitFor();
    expect(await result.innerText()).toBe(ARABIC_SCRIPT_ARTICLE.title);
  });
});
