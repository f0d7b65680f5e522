import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, type Browser } from '../helpers/browser.ts';
import type { SitePaths } from '../../src/core/paths.ts';
import { newsSite } from '../helpers/news-site.ts';
import { projectRoot } from '../../support/site.ts';
import { serveSite, type StaticServer } from '../../support/static-server.ts';

type Box = { left: number; right: number; top: number; bottom: number };

/** Screenshots of each page kind, for a person to look at (test output, not compared). */
const SHOTS = join(projectRoot, 'test-results/screenshots/front');

// The front page, a section with a numbered page, an empty section, a tag, an archive month, the home's oldest page.
const PAGES = ['', 'politika/', 'politika/page/1/', 'pogoda/', 'tags/sport/', 'archive/2026/05/', 'page/1/'];

let browser: Browser;
let site: SitePaths;
let server: StaticServer;
let page: Page;
beforeAll(async () => {
  site = await newsSite();
  [browser, server] = await Promise.all([launchBrowser(), serveSite(site.output)]);
  page = await browser.context.newPage();
  mkdirSync(SHOTS, { recursive: true });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme });
  expect((await page.goto(`${server.url}${path}`))?.status()).toBe(200);
}

const box = (selector: string) => page.locator(selector).first().evaluate((el): Box => el.getBoundingClientRect().toJSON());

describe.each(PAGES)('/%s', (path) => {
  it.each(['light', 'dark'] as const)('axe finds no violations in the %s scheme; screenshots at 375 and 1280 px', async (scheme) => {
    await open(path, 1280, scheme);
    expect(await axeViolations(page)).toEqual([]);
    for (const width of [375, 1280]) {
      await open(path, width, scheme);
      await page.screenshot({ path: join(SHOTS, `${path.replace(/\//g, '_') || 'home'}-${width}-${scheme}.png`), fullPage: true });
    }
  });

  it.each([375, 1280])('does not scroll sideways, and does not shift as its images load, at %i px', async (width) => {
    await open(path, width);
    const { overflow, shift } = await page.evaluate(async () => {
      // Every image in view, loaded: lazy thumbnails too.
      window.scrollTo(0, document.body.scrollHeight);
      await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
      let shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      // The buffered entries reach the observer in a task after observe(): two frames later they have.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return { overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, shift };
    });
    expect(overflow).toBeLessThanOrEqual(0);
    expect(shift).toBeLessThanOrEqual(0.01);
  });
});

describe('layout', () => {
  it('at 1280 px the front page is a grid: the lead story with the latest news beside it, the section blocks below the lead, two by two', async () => {
    await open('', 1280);
    const [lead, latest, blocks, politics, sport, main] = await Promise.all(
      ['.front-lead', '.front-latest', '.front-blocks', '.front-block:nth-child(1)', '.front-block:nth-child(2)', 'main'].map(box),
    );
    expect(main.right - main.left).toBeGreaterThan(1100);
    expect(latest.left).toBeGreaterThan(lead.right);
    expect(latest.top).toBeLessThan(lead.top + 20);
    expect(blocks.top).toBeGreaterThan(lead.bottom);
    expect(blocks.right).toBeLessThan(latest.left);
    expect(sport.left).toBeGreaterThan(politics.right);
    expect(sport.top).toBe(politics.top);
  });

  it('at 1280 px other lists run in two columns', async () => {
    await open('tags/sport/', 1280);
    const [first, second] = await Promise.all(['.article-list li:nth-child(1)', '.article-list li:nth-child(2)'].map(box));
    expect(second.left).toBeGreaterThan(first.right);
    expect(second.top).toBe(first.top);
  });

  it('at 375 px everything is one column, the lead first', async () => {
    await open('', 375);
    const [lead, latest, blocks] = await Promise.all(['.front-lead', '.front-latest', '.front-blocks'].map(box));
    expect(latest.top).toBeGreaterThan(lead.bottom);
    expect(blocks.top).toBeGreaterThan(latest.bottom);
    expect(latest.left).toBe(lead.left);
  });
});
