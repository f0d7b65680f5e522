import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runHabar, startHabar, type RunningHabar } from '../../support/cli.ts';
import { addSource, differingFiles, makeSite, source } from '../../support/site.ts';
import { buildInProcess } from '../helpers/build-in-process.ts';

// A site owner's layouts that show more than habar's do: the article count of each tag on article
// pages and in a tag's list pages, the number of articles on the other list pages (not the front
// page), and the number of tags in each tag page's heading (computed data of the tag template).
// Update builds and the preview must keep every page that shows a count right as sources are
// added, changed and deleted, byte for byte as a clean build of the same sources with the same layouts.
const settings = { perPage: 2 };
const env = { HABAR_TODAY: '2026-02-01' };
const PREVIEW = '_site.preview';

/** The owner's edits, on a copy of habar's layouts. */
function customiseLayouts(root: string): void {
  edit(
    join(root, 'layouts/article.11ty.ts'),
    'const writing = ',
    'const counts = article.tags.map((tag) => `${tag.name}: ${data.habar.tags.find((known) => known.url === tag.url).count}`).join(", ");\n' +
      '    const writing = ',
  );
  edit(
    join(root, 'layouts/article.11ty.ts'),
    '${articleBlock(article, writing, words, filters)}',
    '<p class="tag-counts">${counts}</p>${articleBlock(article, writing, words, filters)}',
  );
  edit(
    join(root, 'layouts/list.11ty.ts'),
    ': html`<h1>${heading}</h1>',
    ': html`<h1>${heading}</h1><p class="count">${listPage.tag ? listPage.tag.count : data.habar.articles.length}</p>',
  );
  edit(join(root, 'content/tag.11ty.ts'), 'heading: ({ listPage }: Data) => `#${listPage.tag.name}`', 'heading: ({ listPage, habar }) => `#${listPage.tag.name} (${habar.tags.length})`');
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

/** Nine articles over nine days; #Экономика on five of them, so that its list has numbered pages. */
function addSources(site: ReturnType<typeof makeSite>): void {
  const tags = ['#Экономика #Алматы', '#Спорт', '#Экономика', '#Алматы #Спорт', '#Экономика', '#Экономика #Спорт', '#Алматы', '#Экономика', '#Спорт'];
  tags.forEach((tagLine, i) => {
    const day = String(i + 1).padStart(2, '0');
    addSource(site, `2026-01-${day}.txt`, source(`2026-01-${day}`, `Новость дня номер ${i + 1}`, `Текст новости ${i + 1}.`, tagLine));
  });
}

let built: ReturnType<typeof makeSite>;
let previewed: ReturnType<typeof makeSite>;
let preview: RunningHabar;

/** The files of `output` (below `site`) that differ from a clean build of the same sources with the same layouts. */
async function differencesFromCleanBuild(site: ReturnType<typeof makeSite>, output: string, { withSearch = true } = {}): Promise<string[]> {
  const clean = makeSite(settings);
  try {
    customiseLayouts(clean.root);
    cpSync(site.sources, clean.sources, { recursive: true });
    cpSync(site.articles, clean.articles, { recursive: true });
    expect((await buildInProcess(clean.root, env)).sync.errors).toEqual([]);
    const differing = differingFiles(clean.output, join(site.root, output));
    return withSearch ? differing : differing.filter((file) => !file.startsWith('pagefind/'));
  } finally {
    clean.cleanup();
  }
}

/**
 * The same change in both sites: the built one, updated by `habar build`, and the previewed one;
 * then both outputs compared with a clean build. The preview's search bundles are left out: it
 * indexes them after its pages, and says nothing when done.
 */
async function changeAndCompare(apply: (site: ReturnType<typeof makeSite>) => void): Promise<void> {
  const printed = preview.output().length;
  for (const site of [built, previewed]) apply(site);
  const result = runHabar(built.root, ['build'], env);
  expect(result.code, result.stderr).toBe(0);
  expect(result.stdout).toMatch(/^Updated _site\/: only what changed since the last build/m);
  // The preview says so once the pages of an update are on disk.
  await preview.waitFor(/Pages rewritten: \d+, removed: \d+/, { after: printed });
  expect(await differencesFromCleanBuild(built, '_site')).toEqual([]);
  expect(await differencesFromCleanBuild(previewed, PREVIEW, { withSearch: false })).toEqual([]);
}

beforeAll(async () => {
  built = makeSite(settings);
  previewed = makeSite(settings);
  for (const site of [built, previewed]) {
    customiseLayouts(site.root);
    addSources(site);
  }
  expect(runHabar(built.root, ['build'], env).code).toBe(0);
  preview = startHabar(previewed.root, ['start', '--port', '0'], env);
  await preview.waitFor(/http:\/\/127\.0\.0\.1:\d+\//);
}, 120_000);
afterAll(async () => {
  await preview.stop();
  built.cleanup();
  previewed.cleanup();
});

// One case: the steps are one editor's day, each on the site the last one left.
it('a layout customised to show article counts stays right as sources are added, changed and deleted', async () => {
  await changeAndCompare((site) => addSource(site, '2026-01-10.txt', source('2026-01-10', 'Новость дня номер 10', 'Текст.', '#Экономика #Погода')));
  const tagPage = readFileSync(join(built.output, 'tags/ekonomika/page/1/index.html'), 'utf8');
  // A numbered page of a tag the new article has: its count and the number of tags changed.
  expect(tagPage).toContain('<h1>#Экономика (4)</h1><p class="count">6</p>');
  await changeAndCompare((site) => addSource(site, '2026-01-03.txt', source('2026-01-03', 'Новость дня номер 3', 'Текст новости 3.', '#Спорт #Алматы')));
  await changeAndCompare((site) => rmSync(join(site.sources, '2026-01-06.txt')));
}, 600_000);
