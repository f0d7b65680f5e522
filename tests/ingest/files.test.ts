import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAhead, type ReadAheadOptions } from '../../src/ingest/files.ts';
import { throwawayFolders } from '../../support/site.ts';

const folder = throwawayFolders('habar-read-');

describe('readAhead', () => {
  // One after another while reads come from the page cache; several at a time once they seem to
  // wait on the disk: here from the ninth file on, or from the second.
  const modes: [string, ReadAheadOptions][] = [
    ['one after another', { cachedReadMs: Infinity }],
    ['several at a time from the ninth', { ahead: 4, checkEvery: 8, cachedReadMs: -1 }],
    ['several at a time from the second', { ahead: 4, checkEvery: 1, cachedReadMs: -1 }],
  ];
  it.each(modes)('yields every file in the order given, undefined for one that does not exist: %s', async (_mode, options) => {
    const dir = folder();
    const names = Array.from({ length: 30 }, (_, i) => `${i}.txt`);
    names.forEach((name, i) => i !== 7 && i !== 20 && writeFileSync(join(dir, name), `источник ${i}`));
    const texts: (string | undefined)[] = [];
    for await (const bytes of readAhead(names.map((name) => join(dir, name)), options)) texts.push(bytes?.toString('utf8'));
    expect(texts).toHaveLength(30);
    expect([texts[7], texts[20]]).toEqual([undefined, undefined]);
    expect(texts[29]).toBe('источник 29');
    expect(texts.filter((text, i) => text === `источник ${i}`)).toHaveLength(28);
  });

  it('fails on a file it cannot read', async () => {
    const dir = folder();
    const read = async () => {
      for await (const bytes of readAhead([dir])) void bytes;
    };
    await expect(read()).rejects.toThrow(/EISDIR/);
  });
});
