import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../helpers/browser.ts';
import type { SitePaths } from '../../src/core/paths.ts';
import { NEWEST_ARTICLE, sampleSite } from '../../support/sample-site.ts';
import { projectRoot } from '../../support/site.ts';
import { serveSite, type StaticServer } from '../../support/static-server.ts';

// The sample site served with its own _headers (Content-Security-Policy included), read in Chromium.
const ARTICLE = '2026/01/spiker-senata-vstretilsya-s-ministrom-inostrannykh-del-izrailya/';

let browser: Browser;
let site: SitePaths;
let server: StaticServer;
beforeAll(async () => {
  site = await sampleSite();
  [browser, server] = await Promise.all([launchBrowser(), serveSite(site.output)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page of `width` px, its layout shifts counted from the start (for CLS). */
async function open(path: string, width: number, context: BrowserContext = browser.context): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${server.url}${path}`);
  return page;
}

const box = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())!;

describe('latest news beside the text', () => {
  it('at 1280 px: six newest articles but this one, in a column beside the text, without moving it', async () => {
    const page = await open(ARTICLE, 1280);
    const links = page.locator('aside.latest li a');
    await links.first().waitFor();
    expect(await links.count()).toBe(6);
    const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs[0]).toBe(`/${NEWEST_ARTICLE.url}`);
    expect(hrefs).not.toContain(`/${ARTICLE}`);
    const [article, aside] = [await box(page, 'article.article'), await box(page, 'aside.latest')];
    expect(aside.x).toBeGreaterThanOrEqual(article.x + article.width);
    expect(aside.y).toBeLessThan(article.y + 100);
    await page.waitForTimeout(200);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThanOrEqual(0.01);
    await page.close();
  });

  it('at 375 px: not shown, not fetched, and nothing scrolls sideways', async () => {
    const page = await open(ARTICLE, 375);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await page.locator('.share .copy').waitFor();
    expect(await page.locator('aside.latest').isVisible()).toBe(false);
    expect(fetched.filter((url) => url.endsWith('latest-news.json'))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.close();
  });
});

describe('share links', () => {
  it('«Скопировать ссылку» puts the article\'s address on the clipboard and says so', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    const page = await open(ARTICLE, 1280);
    await page.getByRole('button', { name: 'Скопировать ссылку' }).click();
    await expect.poll(() => page.locator('.share [role=status]').textContent()).toBe('Ссылка скопирована');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`https://habar.example.kz/${ARTICLE}`);
    await page.close();
  });
});

describe('screenshots', () => {
  it.each([375, 1280])('of an article at %i px, light and dark, saved in test-results/screenshots/', async (width) => {
    const folder = join(projectRoot, 'test-results/screenshots');
    mkdirSync(folder, { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open(ARTICLE, width);
      await page.emulateMedia({ colorScheme });
      await page.locator('.share .copy').waitFor();
      if (width > 1000) await page.locator('aside.latest li').first().waitFor();
      const path = join(folder, `article-${width}-${colorScheme}.png`);
      await page.screenshot({ path, fullPage: true });
      expect(statSync(path).size).toBeGreaterThan(10_000);
      await page.close();
    }
  });
});

describe('print', () => {
  it('prints the article with its date and URL, page margins, and no navigation, sharing or asides', async () => {
    const page = await open(ARTICLE, 1280);
    await page.locator('aside.latest li').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).display !== 'none');
    for (const selector of ['.site-header nav', '.skip-link', '.share', 'aside.latest', '.article-nav', '.related', '.tags']) {
      expect(await shown(selector), selector).toBe(false);
    }
    expect(await shown('.print-url')).toBe(true);
    expect(await page.locator('.print-url').textContent()).toBe(`https://habar.example.kz/${ARTICLE}`);
    expect(await shown('.meta .published')).toBe(true);
    const margins = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).flatMap((rule) => (rule instanceof CSSMediaRule ? [...rule.cssRules] : [rule]))
        .filter((rule): rule is CSSPageRule => rule instanceof CSSPageRule)
        .map((rule) => rule.style.margin),
    );
    expect(margins).toEqual(['18mm 16mm 20mm']);
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });
});
