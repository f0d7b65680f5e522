import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextFolder, outputFolders, recoverInterruptedBuilds, replaceFolder, retiredFolder, stagingFolder } from '../../src/cli/staging.ts';
import { sitePaths } from '../../src/ingest/paths.ts';
import { mirrorTree } from '../../src/incremental/output-changes.ts';
import { snapshotTree, throwawayFolders } from '../helpers/site.ts';

const folder = throwawayFolders();
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

function tree(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** A site root's folders, with `_site` and the given leftovers of a dead build, each holding one file naming it. */
function leftovers(kinds: Array<'output' | 'building' | 'next' | 'old' | 'spare'>) {
  const root = folder();
  const folders = outputFolders(sitePaths(root), { keepSpare: true });
  const pid = deadPid();
  const paths = {
    output: folders.output,
    building: stagingFolder(folders.output, pid),
    next: nextFolder(folders.output, pid),
    old: retiredFolder(folders.output, pid),
    spare: folders.spare!,
  };
  for (const kind of kinds) tree(paths[kind], { 'index.html': kind });
  const which = (path: string) => (existsSync(path) ? readFileSync(join(path, 'index.html'), 'utf8') : 'none');
  return { root, folders, state: () => ({ output: which(folders.output), spare: which(folders.spare!), beside: readdirSync(root).filter((name) => name !== '_site' && name !== '.cache') }) };
}

describe('recoverInterruptedBuilds, for each step a build can be killed at', () => {
  it.each([
    { killed: 'while rendering', kinds: ['output', 'building', 'spare'], output: 'output', spare: 'spare' },
    { killed: 'while making its next output from the spare', kinds: ['output', 'building', 'next'], output: 'output', spare: 'next' },
    { killed: 'between the two renames of the swap', kinds: ['building', 'next', 'old'], output: 'old', spare: 'next' },
    { killed: 'after the swap, before the old output became the spare', kinds: ['output', 'old', 'spare'], output: 'output', spare: 'spare' },
    { killed: 'after the swap, while the last spare was removed', kinds: ['output', 'old'], output: 'output', spare: 'old' },
    { killed: 'between the renames of its first build', kinds: ['building', 'next'], output: 'none', spare: 'next' },
  ] as const)('killed $killed: the output is $output, the spare $spare, nothing is left beside', async ({ kinds, output, spare }) => {
    const site = leftovers([...kinds]);
    await recoverInterruptedBuilds(site.folders);
    expect(site.state()).toEqual({ output, spare, beside: [] });
  });

  it('leaves the folders of a build that is still running', async () => {
    const root = folder();
    const folders = outputFolders(sitePaths(root), { keepSpare: true });
    tree(stagingFolder(folders.output, process.ppid), { 'index.html': 'running' });
    tree(retiredFolder(folders.output, process.ppid), { 'index.html': 'running' });
    await recoverInterruptedBuilds(folders);
    expect(readdirSync(root).sort()).toEqual([`_site.building-${process.ppid}`, `_site.old-${process.ppid}`]);
  });
});

describe('replaceFolder', () => {
  it('swaps the new output in and keeps the old one as the spare, instead of an older spare', async () => {
    const site = leftovers(['output', 'spare']);
    const next = join(site.root, '_site.next-1');
    tree(next, { 'index.html': 'next' });
    await replaceFolder(next, site.folders);
    expect(site.state()).toEqual({ output: 'next', spare: 'output', beside: [] });
  });

  it('removes the old output of a folder that keeps no spare (the preview\'s)', async () => {
    const root = folder();
    const folders = outputFolders(sitePaths(root), { keepSpare: false });
    tree(folders.output, { 'index.html': 'output' });
    tree(join(root, '_site.next-1'), { 'index.html': 'next' });
    await replaceFolder(join(root, '_site.next-1'), folders);
    expect(readFileSync(join(folders.output, 'index.html'), 'utf8')).toBe('next');
    expect(readdirSync(root)).toEqual(['_site']);
  });
});

describe('mirrorTree', () => {
  it('makes any folder a copy of the output by hard links, keeping folders and links that match', () => {
    const root = folder();
    const output = join(root, 'output');
    const copy = join(root, 'copy');
    tree(output, { 'index.html': 'home', 'a/index.html': 'a', 'a/b/index.html': 'b', 'pagefind/2025/x.pf': 'new', 'file-then-folder': 'f' });
    tree(copy, { 'index.html': 'old home', 'gone/index.html': 'gone', 'a/b/old.html': 'old', 'pagefind/2025/y.pf': 'old', 'file-then-folder/x': 'x' });
    mirrorTree(output, copy);
    expect(snapshotTree(copy)).toEqual(snapshotTree(output));
    expect(statSync(join(copy, 'a/b/index.html')).ino).toBe(statSync(join(output, 'a/b/index.html')).ino);
    const folderBefore = statSync(join(copy, 'a/b')).ino;
    mirrorTree(output, copy, new Set(['pagefind/2025']));
    expect(statSync(join(copy, 'a/b')).ino).toBe(folderBefore);
    expect(existsSync(join(copy, 'pagefind/2025'))).toBe(false);
    expect(readFileSync(join(output, 'index.html'), 'utf8')).toBe('home');
  });
});
