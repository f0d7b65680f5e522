import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeMarkdown, type Placement } from '../../src/ingest/markdown/write.ts';
import type { Article } from '../../src/source/article.ts';
import { runHabar } from '../../support/cli.ts';
import { makeSite } from '../../support/site.ts';
import { addPhoto } from '../helpers/photos.ts';

// Two real builds: a Russian site with every editorial detail and a default social image, and a
// Kazakh one with a single detail set. Articles are written as ingest writes them.
const origin = 'https://habar.example.kz';
const EDITORIAL = {
  editorInChief: 'Айгерим Садыкова',
  address: 'ул. Абая, 10, Алматы',
  phone: '+7 (727) 123-45-67',
  email: 'editor@habar.example.kz',
  registration: 'Свидетельство о постановке на учёт № 12345-СИ',
  socialImage: '/assets/social.png',
};
const TITLE = 'Сенат одобрил закон "о СМИ" & поправки';
const photographed = '/2026/01/senat-odobril-zakon/';
const unphotographed = '/2026/01/akimat-otchitalsya/';
const older = (day: number) => `/2026/01/novost-${day}/`;

let ru: ReturnType<typeof makeSite>;
let kk: ReturnType<typeof makeSite>;
const page = (site: ReturnType<typeof makeSite>, url: string): CheerioAPI => load(readFileSync(join(site.output, url, 'index.html'), 'utf8'));

function addArticle(site: ReturnType<typeof makeSite>, article: Omit<Article, 'paragraphs' | 'tags'>, placement: Placement): void {
  const file = join(site.articles, `${placement.url.slice(1, -1)}.md`);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, writeMarkdown({ paragraphs: [`${article.title}.`], tags: ['Сенат'], ...article }, placement));
}

function build(site: ReturnType<typeof makeSite>): void {
  const result = runHabar(site.root, ['build']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
}

beforeAll(async () => {
  ru = makeSite(EDITORIAL);
  await addPhoto({ ...ru, sources: join(ru.root, 'content/assets') }, 'social.png', 1200, 630);
  await addPhoto(ru, 'senat.jpg');
  addArticle(ru, { date: '2026-01-27', time: '14:30', title: TITLE, lang: 'ru', photoCredit: 'Сенат' }, { url: photographed, source: '', photo: 'senat.jpg', modified: '2026-02-02' });
  addArticle(ru, { date: '2026-01-26', title: 'Акимат отчитался', lang: 'ru', photoCredit: 'Акимат' }, { url: unphotographed, source: '' });
  for (let day = 1; day <= 7; day++) addArticle(ru, { date: `2026-01-0${day}`, title: `Новость ${day}`, lang: 'ru' }, { url: older(day), source: '' });
  build(ru);
  kk = makeSite({ lang: 'kk', editorInChief: 'Айгерім Сәрсенова', phone: '' });
  addArticle(kk, { date: '2026-02-10', title: 'Кітапхана ашылды', lang: 'kk' }, { url: '/2026/02/kitapkhana-ashyldy/', source: '' });
  build(kk);
});
afterAll(() => {
  ru?.cleanup();
  kk?.cleanup();
});

describe('dates', () => {
  it('the publication, with its time, and «Обновлено» are lines of their own', () => {
    const $ = page(ru, photographed);
    expect($('.meta .published time').text()).toBe('27 января 2026, 14:30');
    expect($('.meta .published time').attr('datetime')).toBe('2026-01-27T14:30:00+05:00');
    expect($('.meta .modified').text()).toBe('Обновлено 2 февраля 2026');
    expect($('.meta .modified time').attr('datetime')).toBe('2026-02-02');
    expect($('.meta .published').text()).not.toContain('Обновлено');
  });

  it('the article\'s full URL is in the page, for print', () => {
    expect(page(ru, photographed)('.meta .print-url').text()).toBe(`${origin}${photographed}`);
  });
});

describe('share links', () => {
  it('go to each network with the URL and title percent-encoded, and the copy button holds the URL', () => {
    const $ = page(ru, photographed);
    const url = encodeURIComponent(`${origin}${photographed}`);
    const title = encodeURIComponent(TITLE);
    expect(url).toBe('https%3A%2F%2Fhabar.example.kz%2F2026%2F01%2Fsenat-odobril-zakon%2F');
    expect(title).toContain('%22%D0%BE%20%D0%A1%D0%9C%D0%98%22%20%26%20');
    expect($('.share a').map((_, a) => `${$(a).text()} ${a.attribs.href}`).get()).toEqual([
      `Telegram https://t.me/share/url?url=${url}&text=${title}`,
      `WhatsApp https://wa.me/?text=${title}%20${url}`,
      `ВКонтакте https://vk.com/share.php?url=${url}&title=${title}`,
      `Facebook https://www.facebook.com/sharer/sharer.php?u=${url}`,
      `X https://x.com/intent/tweet?url=${url}&text=${title}`,
    ]);
    expect($('.share a').map((_, a) => a.attribs.rel).get()).toEqual(Array(5).fill('noopener noreferrer'));
    expect($('.share .copy').attr('hidden')).toBeDefined();
    expect($('.share .copy button').attr('data-url')).toBe(`${origin}${photographed}`);
  });

  it('load nothing from other sites: every script is the site\'s own', () => {
    const $ = page(ru, photographed);
    expect($('script[src]').map((_, s) => s.attribs.src).get()).toEqual(['/assets/article.js']);
    expect($('img, iframe, link[href^="http"]:not([rel=canonical])').filter((_, el) => /^https?:/.test(el.attribs.src ?? el.attribs.href ?? ''))).toHaveLength(0);
  });

  it('are in the site\'s language on a Kazakh site', () => {
    const $ = page(kk, '/2026/02/kitapkhana-ashyldy/');
    expect($('.share-label').text()).toBe('Бөлісу:');
    expect($('.share .copy button').text()).toBe('Сілтемені көшіру');
    expect($('.latest h2').text()).toBe('Соңғы жаңалықтар');
  });
});

describe('latest news', () => {
  it('the page holds an empty, hidden aside that its script fills from /latest-news.json', () => {
    const $ = page(ru, older(1));
    expect($('aside.latest').attr('hidden')).toBeDefined();
    expect($('aside.latest').attr('data-src')).toBe('/latest-news.json');
    expect($('aside.latest li')).toHaveLength(0);
  });

  it('/latest-news.json lists the seven newest articles, titles typeset, with their dates and times', () => {
    const latest = JSON.parse(readFileSync(join(ru.output, 'latest-news.json'), 'utf8')) as { url: string; title: string; when: string; datetime: string; lang: string }[];
    expect(latest.map((item) => item.url)).toEqual([photographed, unphotographed, older(7), older(6), older(5), older(4), older(3)]);
    expect(latest[0]).toEqual({
      url: photographed,
      title: 'Сенат одобрил закон «о\u00A0СМИ» & поправки',
      lang: 'ru',
      datetime: '2026-01-27T14:30:00+05:00',
      when: '27 января 2026, 14:30',
    });
  });
});

describe('photos and social images', () => {
  it('a credit shows with its photo; without a photo there is no credit line', () => {
    expect(page(ru, photographed)('figure figcaption.photo-credit').text()).toBe('Фото: Сенат');
    const $ = page(ru, unphotographed);
    expect($('.photo-credit')).toHaveLength(0);
    expect($('main').text()).not.toContain('Акимат отчитался. Фото');
  });

  it('a page without a photo shows the default social image, in Open Graph, the Twitter card and JSON-LD', () => {
    const $ = page(ru, unphotographed);
    const image = `${origin}/assets/social.png`;
    expect($('meta[property="og:image"]').attr('content')).toBe(image);
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
    expect(JSON.parse($('script[type="application/ld+json"]').text()).image).toEqual([image]);
    expect(readFileSync(join(ru.output, 'assets/social.png')).length).toBeGreaterThan(0);
    expect(page(ru, '/')('meta[property="og:image"]').attr('content')).toBe(image);
  });

  it('an article\'s own photo comes before the default image', () => {
    const images = page(ru, photographed)('meta[property="og:image"]').map((_, m) => m.attribs.content).get();
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/^https:\/\/habar\.example\.kz\/img\/.+\.jpeg$/);
  });

  it('without the setting, no default image', () => {
    const $ = page(kk, '/2026/02/kitapkhana-ashyldy/');
    expect($('meta[property="og:image"]')).toHaveLength(0);
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary');
  });
});

describe('footer', () => {
  it('shows each editorial detail that is set, with its label, on every page', () => {
    for (const url of ['/', photographed, '/tags/']) {
      const $ = page(ru, url);
      expect($('.site-footer .publisher').text()).toBe('© Habar');
      expect($('.site-footer .editorial div').map((_, d) => $(d).text()).get()).toEqual([
        'Главный редактор Айгерим Садыкова',
        'Адрес редакции ул. Абая, 10, Алматы',
        'Телефон +7 (727) 123-45-67',
        'Эл. почта editor@habar.example.kz',
      ]);
      expect($('.site-footer .registration').text()).toBe('Свидетельство о\u00A0постановке на\u00A0учёт №\u00A012345-СИ');
    }
    const $ = page(ru, '/');
    expect($('.site-footer a').map((_, a) => a.attribs.href).get()).toEqual(['tel:+77271234567', 'mailto:editor@habar.example.kz']);
  });

  it('shows only what is set, in the site\'s language; an empty detail is not set', () => {
    const $ = page(kk, '/');
    expect($('.site-footer .editorial div').map((_, d) => $(d).text()).get()).toEqual(['Бас редактор Айгерім Сәрсенова']);
    expect($('.site-footer .registration')).toHaveLength(0);
    expect($('.site-footer a')).toHaveLength(0);
  });
});
