import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import matter from 'gray-matter';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownText, writeMarkdown } from '../../../src/ingest/markdown/write.ts';
import { PROPERTY_RUNS, PROPERTY_SEED } from '../../properties/arbitraries.ts';
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

describe('the front matter written without js-yaml', () => {
  // Strings that read as other types, or that js-yaml quotes or writes as blocks, among ordinary words.
  const SPECIAL = ['', ' ', 'null', 'Null', '~', 'true', 'FALSE', 'yes', 'off', 'On', 'y', '.inf', '-.Inf', '.nan', '0x1F', '0b101', '017', '1_000', '1e3', '-1.5', '190:20:30', '2016-01-31', '2016-01-31 10:00:00', '<<', 'ru', '12:30', ' a', 'a ', '#a', 'a #b', 'a#b', '-a', '- a', '? a', 'a: b', 'a:b', "it's", 'a\tb', 'a\nb', 'a\n'];
  const CHARACTERS = [..."aZ09 '’`^&-—_\\«»\"!?.,:;#/%@*|=>[]{}<~+e\t\n\r\u00a0\u0085\u2028\ufeffЁй🦄Σ中"];
  const text = fc.oneof(fc.constantFrom(...SPECIAL), fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 10 }).map((characters) => characters.join('')));
  const data = fc.record(
    { title: text, date: text, lang: text, tags: fc.array(text, { maxLength: 3 }), via: text, draft: fc.constant(true) },
    { requiredKeys: ['title', 'date', 'lang', 'tags'] },
  );

  it('is the text gray-matter writes', () => {
    fc.assert(
      fc.property(data, (frontMatter) => {
        const file = { data: frontMatter as never, body: 'Текст.\n' };
        expect(markdownText(file)).toBe(matter.stringify({ content: file.body }, frontMatter, { lineWidth: -1 } as never));
      }),
      { numRuns: PROPERTY_RUNS * 5, seed: PROPERTY_SEED },
    );
  });
});
