import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../../src/source/normalize.ts';
import { parseSource } from '../../src/source/parse.ts';
import { source } from '../../support/site.ts';

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

describe('invisible joiners and separators', () => {
  it('row 17: a hashtag line with a zero-width joiner or non-joiner is still read as tags, without them', () => {
    expect(parseSource(source('2026-01-27', 'Теги', 'Текст.', '#Сен\u200dат #\u200cбюджет #Қазақ\u200cстан'))).toMatchObject({
      tags: ['Сенат', 'бюджет', 'Қазақстан'],
      paragraphs: ['Текст.'],
    });
    // A joiner alone is no tag: the line stays text.
    expect(parseSource(source('2026-01-27', 'Теги', 'Текст.', '#\u200d #Сенат'))).toMatchObject({ tags: [], paragraphs: ['Текст.', '#\u200d #Сенат'] });
  });

  it('row 17: U+2028 in the title reads as a space; U+2029 as a line break that keeps the line number', () => {
    expect(parseSource(source('2026-01-27', 'Сенат одобрил\u2028бюджет страны'))).toMatchObject({ title: 'Сенат одобрил бюджет страны' });
    expect(parseSource(source('2026-01-27', 'Сенат одобрил бюджет\u2029на следующий год', 'Текст.\u2028Продолжение.'))).toMatchObject({
      title: 'Сенат одобрил бюджет',
      paragraphs: ['на следующий год', 'Текст. Продолжение.'],
    });
    expect(normalizeLines('Первый\u2029Второй\nТретий')).toEqual([
      { text: 'Первый', line: 1 },
      { text: 'Второй', line: 1 },
      { text: 'Третий', line: 2 },
    ]);
  });
});

describe('stray variation selectors', () => {
  it('drops one left at a line\'s start by a lost emoji, keeps one after its symbol', () => {
    expect(normalizeLines('\ufe0fАудан әкімінің баспасөз қызметі\n\u2764\ufe0f Рахмет')).toEqual([
      { text: 'Аудан әкімінің баспасөз қызметі', line: 1 },
      { text: '\u2764\ufe0f Рахмет', line: 2 },
    ]);
  });
});
