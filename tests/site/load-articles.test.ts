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

describe('the time in an article\'s front matter', () => {
  const load = (time: unknown) => () => fromFrontMatter({ ...frontMatter, date: '2026-01-27', time }, file, '0');

  it('is optional, and taken when written HH:MM', () => {
    expect(fromFrontMatter({ ...frontMatter, date: '2026-01-27' }, file, '0')).not.toHaveProperty('time');
    expect(fromFrontMatter({ ...frontMatter, date: '2026-01-27', time: null }, file, '0')).not.toHaveProperty('time');
    for (const time of ['00:00', '09:05', '14:30', '23:59']) expect(load(time)().time).toBe(time);
  });

  it('refuses other spellings and times that do not exist, naming the file and the fix', () => {
    for (const time of ['24:00', '9:05', '14:60', '14.30', '14:30:00', '2 pm', '']) {
      expect(load(time)).toThrow(SiteFileError);
      expect(load(time)).toThrow(`${file}: \`time\` in the front matter must be HH:MM (24-hour, Almaty time), found ${JSON.stringify(time)}`);
    }
  });

  it('refuses an unquoted time, which YAML reads as a number, and says to quote it', () => {
    expect(load(870)).toThrow("`time` in the front matter must be HH:MM (24-hour, Almaty time), found the number 870: YAML reads an unquoted time as a number, so write it in quotes, like time: '14:30'");
  });
});
