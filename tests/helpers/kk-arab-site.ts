import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { placeArticle } from '../../src/ingest/placement.ts';
import { writeMarkdown } from '../../src/ingest/markdown/write.ts';
import { SlugAllocator } from '../../src/ingest/slug/allocator.ts';
import type { Article } from '../../src/source/article.ts';
import { runHabar } from '../../support/cli.ts';
import { addSource, makeSite, source } from '../../support/site.ts';

export const ARABIC_SCRIPT_ARTICLE: Article = {
  date: '2026-02-12',
  title: 'استانادا جاڭا كوپىر اشىلدى',
  lang: 'kk-Arab',
  paragraphs: ['ەلوردادا "ەسىل" وزەنى ارقىلى جاڭا كوپىر اشىلدى - دەپ حابارلايدى قالا اكىمدىگى.', 'كوپىردىڭ ۇزىندىعى 300 مەتر.'],
  tags: ['استانا', 'Астана'],
};

/**
 * A built Russian site with an article in Kazakh in Arabic script, its Markdown written as ingest
 * writes one (the parser's detection of the script is not the subject), between an earlier and a
 * later Russian article on the same story, so each page links the others.
 */
export function buildKkArabSite(): ReturnType<typeof makeSite> & { url: string } {
  const site = makeSite();
  const placed = placeArticle(ARABIC_SCRIPT_ARTICLE, new SlugAllocator());
  const file = join(site.articles, placed.file);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, writeMarkdown(ARABIC_SCRIPT_ARTICLE, { url: placed.url, source: 'kopir.txt' }));
  addSource(site, 'most.txt', source('2026-02-11', 'В Астане строят мост', 'Мост строят.', '#Астана'));
  addSource(site, 'most-2.txt', source('2026-02-13', 'По новому мосту пустили транспорт', 'Транспорт пустили.', '#Астана'));
  const result = runHabar(site.root, ['build']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return { ...site, url: placed.url };
}
