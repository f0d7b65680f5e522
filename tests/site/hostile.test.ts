import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureLines, runHabar } from '../../support/cli.ts';
import { addHostileCorpus, IMG_ONERROR, MEGABYTE_LINE, SCRIPT } from '../helpers/hostile-corpus.ts';
import { brokenLinks, htmlPages, validationErrors } from '../helpers/html-checks.ts';
import { addFixtureSource, makeSite, publishedFixtures } from '../../support/site.ts';
import { withoutTypography } from '../helpers/typography.ts';

// Two real builds: the fixture sources (what the layouts produce from ordinary text) and the hostile
// corpus plus a hand-edited article. Every element and attribute of the hostile site must be one the
// ordinary site has too: nothing in a page may come from a source.
let benign: ReturnType<typeof makeSite>;
let site: ReturnType<typeof makeSite>;
const page = (url: string): CheerioAPI => load(readFileSync(join(site.output, url, 'index.html'), 'utf8'));
const articleUrl = (source: string): string => {
  const registry = JSON.parse(readFileSync(join(site.articles, 'registry.json'), 'utf8')) as { articles: Record<string, { url: string }> };
  return registry.articles[source]!.url;
};
const articlePage = (source: string): CheerioAPI => page(articleUrl(source));
// Text as the author wrote it: the typography rule may set quotes, dashes and non-breaking spaces.
const paragraphs = ($: CheerioAPI): string[] => $('.body p').map((_, p) => withoutTypography($(p).text())).get();
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'srcset', 'poster', 'data']);
// The one kind of outside URL a page may hold: a network's share address for the page itself.
const SHARE_ADDRESSES = ['https://t.me/share/url?', 'https://wa.me/?', 'https://vk.com/share.php?', 'https://www.facebook.com/sharer/sharer.php?', 'https://x.com/intent/tweet?'];
const sharesThePage = (value: string, pageUrl: string): boolean =>
  SHARE_ADDRESSES.some((address) => value.startsWith(address)) && !/[\s"<>]/.test(value) && decodeURIComponent(value).includes(pageUrl);
const textOf = ($: CheerioAPI, selector: string): string => withoutTypography($(selector).text());
const tagLinks = ($: CheerioAPI): string[] => $('a[rel=tag]').map((_, a) => `${$(a).text()} ${$(a).attr('href')}`).get();

const HAND_EDITED = `---
title: '${SCRIPT} правка вручную'
date: '2026-05-11'
lang: ru
url: /2026/05/hand-edited/
tags: ['${IMG_ONERROR}', '../..', 'a/b\\c', '{{ site.name }}']
---
Тело ${SCRIPT} и [ссылка](javascript:alert(1)) и ${IMG_ONERROR} и ![x](javascript:alert(1))
`;

function build(paths: ReturnType<typeof makeSite>): void {
  const result = runHabar(paths.root, ['build']);
  expect(failureLines(result.stderr)).toEqual([]);
  expect(result.code).toBe(0);
}

function elements($: CheerioAPI): Array<{ tagName: string; attribs: Record<string, string> }> {
  return $('*').toArray().flatMap((node) => ('tagName' in node ? [{ tagName: node.tagName, attribs: node.attribs }] : []));
}

/** `tag` and `tag[attribute]` for every element of every page below `dir`. */
function markupVocabulary(dir: string): Set<string> {
  const seen = new Set<string>();
  for (const name of htmlPages(dir)) {
    const $ = load(readFileSync(join(dir, name), 'utf8'));
    for (const element of elements($)) {
      seen.add(element.tagName);
      for (const attribute of Object.keys(element.attribs)) seen.add(`${element.tagName}[${attribute}]`);
    }
  }
  return seen;
}

beforeAll(() => {
  benign = makeSite();
  for (const name of publishedFixtures()) addFixtureSource(benign, name);
  build(benign);
  site = makeSite();
  addHostileCorpus(site);
  mkdirSync(join(site.articles, '2026/05'), { recursive: true });
  writeFileSync(join(site.articles, '2026/05/hand-edited.md'), HAND_EDITED);
  build(site);
});
afterAll(() => {
  benign?.cleanup();
  site?.cleanup();
});

describe('every page of the hostile corpus', () => {
  it('uses only elements and attributes the layouts produce for ordinary articles', () => {
    const allowed = markupVocabulary(benign.output);
    expect([...markupVocabulary(site.output)].filter((entry) => !allowed.has(entry))).toEqual([]);
  });

  it('has no script, no event handler attribute and no URL other than the site\'s own', () => {
    const siteUrl = (JSON.parse(readFileSync(join(site.root, 'content/_data/site.json'), 'utf8')) as { url: string }).url;
    for (const name of htmlPages(site.output)) {
      const $ = load(readFileSync(join(site.output, name), 'utf8'));
      // JSON-LD is data, never run; it must still parse and hold no markup that could end its element.
      // The search page's own external scripts are the layouts'; nothing else may run.
      expect($('script, iframe, object, embed, style, img').not('script[type="application/ld+json"], script[src^="/"]').length, name).toBe(0);
      $('script[type="application/ld+json"]').each((_, script) => {
        expect(() => JSON.parse($(script).text()), name).not.toThrow();
        expect($(script).html(), name).not.toMatch(/<\//);
      });
      for (const element of elements($)) {
        for (const [attribute, value] of Object.entries(element.attribs)) {
          expect(attribute, name).not.toMatch(/^on/i);
          // Text attributes (og:title, alt) may quote a hostile title as text; URLs must be the site's.
          if (URL_ATTRIBUTES.has(attribute)) {
            expect(value, name).not.toMatch(/javascript:/i);
            const own = value.startsWith('/') || value.startsWith('#') || value.startsWith(siteUrl);
            expect(own || sharesThePage(value, `${siteUrl}/${name.replace(/index\.html$/, '')}`), `${name}: ${value}`).toBe(true);
          }
        }
      }
    }
  });

  it('has 0 html-validate errors', async () => {
    expect(await validationErrors(site.output)).toEqual([]);
  });

  it('has 0 broken links', async () => {
    const links = await brokenLinks(site.output);
    expect(links.checked).toBeGreaterThan(60);
    expect(links.broken).toEqual([]);
  });
});

describe('named hostile cases, as built', () => {
  it('<script> and <img onerror> in the title, body and tag line are shown as text', () => {
    const $ = articlePage('script-title.txt');
    expect(textOf($, 'h1')).toBe(`${SCRIPT} Заголовок ${IMG_ONERROR}`);
    expect(textOf($, 'title')).toBe(`${SCRIPT} Заголовок ${IMG_ONERROR}`);
    expect(paragraphs($)).toEqual([
      `Текст ${SCRIPT} и ${IMG_ONERROR} в теле.`,
      '<a href="javascript:alert(1)">ссылка</a> <iframe src="//evil.example"></iframe> <style>body{display:none}</style>',
      `#Казахстан ${IMG_ONERROR}`,
    ]);
    expect(tagLinks($)).toEqual([]);
  });

  it('a hand-edited article\'s markup in the title, tags and Markdown body is escaped; javascript: links are dropped', () => {
    const $ = page('2026/05/hand-edited');
    expect(textOf($, 'h1')).toBe(`${SCRIPT} правка вручную`);
    expect(textOf($, '.body').trim()).toBe(`Тело ${SCRIPT} и [ссылка](javascript:alert(1)) и ${IMG_ONERROR} и ![x](javascript:alert(1))`);
    const tags = tagLinks($);
    expect(tags.map((t) => t.split(' /')[0])).toEqual([`#${IMG_ONERROR}`, '#../..', '#a/b\\c', '#{{ site.name }}']);
    for (const tag of tags) expect(tag.split(' ').at(-1)).toMatch(/^\/tags\/[a-z0-9-]+\/$/);
  });

  it('Markdown syntax at line starts is text: no heading, list, quote, rule, code, table, link or image', () => {
    const $ = articlePage('markdown-line-starts.txt');
    expect(textOf($, 'h1')).toBe('# Заголовок с *звездами* и [ссылкой](javascript:alert(1))');
    expect($('.body *').map((_, e) => e.tagName).get().every((tag) => tag === 'p')).toBe(true);
    expect(paragraphs($)).toEqual([
      '# Не заголовок', '## И это не заголовок', '> Не цитата', '- Не список', '+ Не список', '* Не список',
      '1. Не нумерованный список', '2) И это не список', '***', '===', '```js', '| колонка | колонка |',
      '[метка]: javascript:alert(1)',
      '![картинка](x.png) [ссылка](javascript:alert(1)) <javascript:alert(1)> <http://evil.example>',
      '<!-- комментарий --> &lt;b&gt; &amp; &#60;script&#62; \\ в конце\\',
    ]);
  });

  it('{{ }} and {% %} are neither evaluated nor an error', () => {
    const $ = articlePage('template-syntax.txt');
    expect(textOf($, 'h1')).toBe('{{ site.name }} и {% include "base.njk" %} в заголовке');
    expect(textOf($, 'title')).toBe('{{ site.name }} и {% include "base.njk" %} в заголовке');
    expect(paragraphs($)).toEqual([
      '{{ 7 * 7 }} {{ site | dump }} {%- raw -%} {% endraw %} {# комментарий #}',
      '{% set x = "y" %}{{ x }} ${process.exit(1)} <%= 1 %> {{{ тройные }}}',
    ]);
  });

  it('YAML-significant text (": ", "#", "---", a leading "-", quotes) survives the front matter', () => {
    const $ = articlePage('yaml-significant.txt');
    expect(textOf($, 'h1')).toBe('- "Сенат": ключ: значение # не комментарий \'кавычки\'');
    expect(paragraphs($)).toEqual(['---', 'title: подмена', '- пункт списка', '"кавычки" и \'апострофы\' & *якорь !!js/function ? вопрос % @ `', '...']);
  });

  it('../, /, \\ and NUL in a title give a plain slug, and the title is shown without the NUL', () => {
    const url = articleUrl('paths-in-title.txt');
    expect(url).toMatch(/^\/2026\/05\/[a-z0-9-]+\/$/);
    const $ = page(url);
    expect(textOf($, 'h1')).toBe('../../../etc/passwd /корень \\\\server\\share ..\\.. NUL');
    expect(paragraphs($)).toEqual(['Путь ../../outside и C:\\Windows\\system32 и /etc/passwd и NUL внутри.']);
  });

  it('a title and tags that transliterate to nothing get the fallback slugs `article` and `tag`', () => {
    expect(articleUrl('empty-slug-tags.txt')).toBe('/2026/05/article/');
    expect(tagLinks(articlePage('empty-slug-tags.txt'))).toEqual(['#中文 /tags/tag/', '#日本語 /tags/tag-2/', '#___ /tags/tag-3/']);
    expect(page('tags/tag-2')('h1').text()).toBe('#日本語');
  });

  it('a 1 MB line is kept whole, word for word', () => {
    const $ = articlePage('megabyte-line.txt');
    expect(paragraphs($)).toEqual([MEGABYTE_LINE]);
  });

  it('mixed LF, CRLF and CR line endings split paragraphs the same way', () => {
    const $ = articlePage('mixed-line-endings.txt');
    expect(paragraphs($)).toEqual(['Первый абзац.', 'Второй абзац.', 'Третий абзац.']);
    expect(tagLinks($)).toEqual(['#переводы /tags/perevody/']);
  });

  it('zero-width and bidirectional controls are removed; right-to-left letters are kept', () => {
    const $ = articlePage('invisible-and-rtl.txt');
    expect(textOf($, 'h1')).toBe('Заголовок с управляющими символами');
    expect(paragraphs($)).toEqual(['Текст с нулевой шириной, перевёрнутым фрагментом и арабским словом مرحبا и ивритом שלום.']);
    expect(tagLinks($)).toEqual(['#Невидимый /tags/nevidimiy/', '#שלום /tags/tag-4/']);
    expect($.html()).not.toMatch(/[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });

  it('fifty tags (the most allowed) each get a page', () => {
    expect(tagLinks(articlePage('many-tags.txt'))).toHaveLength(50);
    expect(page('tags/teg49')('.article-list a').attr('href')).toBe(articleUrl('many-tags.txt'));
  });
});
