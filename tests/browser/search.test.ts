import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../helpers/browser.ts';
import { runHabar } from '../../support/cli.ts';
import { addSource, makeSite, source } from '../../support/site.ts';
import { serveSite, type StaticServer } from '../../support/static-server.ts';

// The search page as a reader uses it, on real Pagefind indexes searched by Pagefind in Chromium.
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** A built site of `articles` (date, title, body, tags), served; its page for the tests. */
async function servedSite(lang: 'ru' | 'kk', articles: [string, string, string, string][]) {
  const site = makeSite({ lang });
  articles.forEach(([date, title, body, tags], n) => addSource(site, `${date}-${n}.txt`, source(date, title, body, tags)));
  const built = runHabar(site.root, ['build']);
  if (built.code !== 0) throw new Error(built.stderr);
  const server = await serveSite(site.output);
  const page = await browser.context.newPage();
  return { site, server, page };
}

/** Opens the search page for `query` (and filters) and waits for the count line. */
async function search(page: Page, server: StaticServer, query: string, filters: Record<string, string> = {}) {
  await page.goto(`${server.url}search/?${new URLSearchParams({ q: query, ...filters })}`);
  const status = page.locator('.search-status');
  await status.filter({ hasText: /\S/ }).waitFor();
  const count = await status.innerText();
  // The count is shown as soon as it is known; the results' texts load after it.
  const shown = Math.min(Number.parseInt(count, 10) || 0, 10);
  await page.waitForFunction((n) => document.querySelectorAll('.search-result').length >= n, shown);
  return {
    count,
    titles: (await page.locator('.search-result h2 a').allInnerTexts()).sort(),
  };
}

describe('a Russian site with Kazakh articles too', () => {
  let served: Awaited<ReturnType<typeof servedSite>>;
  beforeAll(async () => {
    // Every Russian article says «к», «с», «в» and «из-за»; none says «кабинет». «снег» is in five, «тариф» in four, «плотина» in one.
    const text = (n: number) =>
      `Из-за погоды к вечеру в городе с утра шёл снег.${n <= 4 ? ' Новый тариф вводят к весне.' : ''}${n === 1 ? ' Плотину проверили.' : ''}`;
    served = await servedSite('ru', [
      ...[1, 2, 3, 4, 5].map((n): [string, string, string, string] => [
        n <= 2 ? `2025-12-0${n}` : `2026-01-0${n}`,
        `Сводка номер ${n}`,
        text(n),
        `#погода${n <= 4 ? ' #энергетика' : ''}`,
      ]),
      // Kazakh, in Cyrillic and in the Latin script of 2021; neither says a word of the Russian ones.
      ['2026-01-10', 'Ауылда жаңа кітапхана', 'Қазақстан ауылдарының бірінде жаңа кітапхана ашылды. Оқырмандар мерекеге жиналды.', ''],
      ['2026-01-11', 'Özen üstınen köpır', 'Audanda özen üstınen jaña köpır salyndy. Jūmysşylar ony merzımınen būryn bıtırdı.', ''],
    ]);
  });
  afterAll(async () => {
    await served?.page.close();
    await served?.server.close();
    served?.site.cleanup();
  });

  it('finds nothing for a word no article has, though every article has one-letter words it starts with (Pagefind #599)', async () => {
    expect(await search(served.page, served.server, 'кабинет')).toEqual({ count: 'Ничего не найдено', titles: [] });
    expect(await search(served.page, served.server, 'вокзал')).toEqual({ count: 'Ничего не найдено', titles: [] });
    // «за» of «из-за» is no word of the index either.
    expect(await search(served.page, served.server, 'завод')).toEqual({ count: 'Ничего не найдено', titles: [] });
  });

  it('finds the right articles for a real word, with the count in its plural form', async () => {
    expect(await search(served.page, served.server, 'плотину')).toEqual({ count: '1 результат', titles: ['Сводка номер 1'] });
    expect((await search(served.page, served.server, 'тариф')).count).toBe('4 результата');
    expect((await search(served.page, served.server, 'снег')).count).toBe('5 результатов');
  });

  it('leaves function words out of a query, and finds a quoted phrase with them as written', async () => {
    expect((await search(served.page, served.server, 'тариф к весне')).count).toBe('4 результата');
    expect((await search(served.page, served.server, '"тариф вводят к весне"')).count).toBe('4 результата');
    expect((await search(served.page, served.server, '"тариф вводят к осени"')).count).toBe('Ничего не найдено');
    expect((await search(served.page, served.server, 'к с в')).count).toMatch(/^Предлоги, союзы и частицы не ищутся/);
  });

  it('filters by year and by tag, offering the years and tags of the index', async () => {
    expect((await search(served.page, served.server, 'снег', { year: '2025' })).titles).toEqual(['Сводка номер 1', 'Сводка номер 2']);
    expect((await search(served.page, served.server, 'снег', { tag: 'энергетика', year: '2026' })).count).toBe('2 результата');
    const options = (name: string) => served.page.locator(`select[name=${name}] option`).allInnerTexts();
    expect(await options('year')).toEqual(['Все годы', '2026', '2025']);
    expect(await options('tag')).toEqual(['Все теги', 'погода', 'энергетика']);
    await served.page.selectOption('select[name=year]', '');
    await served.page.locator('.search-status', { hasText: '4 результата' }).waitFor();
    expect(new URL(served.page.url()).searchParams.get('tag')).toBe('энергетика');
  });

  it('shows each result as a link to its article, its date on a line of its own, apart from the quote', async () => {
    await search(served.page, served.server, 'плотину');
    const result = served.page.locator('.search-result');
    await result.locator('h2 a').click();
    await served.page.waitForURL(/\/2025\/12\/[^/]+\/$/);
    await served.page.goBack();
    await result.first().waitFor();
    expect(await result.locator('.search-result-date').innerText()).toBe('1 декабря 2025');
    const excerpt = await result.locator('.search-result-excerpt').innerText();
    expect(excerpt).not.toMatch(/2025|Сводка|#/);
    expect(await result.locator('mark').innerText()).toBe('Плотину');
    // The word joiners that keep function words out of the index are not shown.
    expect(excerpt).not.toContain('\u2060');
  });

  it('finds a Kazakh article typed with Russian-keyboard letters or in Latin script, and its words in other forms', async () => {
    const library = { count: '1 результат', titles: ['Ауылда жаңа кітапхана'] };
    for (const query of ['Қазақстан', 'Казакстан', 'Qazaqstan', 'кітапханалар', 'ауылға', 'ауылга']) {
      expect(await search(served.page, served.server, query), query).toEqual(library);
    }
    // A Latin-script article, found in Cyrillic.
    const bridge = { count: '1 результат', titles: ['Özen üstınen köpır'] };
    expect(await search(served.page, served.server, 'көпір')).toEqual(bridge);
    expect(await search(served.page, served.server, 'копир салынды')).toEqual(bridge);
  });

  it('quotes a Kazakh article found by a folded word around that word, marked as the article writes it', async () => {
    await search(served.page, served.server, 'Казакстан');
    expect(await served.page.locator('.search-result mark').allInnerTexts()).toEqual(['Қазақстан']);
    await search(served.page, served.server, 'копирлер');
    expect(await served.page.locator('.search-result mark').allInnerTexts()).toEqual(['köpır']);
    expect(await served.page.locator('.search-result-excerpt').innerText()).toMatch(/^Audanda özen üstınen jaña köpır salyndy\./);
  });

  it.each([375, 1280])('does not shift while results load: CLS ≤ 0.01 at %i px', async (width) => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    // Every layout shift not caused by the reader's input, from the start of the page.
    await page.addInitScript(() => {
      const total = window as unknown as { layoutShift: number };
      total.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) total.layoutShift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${served.server.url}search/?q=${encodeURIComponent('снег')}`);
    await page.locator('.search-result').nth(4).waitFor();
    await page.waitForLoadState('load');
    const cls = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
    await page.close();
    expect(cls).toBeLessThanOrEqual(0.01);
  });
});

describe('a Kazakh site', () => {
  let served: Awaited<ReturnType<typeof servedSite>>;
  beforeAll(async () => {
    served = await servedSite('kk', [1, 2, 3, 4, 5].map((n) => [`2026-02-0${n}`, `Ауылдағы жаңалық ${n}`, `Қалада қар жауды.${n === 1 ? ' Көпір жөнделді.' : ''}`, '']));
  });
  afterAll(async () => {
    await served?.page.close();
    await served?.server.close();
    served?.site.cleanup();
  });

  it('counts without plural agreement after the number, in Kazakh', async () => {
    expect(await search(served.page, served.server, 'көпір')).toEqual({ count: '1 нәтиже', titles: ['Ауылдағы жаңалық 1'] });
    expect((await search(served.page, served.server, 'қар')).count).toBe('5 нәтиже');
    expect((await search(served.page, served.server, 'кітап')).count).toBe('Ештеңе табылмады');
    expect(await served.page.locator('h1').innerText()).toBe('Іздеу');
  });

  it('finds a word typed with Russian-keyboard letters or in Latin script from the Kazakh page too', async () => {
    for (const query of ['копир', 'köpır', 'копирди']) {
      expect(await search(served.page, served.server, query), query).toEqual({ count: '1 нәтиже', titles: ['Ауылдағы жаңалық 1'] });
    }
  });
});
