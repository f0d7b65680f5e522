import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/source/parse.ts';
import { source } from '../helpers/site.ts';

describe('tag lines with paths, markup and NUL', () => {
  it('a line with ../, / or \\ in a "tag" is not a tag line: it stays text, word for word', () => {
    for (const line of ['#Казахстан #../../etc', '#Сенат #a/b', '#Сенат #C:\\Windows', `#Сенат <img src=x onerror=alert(1)>`]) {
      expect(parseSource(source('2026-01-27', 'Теги', 'Текст.', line)), line).toMatchObject({ tags: [], paragraphs: ['Текст.', line] });
    }
  });

  it('NUL and zero-width characters inside a tag are removed, leaving the tag', () => {
    expect(parseSource(source('2026-01-27', 'Теги', 'Текст.', '#Ка\u0000зах\u200bстан #Се\u202eнат'))).toMatchObject({ tags: ['Казахстан', 'Сенат'] });
  });
});
