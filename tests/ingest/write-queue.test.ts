import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WriteQueue } from '../../src/ingest/write-queue.ts';
import { WritingFolder } from '../../src/ingest/writing-folder.ts';
import { throwawayFolders } from '../helpers/site.ts';

const scratch = throwawayFolders('habar-writes-');

describe('WriteQueue', () => {
  it('writes every file, into folders it makes, and leaves no temporary file', async () => {
    const dir = scratch();
    const writing = WritingFolder.open(dir, dir);
    const queue = new WriteQueue(writing, 3);
    for (let i = 0; i < 40; i++) await queue.write(join(dir, `${2016 + (i % 4)}`, `${i}.md`), `статья ${i}`);
    await queue.flush();
    await writing.close();
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.includes('.'));
    expect(files).toHaveLength(40);
    expect(files.some((name) => name.endsWith('.tmp'))).toBe(false);
    expect(readFileSync(join(dir, '2019', '39.md'), 'utf8')).toBe('статья 39');
  });

  it('reports a failed write when flushed, and refuses further writes', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'taken'), 'a file, not a folder');
    const queue = new WriteQueue(WritingFolder.open(dir, dir), 2);
    await queue.write(join(dir, 'taken', 'a.md'), 'x');
    await expect(queue.flush()).rejects.toThrow(/ENOTDIR|EEXIST/);
    await expect(queue.write(join(dir, 'b.md'), 'y')).rejects.toThrow();
  });
});
