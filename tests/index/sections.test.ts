import { describe, expect, it } from 'vitest';
import { frontPage } from '../../src/index/front-page.ts';
import { paginate } from '../../src/index/pages.ts';
import { buildSections } from '../../src/index/sections.ts';
import type { SiteArticle, TagRef } from '../../src/index/site-index.ts';

const tag = (name: string): TagRef => ({ name, slug: name, url: `/tags/${name}/` });
const article = (url: string, tags: TagRef[], photo = false): SiteArticle & { leadPhoto?: object } =>
  ({ title: url, url: `/${url}/`, date: '2026-01-01', lang: 'ru', description: '', source: '', file: '', tags, ...(photo && { leadPhoto: {} }) }) as SiteArticle;

const [senat, mazhilis, sport] = [tag('Сенат'), tag('мажилис'), tag('спорт')];
const POLITICS = { name: 'Политика', slug: 'politika', tags: ['сенат', 'Мажилис'] };
const SPORT = { name: 'Спорт', slug: 'sport', tags: ['Спорт', 'Сенат'] };

describe('sections', () => {
  it('hold the articles carrying one of their tags in any case, newest first; an article may be in several', () => {
    const articles = [article('a', [senat]), article('b', [sport]), article('c', [mazhilis, senat]), article('d', [tag('погода')])];
    const sections = buildSections(articles, [POLITICS, SPORT], 20);
    expect(sections.refs).toEqual([{ name: 'Политика', slug: 'politika', url: '/politika/' }, { name: 'Спорт', slug: 'sport', url: '/sport/' }]);
    expect(sections.articles.map((list) => list.map((item) => item.url))).toEqual([['/a/', '/c/'], ['/a/', '/b/', '/c/']]);
  });

  it('are paginated from the oldest as every list is, so an added article changes no numbered page', () => {
    const older = Array.from({ length: 7 }, (_, i) => article(`n${7 - i}`, [senat]));
    const before = buildSections(older, [POLITICS], 3).pages;
    const after = buildSections([article('n8', [mazhilis]), ...older], [POLITICS], 3).pages;
    expect(before.map((page) => page.url)).toEqual(['/politika/', '/politika/page/2/', '/politika/page/1/']);
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0]!.items.map((item) => item.url)).toEqual(['/n8/', '/n7/', '/n6/']);
    expect(after[0]!.section).toEqual(before[0]!.section);
  });

  it('with no article still have their page, empty', () => {
    expect(buildSections([article('a', [sport])], [POLITICS], 20).pages).toEqual([
      { url: '/politika/', items: [], section: { name: 'Политика', slug: 'politika', url: '/politika/' } },
    ]);
  });
});

describe('the front page', () => {
  it('leads with the newest article that has a photo; the others are the latest news, in order', () => {
    const items = [article('a', [senat]), article('b', [sport], true), article('c', [sport], true)];
    const front = frontPage(paginate(items, 20, '/')[0]!, [], items)!;
    expect(front.lead.url).toBe('/b/');
    expect(front.latest.map((item) => item.url)).toEqual(['/a/', '/c/']);
  });

  it('leads with the newest article when none has a photo; an empty site has no front page', () => {
    const items = [article('a', [senat]), article('b', [sport])];
    expect(frontPage(paginate(items, 20, '/')[0]!, [], items)!.lead.url).toBe('/a/');
    expect(frontPage(paginate([], 20, '/')[0]!, [], [])).toBeUndefined();
  });

  it('gives each section with other articles than the lead a block of its newest four', () => {
    const items = Array.from({ length: 6 }, (_, i) => article(`s${i}`, [sport], i === 0));
    const blocks = [
      { heading: 'Спорт', url: '/sport/', articles: items },
      { heading: 'Политика', url: '/politika/', articles: [items[0]!] },
    ];
    const front = frontPage(paginate(items, 20, '/')[0]!, blocks, items)!;
    expect(front.blocks).toEqual([{ heading: 'Спорт', url: '/sport/', articles: items.slice(1, 5) }]);
  });

  it('without sections gives blocks to the tags most used among the newest articles, used at least twice', () => {
    // A tag used once (погода) gets no block.
    const items = [article('a', [senat, sport]), article('b', [sport]), article('c', [sport, mazhilis]), article('d', [mazhilis]), article('e', [senat]), article('f', [tag('погода')])];
    const front = frontPage(paginate(items, 20, '/')[0]!, [], items)!;
    expect(front.blocks.map((block) => [block.heading, block.articles.map((item) => item.url)])).toEqual([
      ['#спорт', ['/b/', '/c/']],
      // Equally used: by URL. The lead story (a) is left out of its blocks.
      ['#Сенат', ['/e/']],
      ['#мажилис', ['/c/', '/d/']],
    ]);
  });
});
