import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAhead } from '../../src/ingest/files.ts';
import { throwawayFolders } from '../helpers/site.ts';

const folder = throwawayFolders('habar-read-');

describe('readAhead', () => {
  it('yields every file in the order given, undefined for one that does not exist', async () => {
    const dir = folder();
    const names = Array.from({ length: 30 }, (_, i) => `${i}.txt`);
    names.forEach((name, i) => i !== 7 && writeFileSync(join(dir, name), `источник ${i}`));
    const texts: (string | undefined)[] = [];
    for await (const bytes of readAhead(names.map((name) => join(dir, name)), 4)) texts.push(bytes?.toString('utf8'));
    expect(texts).toHaveLength(30);
    expect(texts[7]).toBeUndefined();
    expect(texts[29]).toBe('источник 29');
    expect(texts.filter((text, i) => text === `источник ${i}`)).toHaveLength(29);
  });

  it('fails on a file it cannot read', async () => {
    const dir = folder();
    const read = async () => {
      for await (const bytes of readAhead([dir])) void bytes;
    };
    await expect(read()).rejects.toThrow(/EISDIR/);
  });
});
