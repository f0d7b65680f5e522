import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeMarkdown } from '../../src/markdown/write.ts';
import { placeArticle } from '../../src/ingest/placement.ts';
import { decodeSource } from '../../src/source/decode.ts';
import { SourceError } from '../../src/source/errors.ts';
import { parseSource } from '../../src/source/parse.ts';
import { SlugAllocator } from '../../src/slug/allocator.ts';

// Like markdown-it's fixture files: each sources/NAME.txt has its expected markdown/NAME.md.
// UPDATE_FIXTURES=1 npm test rewrites the expectations; review the diff before committing it.
const fixtures = join(import.meta.dirname, '../fixtures');
const sources = readdirSync(join(fixtures, 'sources')).filter((f) => f.endsWith('.txt')).sort();

describe('source → Markdown fixtures', () => {
  it.each(sources)('%s', (name) => {
    const text = decodeSource(readFileSync(join(fixtures, 'sources', name)));
    if (text instanceof SourceError) throw text;
    const article = parseSource(text);
    if (article instanceof SourceError) throw article;
    const place = placeArticle(article, new SlugAllocator());
    const markdown = writeMarkdown(article, { url: place.url, source: name });
    const expectedPath = join(fixtures, 'markdown', `${basename(name, '.txt')}.md`);
    if (process.env.UPDATE_FIXTURES || !existsSync(expectedPath)) writeFileSync(expectedPath, markdown);
    expect(markdown).toBe(readFileSync(expectedPath, 'utf8'));
  });
});
