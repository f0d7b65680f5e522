import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHabar } from '../../support/cli.ts';
import { KK } from '../../src/core/words/kk.ts';
import { addFixtureSource, addSource, fixtures, makeSite, snapshotTree, source } from '../../support/site.ts';

// One real build of a small site: every fixture source plus five more articles tagged #Казахстан,
// with two articles per page so that the home page and the tag pages paginate.
let site: ReturnType<typeof makeSite>;
let summary: string;
const page = (url: string): CheerioAPI => load(readFileSync(join(site.output, url, 'index.html'), 'utf8'));
const senateUrl = '2026/01/spiker-senata-vstretilsya-s-ministrom-inostrannykh-del-izrailya';
// Typography puts non-breaking spaces into titles and text (tests/site/typography covers them); read them as spaces.
const plain = (text: string) => text.replace(/\u00A0/g, ' ');

// The clean samples of the source format: the counts and orders below are theirs (the pages copied
// from outlets are built by the sample site of the browser and validation tests).
const SAMPLES = [
  '2026-01-27-senate-israel.txt', '2026-02-10-kk-library.txt', '2026-03-03-windows-editor-no-tags.txt', '2026-04-21-tags-mixed.txt', 'crlf-bom.txt', 'draft.txt',
  'indented-lines.txt', 'kk-latin.txt', 'kk-press-service.txt', 'markdown-significant.txt', 'no-attribution.txt', 'paragraph-per-line.txt', 'tags-digits-underscores.txt',
];

beforeAll(() => {
  site = makeSite({ perPage: 2 });
  for (const name of SAMPLES) addFixtureSource(site, name);
  for (let day = 1; day <= 5; day++) {
    addSource(site, `2025-12-0${day}.txt`, source(`2025-12-0${day}`, `Новость номер ${day}`, 'Текст.', '#казахстан'));
  }
  const result = runHabar(site.root, ['build']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  summary = result.stdout;
});
afterAll(() => site.cleanup());

describe('build summary', () => {
  it('counts the pages written: every file but the assets and the search bundles', () => {
    const pages = readdirSync(site.output, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !/^(assets|pagefind)(\/|$)/.test(relative(site.output, entry.parentPath)));
    expect(pages.length).toBeGreaterThan(20);
    expect(summary).toContain(`pages written: ${pages.length} ·`);
  });
});

describe('article page', () => {
  it('has the title as h1, the language, the date in Russian, body, attribution and tag links (no credit without the photo)', () => {
    const $ = page(senateUrl);
    expect($('html').attr('lang')).toBe('ru');
    expect(plain($('h1').text())).toBe('Спикер Сената встретился с министром иностранных дел Израиля');
    expect($('article time').text()).toBe('27 января 2026');
    expect($('article time').attr('datetime')).toBe('2026-01-27');
    expect($('.body p')).toHaveLength(9);
    expect($('.body p').first().text()).toMatch(/^Председатель Сената/);
    expect($('.photo-credit')).toHaveLength(0);
    expect($('.attribution').text()).toContain('Kazpravda.kz');
    expect($('.attribution').text()).toContain('Сенат');
    expect($('a[rel=tag]').map((_, a) => `${$(a).text()} ${$(a).attr('href')}`).get()).toEqual([
      // The site-wide spelling: five sources write #казахстан, one #Казахстан.
      '#казахстан /tags/kazakhstan/',
      '#Сенат /tags/senat/',
      '#Израиль /tags/izrail/',
    ]);
  });

  it('a Kazakh article has lang=kk and a Kazakh date', () => {
    const $ = page('2026/02/qaragandyda-zhana-kitapkhana-ashyldy');
    expect($('html').attr('lang')).toBe('kk');
    expect($('article time').text()).toBe('10 ақпан 2026');
    // The page's words around the neighbours' titles are Kazakh (each title keeps its own `lang`).
    expect([$('.article-nav').attr('lang'), $('.article-nav').attr('aria-label')]).toEqual([undefined, KK.neighbours]);
  });

  it('Markdown-looking text is shown literally, never as markup', () => {
    const $ = page('2026/03/zagolovok-s-b-tegami-b-i-skobkami');
    expect(plain($('h1').text())).toBe('Заголовок с <b>тегами</b> и {{ skobkami }}');
    expect($('.body b, .body a, .body code, .body ol, .body ul, .body h1, .body blockquote')).toHaveLength(0);
    expect($('.body p').map((_, p) => plain($(p).text())).get()).toEqual([
      '1. Первый пункт не список.',
      '* Звездочка не список',
      '# Не заголовок',
      '> Не цитата',
      'Текст с <b>жирным</b>, [ссылкой](http://example.com), `кодом` и {{ site.name }} {% raw %}.',
      '- дефис в начале',
      'A&amp;B и 5 * 3 _подчерк_ \\\\ слеш | черта ~тильда~',
    ]);
  });
});

describe('home page', () => {
  it('lists the newest articles first, two per page, linking to the newest numbered page', () => {
    const $ = page('');
    // The front page: the lead story (the newest, as no article has a photo), then the latest news.
    expect($('.front-lead h2 a, .front-latest .article-list a').map((_, a) => plain($(a).text())).get()).toEqual([
      'Число туристов в Туркестане выросло на 12%',
      'Түркістанда жаңа саябақ ашылды',
    ]);
    // 12 fixtures + 5 extra = 17 articles: the base page and pages 8 (newer) to 1 (the oldest).
    expect($('a[rel=next]').attr('href')).toBe('/page/8/');
    expect($('a[rel=next]').text()).toBe('Старше →');
    expect($('a[rel=prev]')).toHaveLength(0);
    expect($('.list-period')).toHaveLength(0);
    expect($('.pagination').text()).not.toMatch(/Страница|из/);
  });

  it('page 1 holds the oldest articles, newest first, and links only to newer ones', () => {
    const $ = page('page/1');
    expect($('.article-list a').map((_, a) => $(a).text()).get()).toEqual(['Новость номер 2', 'Новость номер 1']);
    expect($('a[rel=prev]').attr('href')).toBe('/page/2/');
    expect($('a[rel=prev]').text()).toBe('← Новее');
    expect($('a[rel=next]')).toHaveLength(0);
    expect($('.list-period').text()).toBe('Страница 1: 1–2 декабря 2025');
    expect($('title').text()).toBe('Страница 1 · 1–2 декабря 2025 · Habar');
  });

  it('the newest numbered page links up to the base page; no page says how many there are', () => {
    const $ = page('page/8');
    expect($('a[rel=prev]').attr('href')).toBe('/');
    expect($('a[rel=next]').attr('href')).toBe('/page/7/');
    expect($('body').text()).not.toMatch(/ из \d/);
    expect(readdirSync(join(site.output, 'page')).sort()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });
});

describe('tag pages', () => {
  it('one page per case-folded tag, showing the display name and linking to its articles', () => {
    const $ = page('tags/kazakhstan');
    // `Казахстан` (in the senate sample) and `казахстан` (five extra sources) are one tag; the more used spelling wins.
    expect($('h1').text()).toBe('#казахстан');
    expect($('.article-list a').first().attr('href')).toBe(`/${senateUrl}/`);
  });

  it('paginates within the tag, newest first on every page, pages numbered from the oldest', () => {
    const titles = ['', 'page/2', 'page/1'].map((p) => page(`tags/kazakhstan/${p}`)('.article-list a').map((_, a) => plain(load(a)('a').text())).get());
    expect(titles).toEqual([
      ['Спикер Сената встретился с министром иностранных дел Израиля', 'Новость номер 5'],
      ['Новость номер 4', 'Новость номер 3'],
      ['Новость номер 2', 'Новость номер 1'],
    ]);
    const links = (p: string) => ['prev', 'next'].map((rel) => page(`tags/kazakhstan/${p}`)(`a[rel=${rel}]`).attr('href'));
    expect(links('')).toEqual([undefined, '/tags/kazakhstan/page/2/']);
    expect(links('page/2')).toEqual(['/tags/kazakhstan/', '/tags/kazakhstan/page/1/']);
    expect(links('page/1')).toEqual(['/tags/kazakhstan/page/2/', undefined]);
    expect(page('tags/kazakhstan/page/2')('title').text()).toBe('#казахстан · страница 2 · 3–4 декабря 2025 · Habar');
  });

  it('pages for Сенат and Израиль link to the article', () => {
    for (const tag of ['senat', 'izrail']) {
      expect(page(`tags/${tag}`)('.article-list a').attr('href')).toBe(`/${senateUrl}/`);
    }
  });

  it('the tag index lists every tag with its article count', () => {
    const $ = page('tags');
    const entries = $('.tag-index li').map((_, li) => $(li).text().replace(/\s+/g, ' ').trim()).get();
    expect(entries).toContain('#казахстан 6');
    expect(entries).toContain('#Сенат 1');
    expect(entries).toContain('#туризм 1');
    expect(entries).toContain('#Qazaqstan 1');
    expect(entries).toHaveLength(22);
  });
});

describe('time zones', () => {
  it.each(['America/New_York', 'Asia/Almaty', 'Pacific/Kiritimati'])('dates do not shift under TZ=%s', (tz) => {
    const zoned = makeSite();
    try {
      addFixtureSource(zoned, '2026-01-27-senate-israel.txt');
      expect(runHabar(zoned.root, ['build'], { TZ: tz }).code).toBe(0);
      const $ = load(readFileSync(join(zoned.output, senateUrl, 'index.html'), 'utf8'));
      expect($('article time').text()).toBe('27 января 2026');
      expect(load(readFileSync(join(zoned.output, 'index.html'), 'utf8'))('.front-lead time').text()).toBe('27 января 2026');
    } finally {
      zoned.cleanup();
    }
  });
});

describe('bad sources', () => {
  it('fail the build with one line per bad file and leave the last good site intact', () => {
    const bad = makeSite();
    try {
      addFixtureSource(bad, '2026-01-27-senate-israel.txt');
      expect(runHabar(bad.root, ['build']).code).toBe(0);
      const before = snapshotTree(bad.output);
      for (const name of readdirSync(join(fixtures, 'bad'))) cpSync(join(fixtures, 'bad', name), join(bad.sources, name));
      const result = runHabar(bad.root, ['build']);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([
        'content/sources/blank-lines-only.txt:1: the source is empty; it needs a first line `date YYYY-MM-DD Title`',
        'content/sources/empty.txt:1: the source is empty; it needs a first line `date YYYY-MM-DD Title`',
        'content/sources/impossible-date.txt:1: 2026-02-30 is not a date in the calendar',
        'content/sources/malformed-date.txt:3: the date must be written YYYY-MM-DD, found "27.01.2026"',
        'content/sources/no-date-line.txt:1: the first line must be `date YYYY-MM-DD Title`, found "Спикер Сената встретился с министром"',
        'content/sources/no-title.txt:3: the title is missing after the date, and the only line under it is the text; write the headline on line 1: `date 2026-01-27 Headline`',
        'content/sources/not-utf8.txt:3: the file is not UTF-8 text; save it as UTF-8',
        'content/sources/title-no-body.txt:1: the article has a title but no body text',
        'Build stopped: 8 bad sources; the last built site was left as it was.',
      ]);
      expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
      expect(snapshotTree(bad.output)).toEqual(before);
    } finally {
      bad.cleanup();
    }
  });
});
