import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/source/decode.ts';
import { SourceError } from '../../src/source/errors.ts';
import { MAX_SOURCE_BYTES, MAX_TAG_LENGTH, MAX_TAGS, MAX_TITLE_LENGTH } from '../../src/source/limits.ts';
import { parseSource } from '../../src/source/parse.ts';
import { source } from '../../support/site.ts';

function errorOf(result: unknown): string {
  if (!(result instanceof SourceError)) throw new Error(`expected a SourceError, got ${JSON.stringify(result).slice(0, 80)}`);
  return `${result.line}: ${result.reason}`;
}

describe('sources past the limits are refused with the reason and line', () => {
  it('a 10 MB file', () => {
    const bytes = Buffer.from(source('2026-01-27', 'Огромный файл', 'слово '.repeat(1_000_000)));
    expect(bytes.length).toBeGreaterThan(10_000_000);
    expect(errorOf(decodeSource(bytes))).toBe('1: the file is 10.5 MB; a source may be at most 2.0 MB');
  });

  it('a file of exactly the limit is read', () => {
    const text = source('2026-01-27', 'Large', 'a'.repeat(MAX_SOURCE_BYTES));
    const bytes = Buffer.from(text).subarray(0, MAX_SOURCE_BYTES);
    expect(typeof decodeSource(bytes)).toBe('string');
  });

  it('a title of 1 MB on one line', () => {
    expect(errorOf(parseSource(source('2026-01-27', 'Заголовок'.repeat(120_000))))).toBe(
      `1: the title is 1080000 characters long; a title may be at most ${MAX_TITLE_LENGTH}`,
    );
  });

  it('a title over the limit that holds sentences is a paragraph: the message asks for the headline', () => {
    const lead = 'В Уральске открыли новый каток у набережной реки. Он будет работать до марта каждый день. ';
    expect(errorOf(parseSource(source('2026-01-27', lead.repeat(4).trim())))).toMatch(/^1: the title is \d+ characters long, a paragraph and no headline; put the headline after the date/u);
  });

  it('a notice\'s long title, about something and closing no sentence, is its headline; a long lead is refused', () => {
    const notice = 'О порядке предоставления помещений для встреч кандидатов в депутаты районного маслихата с избирателями в сельских округах Шортандинского района Акмолинской области на период избирательной кампании';
    const text = 'Районная избирательная комиссия сообщает о местах для встреч кандидатов с избирателями.';
    expect(notice.length).toBeGreaterThan(160);
    expect((parseSource(source('2025-09-30', notice, text)) as { title: string }).title).toBe(notice);
    const lead = 'Районная избирательная комиссия сообщает о местах для встреч кандидатов с избирателями в сельских округах района на период кампании, передает корреспондент';
    expect(errorOf(parseSource(source('2025-09-30', lead, text)))).toMatch(/^1: the title reads as a lead paragraph/u);
    const about = 'О том, что помещения для встреч кандидатов в депутаты районного маслихата с избирателями выделены во всех сельских округах района, рассказали в избирательной комиссии';
    expect(errorOf(parseSource(source('2025-09-30', about, text)))).toMatch(/^1: the title reads as a lead paragraph/u);
  });

  it('thousands of tags in one source, naming the tag line', () => {
    const tags = Array.from({ length: 3000 }, (_, i) => `#тег${i}`).join(' ');
    expect(errorOf(parseSource(source('2026-01-27', 'Теги', 'Текст.', tags)))).toBe(
      `5: the source has 3000 tags; an article may have at most ${MAX_TAGS}`,
    );
  });

  it('a tag longer than a tag can be', () => {
    expect(errorOf(parseSource(source('2026-01-27', 'Тег', 'Текст.', `#ok #${'я'.repeat(500)}`)))).toBe(
      `5: the tag #${'я'.repeat(20)}… is 500 characters long; a tag may be at most ${MAX_TAG_LENGTH}`,
    );
  });

  it('invalid UTF-8 names its line', () => {
    const bytes = Buffer.concat([Buffer.from('date 2026-01-27 Заголовок\n\nТекст '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]);
    expect(errorOf(decodeSource(bytes))).toBe('3: the file is not UTF-8 text; save it as UTF-8');
  });
});

describe('what stays within the limits', () => {
  // Attribution phrases repeated across a source of the largest size: with unbounded outlet names the
  // attribution rule scanned to the end of the lead from each phrase, and this took hours.
  it.each(['деп хабарлайды ', 'сообщает а '])('a lead of %j repeated up to the size limit is parsed', (phrase) => {
    const lead = phrase.repeat(Math.floor(MAX_SOURCE_BYTES / Buffer.byteLength(phrase)) - 10);
    const article = parseSource(source('2026-01-27', 'Повторы фразы', lead));
    expect(article).toMatchObject({ paragraphs: [lead.trim()] });
  });

  it(`${MAX_TAGS} tags, repeated spellings counted once`, () => {
    const tags = Array.from({ length: MAX_TAGS }, (_, i) => `#тег${i} #ТЕГ${i}`).join(' ');
    const article = parseSource(source('2026-01-27', 'Теги', 'Текст.', tags));
    expect(article).not.toBeInstanceOf(SourceError);
    expect((article as { tags: string[] }).tags).toHaveLength(MAX_TAGS);
  });

  it('bidirectional controls are dropped from titles, text and tags; the letters stay', () => {
    const article = parseSource(source('2026-01-27', 'Сенат\u202eтанеС\u202c и \u2067שלום\u2069', 'Текст\u200f с \u061cметкой.', '#Се\u202eнат'));
    expect(article).toMatchObject({ title: 'СенаттанеС и שלום', paragraphs: ['Текст с меткой.'], tags: ['Сенат'] });
  });
});
