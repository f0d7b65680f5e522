import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { writeMarkdown } from '../../src/ingest/markdown/write.ts';
import { SiteFileError } from '../../src/core/errors.ts';
import { fromFrontMatter } from '../../src/index/load-articles.ts';
import type { Article } from '../../src/source/article.ts';

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

describe('the language in an article\'s front matter', () => {
  it('reads back `lang: kk-Arab` as ingest writes it', () => {
    const article: Article = { date: '2026-02-12', title: 'استانادا جاڭا كوپىر اشىلدى', lang: 'kk-Arab', paragraphs: ['كوپىر اشىلدى.'], tags: [] };
    const text = writeMarkdown(article, { url: '/2026/02/astanada-zhana-kopir-ashyldy/', source: 'kopir.txt' });
    expect(text).toMatch(/^lang: kk-Arab$/m);
    expect(fromFrontMatter(matter(text).data, file, '0').lang).toBe('kk-Arab');
  });

  it('takes each known language as it is and anything else as Russian', () => {
    const langOf = (lang: unknown) => fromFrontMatter({ ...frontMatter, date: '2026-02-28', lang }, file, '0').lang;
    expect([langOf('ru'), langOf('kk'), langOf('kk-Arab')]).toEqual(['ru', 'kk', 'kk-Arab']);
    expect([langOf(undefined), langOf('en'), langOf('kk-arab')]).toEqual(['ru', 'ru', 'ru']);
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
