import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readAhead } from '../../src/ingest/files.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('readAhead', () => {
  it('yields every file in the order given, undefined for one that does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'habar-read-'));
    folders.push(dir);
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
    const dir = mkdtempSync(join(tmpdir(), 'habar-read-'));
    folders.push(dir);
    const read = async () => {
      for await (const bytes of readAhead([dir])) void bytes;
    };
    await expect(read()).rejects.toThrow(/EISDIR/);
  });
});
