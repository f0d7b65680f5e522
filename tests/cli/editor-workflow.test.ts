import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHabar } from '../helpers/cli.ts';
import { addSource, makeSite, source } from '../helpers/site.ts';
import { withoutTypography } from '../helpers/typography.ts';

// One site, edited over several days as an editor would: each step runs the real CLI.
let site: ReturnType<typeof makeSite>;
const on = (day: string) => ({ HABAR_TODAY: day });
const html = (url: string) => load(readFileSync(join(site.output, url, 'index.html'), 'utf8'));
const built = (url: string) => existsSync(join(site.output, url, 'index.html'));
// Titles as written: typography binds short words with no-break spaces.
const homeTitles = () => html('')('.article-list a').map((_, a) => withoutTypography(html('')(a).text())).get();

beforeAll(() => {
  site = makeSite();
});
afterAll(() => site.cleanup());

describe('an editor\'s week', () => {
  it('day 1: adds a report; the build publishes it and prints a summary', () => {
    addSource(site, '2026-01-27-budget.txt', source('2026-01-27', 'Сенат одобрил бюджет на 2027 год', 'Сенат одобрил бюджет, сообщает Kazinform.', '#Сенат #бюджет'));
    const result = runHabar(site.root, ['build'], on('2026-01-27'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // No terminal here, as in CI: the summary and nothing else.
    expect(result.stdout).toMatch(/^Built the site into _site\/\narticles: 1 · tags: 2 · pages written: \d+ · drafts: 0 · scheduled: 0 · clutter lines skipped: 0 · errors: 0 · time: \d+\.\d\d s\n$/);
    expect(withoutTypography(html('2026/01/senat-odobril-byudzhet-na-2027-god')('h1').text())).toBe('Сенат одобрил бюджет на 2027 год');
    expect(html('2026/01/senat-odobril-byudzhet-na-2027-god')('.modified')).toHaveLength(0);
  });

  it('day 2: corrects the title; the URL stays and the page says when it was updated', () => {
    addSource(site, '2026-01-27-budget.txt', source('2026-01-27', 'Сенат утвердил бюджет на 2027 год', 'Сенат утвердил бюджет, сообщает Kazinform.', '#Сенат #бюджет'));
    expect(runHabar(site.root, ['build'], on('2026-01-28')).code).toBe(0);
    const $ = html('2026/01/senat-odobril-byudzhet-na-2027-god');
    expect(withoutTypography($('h1').text())).toBe('Сенат утвердил бюджет на 2027 год');
    expect($('.modified').text().replace(/\s+/g, ' ').trim()).toBe('Обновлено 28 января 2026');
    expect($('.modified time').attr('datetime')).toBe('2026-01-28');
    expect(built('2026/01/senat-utverdil-byudzhet-na-2027-god')).toBe(false);
  });

  it('day 3: rebuilding unchanged sources keeps the correction date', () => {
    expect(runHabar(site.root, ['build'], on('2026-01-29')).code).toBe(0);
    expect(html('2026/01/senat-odobril-byudzhet-na-2027-god')('.modified time').attr('datetime')).toBe('2026-01-28');
  });

  it('schedules a report for tomorrow and drafts another: both left out and listed; --drafts includes them', () => {
    addSource(site, '2026-01-30-later.txt', source('2026-01-30', 'Завтра откроется новая библиотека', 'Текст, сообщает Kazinform.', '#культура'));
    addSource(site, '2026-01-29-draft.txt', `draft\n${source('2026-01-29', 'Черновик о погоде в Астане', 'Текст, сообщает Kazinform.', '#погода')}`);
    const result = runHabar(site.root, ['build'], on('2026-01-29'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('content/sources/2026-01-29-draft.txt: draft, not published\n');
    expect(result.stdout).toContain('content/sources/2026-01-30-later.txt: scheduled for 2026-01-30, not published\n');
    expect(result.stdout).toMatch(/articles: 1 · tags: 2 · .* · drafts: 1 · scheduled: 1 · clutter lines skipped: 0 · errors: 0/);
    expect(homeTitles()).toEqual(['Сенат утвердил бюджет на 2027 год']);
    expect(built('2026/01/zavtra-otkroetsya-novaya-biblioteka')).toBe(false);
    expect(built('2026/01/chernovik-o-pogode-v-astane')).toBe(false);
    expect(built('tags/kultura')).toBe(false);

    const withDrafts = runHabar(site.root, ['build', '--drafts'], on('2026-01-29'));
    expect(withDrafts.stdout).toContain('content/sources/2026-01-29-draft.txt: draft, included (--drafts)\n');
    expect(withDrafts.stdout).toMatch(/articles: 3 · tags: 4 ·/);
    expect(built('2026/01/zavtra-otkroetsya-novaya-biblioteka')).toBe(true);
    expect(built('2026/01/chernovik-o-pogode-v-astane')).toBe(true);
    expect(html('2026/01/chernovik-o-pogode-v-astane')('.status').text()).toBe('Черновик: не опубликовано');
  });

  it('the scheduled day comes: the report is published without a correction date', () => {
    expect(runHabar(site.root, ['build'], on('2026-01-30')).code).toBe(0);
    expect(homeTitles()).toEqual(['Завтра откроется новая библиотека', 'Сенат утвердил бюджет на 2027 год']);
    expect(html('2026/01/zavtra-otkroetsya-novaya-biblioteka')('.modified')).toHaveLength(0);
  });

  it('publishing a draft (deleting the `draft` line) later is not shown as a correction', () => {
    addSource(site, '2026-01-29-draft.txt', source('2026-01-29', 'Черновик о погоде в Астане', 'Текст, сообщает Kazinform.', '#погода'));
    expect(runHabar(site.root, ['build'], on('2026-01-30')).code).toBe(0);
    expect(built('2026/01/chernovik-o-pogode-v-astane')).toBe(true);
    expect(html('2026/01/chernovik-o-pogode-v-astane')('.modified')).toHaveLength(0);
  });

  it('a hand-edited article is kept when its source changes, and the build says so', () => {
    const file = join(site.articles, '2026/01/chernovik-o-pogode-v-astane.md');
    const edited = readFileSync(file, 'utf8').replaceAll('Текст, сообщает Kazinform.', 'Текст, поправленный вручную.');
    writeFileSync(file, edited);
    addSource(site, '2026-01-29-draft.txt', source('2026-01-29', 'Погода в Астане', 'Новый текст, сообщает Kazinform.', '#погода'));
    const result = runHabar(site.root, ['build'], on('2026-01-30'));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('content/articles/2026/01/chernovik-o-pogode-v-astane.md: kept: edited by hand, so changes to content/sources/2026-01-29-draft.txt were not applied; delete it to regenerate\n');
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(html('2026/01/chernovik-o-pogode-v-astane')('.body').text()).toContain('поправленный вручную');

    unlinkSync(join(site.sources, '2026-01-29-draft.txt'));
    const deleted = runHabar(site.root, ['build'], on('2026-01-30'));
    expect(deleted.stderr).toContain('content/articles/2026/01/chernovik-o-pogode-v-astane.md: kept: edited by hand, so it stays published although its source 2026-01-29-draft.txt was deleted');
    expect(existsSync(file)).toBe(true);
  });

  it('deleting a source removes its article from the next build', () => {
    unlinkSync(join(site.sources, '2026-01-30-later.txt'));
    expect(runHabar(site.root, ['build'], on('2026-01-30')).code).toBe(0);
    expect(built('2026/01/zavtra-otkroetsya-novaya-biblioteka')).toBe(false);
    expect(existsSync(join(site.articles, '2026/01/zavtra-otkroetsya-novaya-biblioteka.md'))).toBe(false);
    expect(homeTitles()).not.toContain('Завтра откроется новая библиотека');
  });
});
