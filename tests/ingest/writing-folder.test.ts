import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WritingFolder } from '../../src/ingest/writing-folder.ts';
import { throwawayFolders } from '../helpers/site.ts';

const articlesFolder = throwawayFolders('habar-writing-');

/** The pid of a process that has ended. */
function endedPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

describe('WritingFolder', () => {
  it('removes the folder a killed ingest left, with its half-written file, and keeps one of a running process', async () => {
    const dir = articlesFolder();
    const killed = join(dir, `.writing-${endedPid()}`);
    const running = join(dir, `.writing-${process.ppid}`);
    for (const folder of [killed, running]) {
      mkdirSync(folder);
      writeFileSync(join(folder, '0.tmp'), '---\ntitle: Полов');
    }
    await WritingFolder.open(dir);
    expect(existsSync(killed)).toBe(false);
    expect(existsSync(running)).toBe(true);
  });

  it('gives a new file name each time, in a folder of this process that closing removes', async () => {
    const dir = articlesFolder();
    const writing = await WritingFolder.open(dir);
    const names = await Promise.all([writing.temporaryFile(), writing.temporaryFile(), writing.temporaryFile()]);
    expect(new Set(names).size).toBe(3);
    expect(readdirSync(dir)).toEqual([`.writing-${process.pid}`]);
    await writing.close();
    expect(readdirSync(dir)).toEqual([]);
  });
});
