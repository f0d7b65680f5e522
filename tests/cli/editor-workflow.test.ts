import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { SitePaths } from '../../src/core/paths.ts';
import { runHabar } from '../../support/cli.ts';
import { addSource, source, throwawaySites } from '../../support/site.ts';
import { withoutTypography } from '../helpers/typography.ts';

// Sites edited over several days as an editor would: each step runs the real CLI. Each case is one
// such story on a site of its own, its steps in order.
const sites = throwawaySites();
const on = (day: string) => ({ HABAR_TODAY: day });
const page = (site: SitePaths, url: string) => load(readFileSync(join(site.output, url, 'index.html'), 'utf8'));
const built = (site: SitePaths, url: string) => existsSync(join(site.output, url, 'index.html'));
// Titles as written: typography binds short words with no-break spaces.
const homeTitles = (site: SitePaths) => {
  const $ = page(site, '');
  return $('.front-lead h2 a, .front-latest .article-list a').map((_, a) => withoutTypography($(a).text())).get();
};
const budget = (title: string, lead: string) => source('2026-01-27', title, lead, '#Сенат #бюджет');
const BUDGET_URL = '2026/01/senat-odobril-byudzhet-na-2027-god';

describe('an editor\'s week', () => {
  it('publishes a report with a summary; a corrected title keeps the URL, the page says when it was updated, and a later build keeps that date', () => {
    const site = sites();
    // Day 1.
    addSource(site, '2026-01-27-budget.txt', budget('Сенат одобрил бюджет на 2027 год', 'Сенат одобрил бюджет, сообщает Kazinform.'));
    const result = runHabar(site.root, ['build'], on('2026-01-27'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // No terminal here, as in CI: the summary and nothing else.
    expect(result.stdout).toMatch(/^Built the site into _site\/\narticles: 1 · tags: 2 · pages written: \d+ · drafts: 0 · scheduled: 0 · clutter lines skipped: 0 · errors: 0 · time: \d+\.\d\d s\n$/);
    expect(withoutTypography(page(site, BUDGET_URL)('h1').text())).toBe('Сенат одобрил бюджет на 2027 год');
    expect(page(site, BUDGET_URL)('.modified')).toHaveLength(0);

    // Day 2.
    addSource(site, '2026-01-27-budget.txt', budget('Сенат утвердил бюджет на 2027 год', 'Сенат утвердил бюджет, сообщает Kazinform.'));
    expect(runHabar(site.root, ['build'], on('2026-01-28')).code).toBe(0);
    const $ = page(site, BUDGET_URL);
    expect(withoutTypography($('h1').text())).toBe('Сенат утвердил бюджет на 2027 год');
    expect($('.modified').text().replace(/\s+/g, ' ').trim()).toBe('Обновлено 28 января 2026');
    expect($('.modified time').attr('datetime')).toBe('2026-01-28');
    expect(built(site, '2026/01/senat-utverdil-byudzhet-na-2027-god')).toBe(false);

    // Day 3: the sources unchanged.
    expect(runHabar(site.root, ['build'], on('2026-01-29')).code).toBe(0);
    expect(page(site, BUDGET_URL)('.modified time').attr('datetime')).toBe('2026-01-28');
  });

  it('leaves out and lists a scheduled report and a draft, includes them with --drafts, publishes both later without a correction date; a deleted source takes its article away', () => {
    const site = sites();
    addSource(site, '2026-01-27-budget.txt', budget('Сенат утвердил бюджет на 2027 год', 'Сенат утвердил бюджет, сообщает Kazinform.'));
    addSource(site, '2026-01-30-later.txt', source('2026-01-30', 'Завтра откроется новая библиотека', 'Текст, сообщает Kazinform.', '#культура'));
    addSource(site, '2026-01-29-draft.txt', `draft\n${source('2026-01-29', 'Черновик о погоде в Астане', 'Текст, сообщает Kazinform.', '#погода')}`);
    const result = runHabar(site.root, ['build'], on('2026-01-29'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('content/sources/2026-01-29-draft.txt: draft, not published\n');
    expect(result.stdout).toContain('content/sources/2026-01-30-later.txt: scheduled for 2026-01-30, not published\n');
    expect(result.stdout).toMatch(/articles: 1 · tags: 2 · .* · drafts: 1 · scheduled: 1 · clutter lines skipped: 0 · errors: 0/);
    expect(homeTitles(site)).toEqual(['Сенат утвердил бюджет на 2027 год']);
    expect(built(site, '2026/01/zavtra-otkroetsya-novaya-biblioteka')).toBe(false);
    expect(built(site, '2026/01/chernovik-o-pogode-v-astane')).toBe(false);
    expect(built(site, 'tags/kultura')).toBe(false);

    const withDrafts = runHabar(site.root, ['build', '--drafts'], on('2026-01-29'));
    expect(withDrafts.stdout).toContain('content/sources/2026-01-29-draft.txt: draft, included (--drafts)\n');
    expect(withDrafts.stdout).toMatch(/articles: 3 · tags: 4 ·/);
    expect(built(site, '2026/01/zavtra-otkroetsya-novaya-biblioteka')).toBe(true);
    expect(built(site, '2026/01/chernovik-o-pogode-v-astane')).toBe(true);
    expect(page(site, '2026/01/chernovik-o-pogode-v-astane')('.status').text()).toBe('Черновик: не опубликовано');

    // The scheduled day comes.
    expect(runHabar(site.root, ['build'], on('2026-01-30')).code).toBe(0);
    expect(homeTitles(site)).toEqual(['Завтра откроется новая библиотека', 'Сенат утвердил бюджет на 2027 год']);
    expect(page(site, '2026/01/zavtra-otkroetsya-novaya-biblioteka')('.modified')).toHaveLength(0);

    // The draft is published: its `draft` line deleted.
    addSource(site, '2026-01-29-draft.txt', source('2026-01-29', 'Черновик о погоде в Астане', 'Текст, сообщает Kazinform.', '#погода'));
    expect(runHabar(site.root, ['build'], on('2026-01-30')).code).toBe(0);
    expect(built(site, '2026/01/chernovik-o-pogode-v-astane')).toBe(true);
    expect(page(site, '2026/01/chernovik-o-pogode-v-astane')('.modified')).toHaveLength(0);

    // A source deleted.
    unlinkSync(join(site.sources, '2026-01-30-later.txt'));
    expect(runHabar(site.root, ['build'], on('2026-01-30')).code).toBe(0);
    expect(built(site, '2026/01/zavtra-otkroetsya-novaya-biblioteka')).toBe(false);
    expect(existsSync(join(site.articles, '2026/01/zavtra-otkroetsya-novaya-biblioteka.md'))).toBe(false);
    expect(homeTitles(site)).not.toContain('Завтра откроется новая библиотека');
  });

  it('keeps a hand-edited article when its source changes or is deleted, and says so', () => {
    const site = sites();
    addSource(site, '2026-01-29-weather.txt', source('2026-01-29', 'Погода в Астане', 'Текст, сообщает Kazinform.', '#погода'));
    expect(runHabar(site.root, ['build'], on('2026-01-30')).code).toBe(0);
    const file = join(site.articles, '2026/01/pogoda-v-astane.md');
    const edited = readFileSync(file, 'utf8').replaceAll('Текст, сообщает Kazinform.', 'Текст, поправленный вручную.');
    writeFileSync(file, edited);
    addSource(site, '2026-01-29-weather.txt', source('2026-01-29', 'Погода в Астане и области', 'Новый текст, сообщает Kazinform.', '#погода'));
    const result = runHabar(site.root, ['build'], on('2026-01-30'));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('content/articles/2026/01/pogoda-v-astane.md: kept: edited by hand, so changes to content/sources/2026-01-29-weather.txt were not applied; delete it to regenerate\n');
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(page(site, '2026/01/pogoda-v-astane')('.body').text()).toContain('поправленный вручную');

    unlinkSync(join(site.sources, '2026-01-29-weather.txt'));
    const deleted = runHabar(site.root, ['build'], on('2026-01-30'));
    expect(deleted.stderr).toContain('content/articles/2026/01/pogoda-v-astane.md: kept: edited by hand, so it stays published although its source 2026-01-29-weather.txt was deleted');
    expect(existsSync(file)).toBe(true);
  });
});
