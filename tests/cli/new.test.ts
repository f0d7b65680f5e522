import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHabar } from '../helpers/cli.ts';
import { makeSite } from '../helpers/site.ts';

let site: ReturnType<typeof makeSite>;
const on = (day: string) => ({ HABAR_TODAY: day });

beforeAll(() => {
  site = makeSite();
});
afterAll(() => site.cleanup());

describe('habar new', () => {
  it('creates a draft source dated today in Almaty, named after the date and slug; never overwrites it', () => {
    const first = runHabar(site.root, ['new', 'Қазақстанда жаңа мектеп ашылды'], on('2026-03-08'));
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const path = join(site.sources, '2026-03-08-qazaqstanda-zhana-mektep-ashyldy.txt');
    expect(first.stdout).toContain('Created content/sources/2026-03-08-qazaqstanda-zhana-mektep-ashyldy.txt');
    expect(readFileSync(path, 'utf8')).toBe('draft\ndate 2026-03-08 Қазақстанда жаңа мектеп ашылды\n\nТекст новости.\n');
    writeFileSync(path, `${readFileSync(path, 'utf8')}Мой текст.\n`);

    const second = runHabar(site.root, ['new', 'Қазақстанда жаңа мектеп ашылды'], on('2026-03-08'));
    expect(second.code).toBe(1);
    expect(second.stderr).toBe('habar: content/sources/2026-03-08-qazaqstanda-zhana-mektep-ashyldy.txt already exists; it was left as it was. Edit it, or choose another title\n');
    expect(readFileSync(path, 'utf8')).toContain('Мой текст.');
  });

  it('the new source passes check and builds as a draft', () => {
    expect(runHabar(site.root, ['check']).code).toBe(0);
    const result = runHabar(site.root, ['build'], on('2026-03-08'));
    expect(result.stdout).toContain('content/sources/2026-03-08-qazaqstanda-zhana-mektep-ashyldy.txt: draft, not published');
  });

  it('without a title it explains how to call it', () => {
    const result = runHabar(site.root, ['new']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^habar: the title is missing\n\nUsage: habar new "Заголовок"/);
  });
});
