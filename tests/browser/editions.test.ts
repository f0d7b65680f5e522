import { describe, expect, it } from 'vitest';
import { axeViolations, servedInChromium } from '../helpers/browser.ts';
import { buildEditionsSite, KAZAKH_ONLY, LATIN_KAZAKH, STORY } from '../helpers/editions-site.ts';

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

const served = servedInChromium(buildEditionsSite);

async function open(path: string): Promise<void> {
  const response = await served.page.goto(`${served.server.url}${path}`);
  expect(response?.status()).toBe(200);
}

describe.each(PAGES)('$name', ({ path }) => {
  it.each(['light', 'dark'] as const)('axe finds no violations in the %s scheme', async (colorScheme) => {
    await served.page.emulateMedia({ colorScheme });
    await open(path);
    expect(await axeViolations(served.page)).toEqual([]);
  });

  it('does not scroll sideways at 375 px', async () => {
    await served.page.setViewportSize({ width: 375, height: 800 });
    await open(path);
    expect(await served.page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  });
});

it('a reader switches from the Russian story to its translation and back, and from a Kazakh-only story to the Russian home page', async () => {
  await open(STORY.ru.slice(1));
  await served.page.getByRole('link', { name: 'Қазақша' }).click();
  await served.page.waitForURL(`${served.server.url}${STORY.kk.slice(1)}`);
  expect(await served.page.locator('html').getAttribute('lang')).toBe('kk');
  await served.page.getByRole('link', { name: 'Русский' }).click();
  await served.page.waitForURL(`${served.server.url}${STORY.ru.slice(1)}`);
  await open(KAZAKH_ONLY.slice(1));
  await served.page.getByRole('link', { name: 'Русский' }).click();
  await served.page.waitForURL(`${served.server.url}`);
});
