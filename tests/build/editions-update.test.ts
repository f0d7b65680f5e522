import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runHabar } from '../../support/cli.ts';
import { addSource, source } from '../../support/site.ts';
import { differencesFromCleanBuild } from '../helpers/clean-build.ts';
import { buildEditionsSite, EDITIONS_SETTINGS, LATIN_KAZAKH, RUSSIAN_ONLY } from '../helpers/editions-site.ts';

// An update build of a two-edition site equals a clean build of the same sources, search bundles
// included, with the site owner's header showing how many articles the page's edition has: what a
// page reads of its edition is followed as any other data it reads.
function customise(root: string): void {
  const file = join(root, 'layouts/base-page.ts');
  const from = '<a class="site-name" href="${filters.url(edition.path)}"${siteTextWithin(writing, filters, name.lang)}>${name.text}</a>';
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, `${from}<span class="count">\${data.habar.editions.find((each) => each.path === edition.path)!.articles.length}</span>`));
}

let site: ReturnType<typeof buildEditionsSite>;
beforeAll(() => {
  site = buildEditionsSite({}, customise);
});
afterAll(() => site?.cleanup());

it('a translation added, a Kazakh story added and one deleted: the update build equals a clean build', async () => {
  addSource(site, '2026-02-03-most.kk.txt', source('2026-02-03', 'Астанада жаңа көпір ашылды', 'Есіл өзені арқылы салынған жаңа көпірмен автобустар жүре бастады.', '#Қазақстан'));
  addSource(site, '2026-02-05-saiabaq.txt', source('2026-02-05', 'Qalada jańa kitaphana ashyldy', 'Jańa kitaphana oqyrmandarǵa esigin ashty.', '#Qazaqstan #mádeniet'));
  rmSync(join(site.sources, '2026-02-02-kitaphana.txt'));
  const result = runHabar(site.root, ['build']);
  expect(result.code, result.stderr).toBe(0);
  expect(result.stdout).toMatch(/^Updated _site\//m);
  // The Russian story, written before it had a translation, now names it.
  const $ = load(readFileSync(join(site.output, RUSSIAN_ONLY, 'index.html'), 'utf8'));
  expect($('link[hreflang=kk]').attr('href')).toBe('https://habar.example.kz/2026/02/astanada-zhana-kopir-ashyldy/');
  expect($('.edition-switch a').attr('href')).toBe('/2026/02/astanada-zhana-kopir-ashyldy/');
  // The Kazakh edition gained two articles and lost one; the Russian kept its two.
  const count = (file: string) => load(readFileSync(join(site.output, file), 'utf8'))('.site-header .count').text();
  expect([count('kk/tags/index.html'), count(`${LATIN_KAZAKH.slice(1)}index.html`), count('tags/index.html')]).toEqual(['4', '4', '2']);
  expect(await differencesFromCleanBuild(site, EDITIONS_SETTINGS, {}, customise)).toEqual([]);
});
