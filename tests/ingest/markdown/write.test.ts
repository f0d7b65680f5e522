import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeMarkdown } from '../../../src/ingest/markdown/write.ts';
import type { Article } from '../../../src/source/article.ts';
import { loadArticles } from '../../../src/index/load-articles.ts';

const article: Article = { date: '2026-01-27', title: 'Сенат одобрил закон', lang: 'ru', paragraphs: ['Сенат одобрил закон.'], tags: ['Сенат'] };
const placement = { url: '/2026/01/senat/', source: '2026-01-27-senat.txt' };

describe('the publication time in the front matter', () => {
  const root = mkdtempSync(join(tmpdir(), 'habar-time-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Writes `markdown` as the only article of a fresh folder and reads it back as a build does. */
  async function readBack(markdown: string) {
    const dir = mkdtempSync(join(root, 'articles-'));
    writeFileSync(join(dir, 'a.md'), markdown);
    const [read] = await loadArticles(dir, dir);
    return read!;
  }

  it('is written quoted, after the date, and read back as written', async () => {
    const markdown = writeMarkdown({ ...article, time: '09:05' }, placement);
    expect(markdown).toContain("date: '2026-01-27'\ntime: '09:05'\nlang: ru\n");
    expect((await readBack(markdown)).time).toBe('09:05');
    // 14:30 unquoted would be YAML's base-60 number 870.
    expect(await readBack(writeMarkdown({ ...article, time: '14:30' }, placement))).toMatchObject({ date: '2026-01-27', time: '14:30' });
  });

  it('is left out when the source gives only the day', async () => {
    const markdown = writeMarkdown(article, placement);
    expect(markdown).not.toContain('time:');
    expect(markdown).toContain("date: '2026-01-27'\nlang: ru\n");
    expect(await readBack(markdown)).not.toHaveProperty('time');
  });
});
