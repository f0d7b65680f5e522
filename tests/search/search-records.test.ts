import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../src/index/body/markdown.ts';
import { searchRecord, searchRecordAndBody, type SearchArticle } from '../../src/search/search-records.ts';
import { line, PROPERTY_SEED } from '../properties/arbitraries.ts';
import type { TagRef } from '../../src/index/site-index.ts';

const tag = (name: string): TagRef => ({ name, slug: name, url: `/tags/${name}/` });

const article = (overrides: Partial<SearchArticle>): SearchArticle => ({
  title: 'Сенат одобрил закон',
  date: '2026-01-27',
  lang: 'ru',
  url: '/2026/01/senat-odobril-zakon/',
  tags: [],
  body: 'Первый абзац.\n\nВторой абзац',
  ...overrides,
});

const J = '\u2060';

describe('searchRecord', () => {
  it('quotes the body, credit and attribution; title, date and tags are fields of their own; year, tags and language are filters', () => {
    const record = searchRecord(
      article({ time: '14:30', photo: 'senat.jpg', photoCredit: 'Сенат', outlet: 'Kazpravda.kz', via: 'Сенат', tags: [tag('Казахстан'), tag('Сенат')] }),
      createMarkdown(),
    );
    expect(record).toEqual({
      url: '/2026/01/senat-odobril-zakon/',
      language: 'ru',
      meta: { title: 'Сенат одобрил закон', date: '27 января 2026, 14:30', tags: '#Казахстан #Сенат' },
      filters: { year: ['2026'], lang: ['ru'], tag: ['Казахстан', 'Сенат'] },
      content: `Первый абзац. Второй абзац. Фото: Сенат. Источник: Kazpravda.kz, со${J} ссылкой на${J} Сенат.`,
    });
  });

  it('leaves out the credit of a photo the article does not have, as its page does', () => {
    expect(searchRecord(article({ photoCredit: 'Сенат' }), createMarkdown()).content).toBe('Первый абзац. Второй абзац.');
  });

  it('keeps the text of markup and leaves the markup out; source text that looks like HTML stays text', () => {
    const body = '## Подзаголовок\n\nСм. **важное** и [ссылку](https://example.kz), `код` <script>x</script>\nи дальше.\n\n- пункт';
    const { content } = searchRecord(article({ body }), createMarkdown());
    expect(content).toBe(`Подзаголовок. См. важное и${J} ссылку, код <script>x</script> и${J}\u00A0дальше. пункт.`);
  });

  it('marks one-letter and function words, in the title too, so that they are not words of the index', () => {
    const record = searchRecord(article({ title: 'В Астане из-за снега', body: 'Закон о бюджете, т.е. к 2027 году; РК и ЕС.' }), createMarkdown());
    expect(record.meta!.title).toBe(`В${J}\u00A0Астане из${J}-за${J} снега`);
    expect(record.content).toBe(`Закон о${J}\u00A0бюджете, т${J}.е${J}. к${J}\u00A02027\u00A0году; РК и${J}\u00A0ЕС.`);
  });

  it('is found by its title when it has no text', () => {
    expect(searchRecord(article({ body: '' }), createMarkdown()).content).toBe('Сенат одобрил закон');
  });

  it('is typeset in the article\'s language and indexed under it; a Kazakh one with its words folded and stemmed, each marked', () => {
    const record = searchRecord(article({ lang: 'kk', title: 'Астанада "жаңа" саябақ ашылды', body: 'Мәтін - қысқа.', tags: [tag('Қала')] }), createMarkdown());
    expect(record.language).toBe('kk');
    const forms = ['astanada', 'astana', 'jana', 'saiabak', 'ashyldy', 'ashyl', 'matin', 'mat', 'kyska', 'kys', 'kala'];
    expect(record.meta).toEqual({ title: 'Астанада «жаңа» саябақ ашылды', date: '27 қаңтар 2026', tags: '#Қала', forms: forms.map((form) => form + J).join(' ') });
    expect(record.content).toBe('Мәтін\u00A0— қысқа.');
  });

  it('indexes Kazakh in Arabic script in the one Kazakh index, with its own dates and sentence ends', () => {
    const record = searchRecord(article({ lang: 'kk-Arab', title: 'استانادا "جاڭا" ساياباق اشىلدى', body: 'ماتىن - قىسقا؟' }), createMarkdown());
    expect(record.language).toBe('kk');
    expect(record.filters).toEqual({ year: ['2026'], lang: ['kk-Arab'] });
    expect(record.meta!.date).toBe('27 قاڭتار 2026');
    expect(record.meta!.forms).toBeUndefined();
    expect(record.content).toBe('ماتىن\u00A0— قىسقا؟');
  });
});

describe('searchRecordAndBody', () => {
  it('gives the record searchRecord gives and the body as the markdown filter renders it, from one parse', () => {
    const markdown = createMarkdown();
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), fc.constantFrom('ru' as const, 'kk' as const), (paragraphs, lang) => {
        const subject = article({ lang, body: paragraphs.join('\n\n') });
        const { record, bodyHtml } = searchRecordAndBody(subject, markdown);
        expect(record).toEqual(searchRecord(subject, markdown));
        expect(bodyHtml).toBe(markdown.render(subject.body, { lang }));
      }),
      { seed: PROPERTY_SEED, numRuns: 300 },
    );
  });
});
