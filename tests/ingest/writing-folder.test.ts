import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WritingFolder } from '../../src/ingest/writing-folder.ts';
import { throwawayFolders } from '../../support/site.ts';

const articlesFolder = throwawayFolders('habar-writing-');

/** The pid of a process that has ended. */
function endedPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

describe('WritingFolder', () => {
  it('finds the folders that stopped ingests left, its own process\'s among them, not one of a running process', async () => {
    const dir = articlesFolder();
    const killed = join(dir, `.writing-${endedPid()}`);
    const own = join(dir, `.writing-${process.pid}`);
    const running = join(dir, `.writing-${process.ppid}`);
    for (const folder of [killed, own, running]) mkdirSync(folder);
    expect(await WritingFolder.leftBehind(dir)).toEqual([killed, own].sort());
  });

  it('writes through a temporary file in a folder of this process, which closing removes', async () => {
    const dir = articlesFolder();
    const writing = WritingFolder.open(dir, dir);
    for (const name of ['a', 'b', 'c']) writing.write(join(dir, '2026/01', `${name}.md`), name);
    expect(readdirSync(dir).sort()).toEqual([`.writing-${process.pid}`, '2026']);
    expect(readdirSync(join(dir, `.writing-${process.pid}`))).toEqual([]);
    expect(readFileSync(join(dir, '2026/01/b.md'), 'utf8')).toBe('b');
    await writing.close();
    expect(readdirSync(dir)).toEqual(['2026']);
  });

  it('appends the journal before the next file is renamed into place; a line cut short by a kill is left out', async () => {
    const dir = articlesFolder();
    const writing = WritingFolder.open(dir, dir);
    writing.journal({ file: 'a.md' });
    writing.journal({ file: 'b.md' });
    writing.write(join(dir, 'a.md'), 'a');
    const { path, lines } = WritingFolder.readJournal(writing.path);
    expect(lines).toEqual(['{"file":"a.md"}', '{"file":"b.md"}']);
    appendFileSync(path, '{"file":"c.');
    expect(WritingFolder.readJournal(writing.path).lines).toHaveLength(2);
  });

  it('writes every file, into folders it makes', () => {
    const dir = articlesFolder();
    const writing = WritingFolder.open(dir, dir);
    for (let i = 0; i < 40; i++) writing.write(join(dir, `${2016 + (i % 4)}`, `${i}.md`), `статья ${i}`);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md'));
    expect(files).toHaveLength(40);
    expect(readFileSync(join(dir, '2019', '39.md'), 'utf8')).toBe('статья 39');
  });

  it('throws when a file cannot be written', () => {
    const dir = articlesFolder();
    writeFileSync(join(dir, 'taken'), 'a file, not a folder');
    expect(() => WritingFolder.open(dir, dir).write(join(dir, 'taken', 'a.md'), 'x')).toThrow(/ENOTDIR|EEXIST/);
  });
});
