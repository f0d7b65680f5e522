import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHabar } from '../helpers/cli.ts';
import { throwawaySites } from '../helpers/site.ts';

const sites = throwawaySites();
const on = (day: string) => ({ HABAR_TODAY: day });
const TITLE = 'Қазақстанда жаңа мектеп ашылды';
const CREATED = '2026-03-08-qazaqstanda-zhana-mektep-ashyldy.txt';

describe('habar new', () => {
  it('creates a draft source dated today in Almaty, named after the date and slug; never overwrites it', () => {
    const site = sites();
    const first = runHabar(site.root, ['new', TITLE], on('2026-03-08'));
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const path = join(site.sources, CREATED);
    expect(first.stdout).toContain(`Created content/sources/${CREATED}`);
    expect(readFileSync(path, 'utf8')).toBe(`draft\ndate 2026-03-08 ${TITLE}\n\nТекст новости.\n`);
    writeFileSync(path, `${readFileSync(path, 'utf8')}Мой текст.\n`);

    const second = runHabar(site.root, ['new', TITLE], on('2026-03-08'));
    expect(second.code).toBe(1);
    expect(second.stderr).toBe(`habar: content/sources/${CREATED} already exists; it was left as it was. Edit it, or choose another title\n`);
    expect(readFileSync(path, 'utf8')).toContain('Мой текст.');
  });

  it('the new source passes check and builds as a draft', () => {
    const site = sites();
    expect(runHabar(site.root, ['new', TITLE], on('2026-03-08')).code).toBe(0);
    expect(runHabar(site.root, ['check']).code).toBe(0);
    const result = runHabar(site.root, ['build'], on('2026-03-08'));
    expect(result.stdout).toContain(`content/sources/${CREATED}: draft, not published`);
  });

  it('without a title it explains how to call it', () => {
    const result = runHabar(sites().root, ['new']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^habar: the title is missing\n\nUsage: habar new "Заголовок"/);
  });
});
