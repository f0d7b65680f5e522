import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runHabar } from '../../support/cli.ts';
import { addSource, makeSite, source } from '../../support/site.ts';

// Templates read `site` as habar checked it from site.json, not Eleventy's own reading of the file
// merged into it: a merge would repeat every list (sections twice) and keep values as written.
it('templates see the settings once, as checked', () => {
  const sections = [{ name: 'Спорт', slug: 'sport', tags: ['Спорт'] }];
  const site = makeSite({ sections, perPage: 5, pathPrefix: 'news' });
  try {
    writeFileSync(
      join(site.root, 'content/site-data.11ty.ts'),
      "export default { data: { permalink: '/site-data.json' }, render: (data: { site: unknown }) => JSON.stringify(data.site) };\n",
    );
    addSource(site, '2026-01-05.txt', source('2026-01-05', 'Новость о спорте', 'Команда выиграла финал турнира.', '#Спорт'));
    const result = runHabar(site.root, ['build'], { HABAR_TODAY: '2026-01-10' });
    expect(result.code, result.stderr).toBe(0);
    const seen = JSON.parse(readFileSync(join(site.output, 'site-data.json'), 'utf8'));
    expect(seen.sections).toEqual(sections);
    expect(seen.perPage).toBe(5);
    expect(seen.pathPrefix).toBe('/news/');
  } finally {
    site.cleanup();
  }
});
