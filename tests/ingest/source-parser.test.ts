import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARSE_THREAD_FROM, sourceParser } from '../../src/ingest/source-parser.ts';
import { readArticle } from '../../src/ingest/read-article.ts';
import { syncSources } from '../../src/ingest/sync.ts';
import { SourceError } from '../../src/source/errors.ts';
import { generateCorpus } from '../../support/corpus/corpus.ts';
import { addSource, fixtures, snapshotTree, throwawaySites } from '../../support/site.ts';

const site = throwawaySites();

describe('the ingest parser in a thread', () => {
  it('gives every fixture source the article (or the refusal) the ingest\'s own thread gives it', async () => {
    const dir = join(fixtures, 'sources');
    const sources = readdirSync(dir).sort().map((name) => readFileSync(join(dir, name)));
    sources.push(Buffer.from([0x64, 0x61, 0x74, 0x65, 0x0a, 0xff, 0xfe]));
    const parser = sourceParser(PARSE_THREAD_FROM);
    try {
      const threaded = await Promise.all(sources.map((bytes) => parser.parse(bytes)));
      expect(threaded.filter((article) => article instanceof SourceError).length).toBeGreaterThan(1);
      threaded.forEach((article, i) => {
        const inline = readArticle(sources[i]!);
        expect(article).toBeInstanceOf(inline.constructor);
        expect(article instanceof SourceError ? [article.reason, article.line] : article).toEqual(inline instanceof SourceError ? [inline.reason, inline.line] : inline);
      });
    } finally {
      await parser.close();
    }
  });

  it('fails a parse asked after it closed, instead of leaving it waiting', async () => {
    const parser = sourceParser(PARSE_THREAD_FROM);
    const outcome = parser.parse(Buffer.from('date 2026-01-05 Заголовок\n\nТекст.\n')).then(() => 'answered', (error: Error) => error.message);
    await parser.close();
    await expect(parser.parse(Buffer.from('date 2026-01-05 Другой\n\nТекст.\n'))).rejects.toThrow('the ingest ended before this source was parsed');
    // A parse asked before the close was answered, or failed by it: never left waiting.
    expect(['answered', 'the ingest ended before this source was parsed']).toContain(await outcome);
  });

  it('writes the articles of a large clean ingest as an ingest of the same sources a few at a time does', async () => {
    const corpus = [...generateCorpus(PARSE_THREAD_FROM, 5)];
    const atOnce = site();
    for (const file of corpus) addSource(atOnce, file.fileName, file.text);
    const inBatches = site();
    const sorted = [...corpus].sort((a, b) => (a.fileName < b.fileName ? -1 : 1));
    for (const batch of [sorted.slice(0, 600), sorted.slice(600)]) {
      for (const file of batch) addSource(inBatches, file.fileName, file.text);
      await syncSources(inBatches);
    }
    const report = await syncSources(atOnce);
    expect(report.written).toHaveLength(PARSE_THREAD_FROM);
    const markdown = (tree: Map<string, string>) => new Map([...tree].filter(([path]) => path.endsWith('.md')));
    expect(markdown(snapshotTree(atOnce.articles))).toEqual(markdown(snapshotTree(inBatches.articles)));
  });
});
