import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeMarkdown } from '../../src/ingest/markdown/write.ts';
import { placeArticle } from '../../src/ingest/placement.ts';
import { decodeSource } from '../../src/source/decode.ts';
import { SourceError } from '../../src/source/errors.ts';
import { parseSource } from '../../src/source/parse.ts';
import { SlugAllocator } from '../../src/ingest/slug/allocator.ts';

// Like markdown-it's fixture files: each sources/NAME.txt has its expected markdown/NAME.md, or
// errors/NAME.txt when the source must be refused (`line: reason`), and skipped/NAME.txt lists the
// lines left out as page clutter (`line: rule: text`). UPDATE_FIXTURES=1 npm test rewrites the
// expectations; review the diff before committing it.
const fixtures = join(import.meta.dirname, '../fixtures');
const sources = readdirSync(join(fixtures, 'sources')).filter((f) => f.endsWith('.txt')).sort();
const update = Boolean(process.env.UPDATE_FIXTURES);

interface Outcome {
  folder: 'markdown' | 'errors';
  file: string;
  text: string;
  skipped: string;
}

function outcome(name: string): Outcome {
  const text = decodeSource(readFileSync(join(fixtures, 'sources', name)));
  if (text instanceof SourceError) throw text;
  const stem = basename(name, '.txt');
  const article = parseSource(text);
  if (article instanceof SourceError) return { folder: 'errors', file: `${stem}.txt`, text: `${article.line}: ${article.reason}\n`, skipped: '' };
  const place = placeArticle(article, new SlugAllocator());
  const skipped = (article.skipped ?? []).map((s) => `${s.line}: ${s.rule}: ${s.text}\n`).join('');
  return { folder: 'markdown', file: `${stem}.md`, text: writeMarkdown(article, { url: place.url, source: name }), skipped };
}

function expectFile(path: string, actual: string): void {
  if (update) {
    mkdirSync(join(path, '..'), { recursive: true });
    if (actual === '' && !existsSync(path)) return;
    writeFileSync(path, actual);
  }
  const expected = existsSync(path) ? readFileSync(path, 'utf8') : '';
  expect(actual, `${path} (UPDATE_FIXTURES=1 writes it)`).toBe(expected);
}

describe('source → Markdown fixtures', () => {
  it.each(sources)('%s', (name) => {
    const result = outcome(name);
    const other = join(fixtures, result.folder === 'markdown' ? 'errors' : 'markdown', result.folder === 'markdown' ? `${basename(name, '.txt')}.txt` : `${basename(name, '.txt')}.md`);
    expect(existsSync(other), `${other} expects the other outcome`).toBe(false);
    expect(existsSync(join(fixtures, result.folder, result.file)) || update, `${result.folder}/${result.file} is missing (UPDATE_FIXTURES=1 writes it)`).toBe(true);
    expectFile(join(fixtures, result.folder, result.file), result.text);
    expectFile(join(fixtures, 'skipped', `${basename(name, '.txt')}.txt`), result.skipped);
  });
});
