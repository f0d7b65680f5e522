import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SitePaths } from '../../src/core/paths.ts';
import { checkArticleUrl } from '../../src/index/article-url.ts';
import { problemLines, runHabar } from '../../support/cli.ts';
import { buildGoodSite } from '../helpers/good-site.ts';
import { addPhoto } from '../helpers/photos.ts';
import { addSource, copySite, makeSite, snapshotTree, source, throwawayFolders } from '../../support/site.ts';

// Hand edits and files in content/ are data: each refusal below is one line naming the file, and the
// last good site, the articles and anything outside the site stay as they were.
let built: ReturnType<typeof makeSite>;
let site: ReturnType<typeof makeSite>;
let lastGood: Map<string, string>;
const folder = throwawayFolders('habar-outside-');

beforeAll(async () => {
  ({ built, lastGood } = await buildGoodSite(3));
});
afterAll(() => built.cleanup());
beforeEach(() => {
  site = copySite(built);
});
afterEach(() => site.cleanup());

/** Builds (`build` or `build --full`) and expects it refused with `line` first and the live site unchanged. */
function refused(args: string[], line: RegExp): void {
  const result = runHabar(site.root, args);
  expect(result.code).toBe(1);
  const lines = problemLines(result.stderr);
  expect(lines[0]).toMatch(line);
  expect(lines.slice(1)).toEqual(lines.length > 1 ? [expect.stringMatching(/^Build stopped/)] : []);
  expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  expect(snapshotTree(site.output)).toEqual(lastGood);
}

function handEdited(frontMatter: string, name = 'hand.md'): string {
  mkdirSync(join(site.articles, '2026/02'), { recursive: true });
  writeFileSync(join(site.articles, '2026/02', name), `${frontMatter}\nТекст правки.\n`);
  return `content/articles/2026/02/${name}`;
}

const yaml = (fields: string) => `---\ntitle: Правка\ndate: '2026-02-01'\n${fields}\n---`;

describe('content is data', () => {
  it('row 1: a ---js front matter is refused, its code never runs', () => {
    const marker = join(site.root, 'ran');
    const code = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`;
    for (const opener of ['---js', '---javascript', '\uFEFF---js', '--- coffee']) {
      const file = handEdited(`${opener}\n{ title: (${code}, 'x'), date: '2026-02-01', url: '/2026/02/js/' }\n---`);
      refused(['build'], new RegExp(`^${file}: front matter must be YAML, opened by a line "---" alone, found "---\\s?\\w+"; make the first line ---$`));
      expect(existsSync(marker)).toBe(false);
    }
    // A ---yaml opener is refused as well: one way to write front matter.
    handEdited(yaml("url: /2026/02/x/").replace(/^---/, '---yaml'));
    refused(['build', '--full'], /front matter must be YAML/);
  });

  it.each(['update', 'full'])('row 6: a url claiming /404.html/ or /_headers/ is refused before anything is written (%s build)', (mode) => {
    const args = mode === 'full' ? ['build', '--full'] : ['build'];
    for (const url of ['/404.html/', '/_headers/']) {
      const file = handEdited(yaml(`url: ${url}`));
      refused(args, new RegExp(`^${file}: \`url\` "${url}" is a page the site generates itself`));
    }
  });

  it.each(['update', 'full'])('row 7: a url claiming /tags/, /pagefind/2026/ or /search/ is refused alike in update and full builds (%s build)', (mode) => {
    const args = mode === 'full' ? ['build', '--full'] : ['build'];
    for (const url of ['/tags/', '/pagefind/2026/', '/search/', '/Archive/2026/']) {
      const file = handEdited(yaml(`url: ${url}`));
      refused(args, new RegExp(`^${file}: \`url\` "${url}" is a page the site generates itself`));
    }
  });

  it('row 7: every top-level path a build writes is reserved', () => {
    const generated = readdirSync(built.output);
    expect(generated).toEqual(expect.arrayContaining(['404.html', '_headers', 'tags', 'search', 'pagefind', 'assets', 'archive', 'feed.xml', 'sitemap.xml']));
    for (const name of generated.filter((entry) => !/^20\d\d$/.test(entry))) {
      expect(() => checkArticleUrl(`/${name}/`, 'x.md'), name).toThrow(/is a page the site generates itself/);
    }
    for (const url of ['/', '/index.html/', '/img/x/', '/page/2/', '/sitemap-2.xml/', '/news-sitemap.xml/', '/latest-news.json/', '/robots.txt/']) expect(() => checkArticleUrl(url, 'x.md'), url).toThrow();
  });

  it('row 8: a photo that is not a plain file name is refused; the outside image is never published', async () => {
    const outside = folder();
    await addPhoto({ sources: outside } as SitePaths, 'private.png');
    for (const photo of [`../../../..${outside}/private.png`, 'sub/private.png', 'a\\\\private.png', '..']) {
      const file = handEdited(yaml(`url: /2026/02/photo/\nphoto: "${photo}"`));
      refused(['build'], new RegExp(`^${file}: \`photo\` must be the file name of an image in content/sources, found `));
    }
    expect(existsSync(join(site.output, 'img'))).toBe(false);
  });

  it('row 9: a symlink in content/sources is refused in one line; the file it points to is never read', () => {
    const outside = folder();
    writeFileSync(join(outside, 'secret.txt'), source('2026-01-05', 'Секрет извне', 'Тайный текст.'));
    symlinkSync(join(outside, 'secret.txt'), join(site.sources, '2026-01-05.txt'));
    refused(['build'], /^content\/sources\/2026-01-05\.txt:1: it is a symbolic link, which habar does not follow in content\/; put the file or folder itself there$/);
    expect(readFileSync(join(site.articles, 'registry.json'), 'utf8')).not.toContain('2026-01-05');
  });

  it('row 9: a symlinked .md or folder in content/articles is refused; nothing outside is read, written or deleted', () => {
    const outside = folder();
    writeFileSync(join(outside, 'outside.md'), yaml('url: /2026/02/outside/'));
    symlinkSync(join(outside, 'outside.md'), join(site.articles, 'linked.md'));
    refused(['build'], /^content\/articles\/linked\.md: it is a symbolic link/);
    rmSync(join(site.articles, 'linked.md'));

    // The registry's paths lead through a linked folder: ingest would delete and write there.
    const articles = join(site.articles, '2026');
    renameSync(articles, join(outside, '2026'));
    symlinkSync(join(outside, '2026'), articles);
    const before = snapshotTree(outside);
    rmSync(join(site.sources, '2026-01-01.txt'));
    addSource(site, '2026-01-02.txt', source('2026-01-02', 'Новость 2 исправлена', 'Текст.', '#тест'));
    for (const args of [['build'], ['build', '--full']]) refused(args, /^content\/articles\/2026: it is a symbolic link/);
    expect(snapshotTree(outside)).toEqual(before);
  });

  it('row 12: a missing content/sources beside existing articles stops with what to restore; no article is deleted', () => {
    const articles = snapshotTree(site.articles);
    rmSync(site.sources, { recursive: true });
    refused(['build'], /^content\/sources: the folder is missing while content\/articles holds its articles; restore it/);
    expect(snapshotTree(site.articles)).toEqual(articles);
  });

  it('row 13: a deleted registry.json beside existing articles stops with what to restore; nothing is published twice', () => {
    rmSync(join(site.articles, 'registry.json'));
    const articles = snapshotTree(site.articles);
    addSource(site, '2026-01-02.txt', source('2026-01-02', 'Новость 2 исправлена', 'Текст.', '#тест'));
    refused(['build'], /^content\/articles\/registry\.json: it is missing while content\/articles holds articles of content\/sources; restore it \(from version control\)/);
    expect(snapshotTree(site.articles)).toEqual(articles);
  });
});
