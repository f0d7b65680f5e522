import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FAULT_ENV } from '../../src/core/process/fault-injection.ts';
import { runHabar } from '../../support/cli.ts';
import { buildGoodSite } from '../helpers/good-site.ts';
import { addSource, copySite, makeSite, snapshotTree, source } from '../../support/site.ts';

// Each test starts from a site with a good build and checks that whatever goes wrong next,
// _site/ stays byte for byte the last good build and no half-built folder is left to be served.
let built: ReturnType<typeof makeSite>;
let site: ReturnType<typeof makeSite>;
let lastGood: Map<string, string>;

const leftovers = (): string[] => readdirSync(site.root).filter((name) => /^_site\./.test(name));

beforeAll(async () => {
  ({ built, lastGood } = await buildGoodSite(9));
});
afterAll(() => built.cleanup());
beforeEach(() => {
  site = copySite(built);
});
afterEach(() => site.cleanup());

describe('a build that fails midway leaves the last good site intact', () => {
  it('when a template throws while pages are being written', () => {
    writeFileSync(join(site.root, 'content/broken.njk'), '---\npermalink: /broken/\n---\n{% include "missing.njk" %}\n');
    addSource(site, '2026-01-10.txt', source('2026-01-10', 'Новая новость'));
    const result = runHabar(site.root, ['build']);
    expect(result.code).toBe(1);
    expect(snapshotTree(site.output)).toEqual(lastGood);
    expect(leftovers()).toEqual([]);
  });

  it('when a layout does not compile: its file, line and column are named, with no stack', () => {
    writeFileSync(join(site.root, 'layouts/html.ts'), 'export const html = ;\n');
    const result = runHabar(site.root, ['build']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/layouts\/html\.ts:1:20: ERROR: Unexpected ";"/);
    expect(result.stderr).toContain('Build stopped; the last built site was left as it was.');
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    expect(snapshotTree(site.output)).toEqual(lastGood);
  });

  it('when a hand-edited article has front matter that is not YAML', () => {
    mkdirSync(join(site.articles, '2026/02'), { recursive: true });
    writeFileSync(join(site.articles, '2026/02/hand.md'), '---\ntitle: Сенат: ключ: значение\nurl: /2026/02/hand/\n---\nТекст\n');
    const result = runHabar(site.root, ['build']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^content\/articles\/2026\/02\/hand\.md: the front matter is not valid YAML/);
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    expect(snapshotTree(site.output)).toEqual(lastGood);
    expect(leftovers()).toEqual([]);
  });

  it('when a source is too large (10 MB): the reason is named and nothing is rebuilt', () => {
    addSource(site, '2026-01-11-huge.txt', source('2026-01-11', 'Огромный файл', 'слово '.repeat(1_800_000)));
    const result = runHabar(site.root, ['build']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('content/sources/2026-01-11-huge.txt:1: the file is 18.9 MB; a source may be at most 2.0 MB');
    expect(snapshotTree(site.output)).toEqual(lastGood);
  });
});

describe('a build killed midway', () => {
  it('leaves the last good site intact; the next build removes its staging folder', () => {
    for (let n = 1; n <= 20; n++) addSource(site, `2026-03-${n}.txt`, source('2026-03-01', `Статья номер ${n}`));
    // Killed by the build itself once Eleventy has written its pages into the staging folder.
    const killed = runHabar(site.root, ['build'], { [FAULT_ENV]: 'render:run' });
    expect(killed.signal).toBe('SIGKILL');
    expect(readdirSync(site.root).filter((name) => /^_site\.building-\d+$/.test(name))).toHaveLength(1);
    expect(snapshotTree(site.output)).toEqual(lastGood);

    expect(runHabar(site.root, ['build']).code).toBe(0);
    expect(leftovers()).toEqual([]);
    expect(readdirSync(join(site.output, '2026/03'))).toHaveLength(20);
  });

  it('between the two renames of the swap: the next build puts the last good site back, even if it fails', () => {
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
    renameSync(site.output, join(site.root, `_site.old-${deadPid}`));
    addSource(site, 'bad.txt', 'no date line');
    expect(runHabar(site.root, ['build']).code).toBe(1);
    expect(snapshotTree(site.output)).toEqual(lastGood);
    expect(leftovers()).toEqual([]);
  });
});

describe('what a build writes', () => {
  it('only _site/, content/articles/ and the record of the build in .cache/habar/ change', () => {
    const outside = (): Map<string, string> => {
      const all = snapshotTree(site.root);
      return new Map([...all].filter(([path]) => !/^(_site|content\/articles|\.cache\/habar)\//.test(path)));
    };
    const before = outside();
    addSource(site, '2026-01-12.txt', source('2026-01-12', '../../Побег', 'Текст.', '#тест'));
    expect(runHabar(site.root, ['build']).code).toBe(0);
    const after = outside();
    after.delete('content/sources/2026-01-12.txt');
    expect(after).toEqual(before);
    expect(readdirSync(site.root).sort()).toEqual(['.cache', '_site', 'content', 'layouts', 'package.json']);
    expect(readdirSync(join(site.root, '.cache'))).toEqual(['habar']);
  });
});
