import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../helpers/browser.ts';
import { buildEditionsSite, KAZAKH_ONLY, LATIN_KAZAKH, STORY } from '../helpers/editions-site.ts';
import { projectRoot } from '../../support/site.ts';
import { serveSite, type StaticServer } from '../../support/static-server.ts';

interface AxeViolation { id: string; impact: string; help: string; nodes: { target: string[] }[] }

const axeSource = readFileSync(join(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** The Kazakh edition's pages, and a Russian page with the switch, as a reader meets them. */
const PAGES = [
  { name: 'Kazakh home', path: 'kk/' },
  { name: 'Kazakh translation', path: STORY.kk.slice(1) },
  { name: 'Latin-script Kazakh article', path: LATIN_KAZAKH.slice(1) },
  { name: 'Kazakh tag page', path: 'kk/tags/senat/' },
  { name: 'Kazakh section', path: 'kk/politika/' },
  { name: 'Kazakh archive', path: 'kk/archive/' },
  { name: 'Kazakh search', path: 'kk/search/' },
  { name: 'Russian story', path: STORY.ru.slice(1) },
];

let browser: Browser;
let site: ReturnType<typeof buildEditionsSite>;
let server: StaticServer;
let page: Page;
beforeAll(async () => {
  site = buildEditionsSite();
  [browser, server] = await Promise.all([launchBrowser(), serveSite(site.output)]);
  page = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  site?.cleanup();
});

async function open(path: string): Promise<void> {
  const response = await page.goto(`${server.url}${path}`);
  expect(response?.status()).toBe(200);
}

describe.each(PAGES)('$name', ({ path }) => {
  it.each(['light', 'dark'] as const)('axe finds no violations in the %s scheme', async (colorScheme) => {
    await page.emulateMedia({ colorScheme });
    await open(path);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
      return (await axe.run(document)).violations;
    });
    expect(violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('does not scroll sideways at 375 px', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await open(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  });
});

it('a reader switches from the Russian story to its translation and back, and from a Kazakh-only story to the Russian home page', async () => {
  await open(STORY.ru.slice(1));
  await page.getByRole('link', { name: 'Қазақша' }).click();
  await page.waitForURL(`${server.url}${STORY.kk.slice(1)}`);
  expect(await page.locator('html').getAttribute('lang')).toBe('kk');
  await page.getByRole('link', { name: 'Русский' }).click();
  await page.waitForURL(`${server.url}${STORY.ru.slice(1)}`);
  await open(KAZAKH_ONLY.slice(1));
  await page.getByRole('link', { name: 'Русский' }).click();
  await page.waitForURL(`${server.url}`);
});
