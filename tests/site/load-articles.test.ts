import { describe, expect, it } from 'vitest';
import { SiteFileError } from '../../src/site/errors.ts';
import { fromFrontMatter } from '../../src/site/load-articles.ts';

const file = 'content/articles/2026/02/hand.md';
const frontMatter = { title: 'Сенат одобрил закон', url: '/2026/02/hand/', tags: ['Сенат'] };

describe('dates in an article\'s front matter', () => {
  it('takes a quoted date and one YAML read as a timestamp', () => {
    expect(fromFrontMatter({ ...frontMatter, date: '2026-02-28' }, file, '0').date).toBe('2026-02-28');
    expect(fromFrontMatter({ ...frontMatter, date: new Date(Date.UTC(2026, 1, 28)) }, file, '0').date).toBe('2026-02-28');
  });

  it('refuses a day that does not exist, naming the file, the key and what it found', () => {
    const load = () => fromFrontMatter({ ...frontMatter, date: '2026-01-27', modified: '2026-02-30' }, file, '0');
    expect(load).toThrow(SiteFileError);
    expect(load).toThrow('`modified` in the front matter must be a date written YYYY-MM-DD, found "2026-02-30"');
  });
});
